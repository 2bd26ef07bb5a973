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

    /**
     * The id of an instance's primary network interface, derived from the instance id so that adding interfaces to
     * the simulation shifted no other id.
     */
    public static String interfaceId(String instanceId) {
        return new SeededIdSource(instanceId.hashCode() * 0x9E3779B1L).resourceId("eni");
    }

    public static String interfaceAttachmentId(String instanceId) {
        return new SeededIdSource(instanceId.hashCode() * 0x85EBCA6BL).resourceId("eni-attach");
    }

    /** A locally administered unicast MAC as AWS gives them ({@code 0a:...} or {@code 0e:...}, six octets). */
    public static String macAddress(String instanceId) {
        SeededIdSource source = new SeededIdSource(instanceId.hashCode() * 0xC2B2AE35L);
        StringBuilder mac = new StringBuilder(source.nextInt(2) == 0 ? "0a" : "0e");
        for (int i = 0; i < 5; i++) {
            mac.append(':').append(String.format(java.util.Locale.ROOT, "%02x", source.nextInt(256)));
        }
        return mac.toString();
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
