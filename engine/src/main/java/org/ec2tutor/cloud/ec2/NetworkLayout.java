package org.ec2tutor.cloud.ec2;

import java.util.List;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.SeededIdSource;

/**
 * The default VPC every account has in every Region: one VPC 172.31.0.0/16 and one /20 default subnet per
 * Availability Zone. Ids are derived from the account and Region alone, so they do not depend on what else
 * happened in the session.
 */
public final class NetworkLayout {

    private NetworkLayout() {}

    public static String vpcId(AccountId account, Region region) {
        return source(account, region, "vpc").resourceId("vpc");
    }

    public static String subnetId(AccountId account, Region region, String zone) {
        return source(account, region, zone).resourceId("subnet");
    }

    /** The default security group every default VPC has. */
    public static String defaultSecurityGroupId(AccountId account, Region region) {
        return source(account, region, "sg-default").resourceId("sg");
    }

    /** The third octet where the zone's /20 starts: a=0, b=16, c=32, ... */
    static int subnetBase(Region region, String zone) {
        List<String> zones = region.availabilityZones();
        return zones.indexOf(zone) * 16;
    }

    private static SeededIdSource source(AccountId account, Region region, String salt) {
        return new SeededIdSource((account.value() + "/" + region.id() + "/" + salt).hashCode() * 0x9E3779B1L);
    }
}
