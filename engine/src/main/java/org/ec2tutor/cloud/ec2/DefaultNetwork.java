package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.SeededIdSource;

/**
 * Lays out an account's default VPC in a Region the first time anything there needs it: 172.31.0.0/16, one /20
 * default subnet per Availability Zone and the {@code default} security group (docs/ec2-behaviour.md section 9). Its
 * ids come from {@link NetworkLayout}, not the cloud's id source, so laying it out early or late changes no other id.
 */
final class DefaultNetwork {

    static final String DEFAULT_CIDR = "172.31.0.0/16";

    private DefaultNetwork() {}

    /** Lays the network out once per account and Region; a default VPC the account deleted stays deleted. */
    static void ensure(RegionalResources res, AccountId account) {
        if (res.defaultNetworkLaidOut.add(account)) {
            create(res, account);
        }
    }

    /** CreateDefaultVpc after a deletion, and the first lay-out: the same ids each time. */
    static Vpc create(RegionalResources res, AccountId account) {
        Region region = res.region;
        Vpc vpc = new Vpc(NetworkLayout.vpcId(account, region), account, DEFAULT_CIDR, true, new Tags());
        res.vpcs.put(vpc.id(), vpc);
        List<String> zones = region.availabilityZones();
        for (String zone : zones) {
            int base = NetworkLayout.subnetBase(region, zone);
            Subnet subnet = new Subnet(
                    NetworkLayout.subnetId(account, region, zone),
                    account,
                    vpc.id(),
                    zone,
                    "172.31." + base + ".0/20",
                    true,
                    true,
                    new Tags());
            res.subnets.put(subnet.id(), subnet);
        }
        SeededIdSource ruleIds = new SeededIdSource((account.value() + "/" + region.id() + "/sgr").hashCode());
        addDefaultGroup(res, account, vpc, NetworkLayout.defaultSecurityGroupId(account, region), ruleIds);
        return vpc;
    }

    /**
     * The {@code default} group every VPC has: all traffic in from members of the group itself, all traffic out
     * (EC2 User Guide, "Default security groups").
     */
    static SecurityGroup addDefaultGroup(
            RegionalResources res, AccountId account, Vpc vpc, String groupId, org.ec2tutor.cloud.IdSource ids) {
        SecurityGroup group = new SecurityGroup(groupId, "default", "default VPC security group", account, vpc.id());
        group.rules.add(new SecurityGroupRule(
                ids.resourceId("sgr"),
                groupId,
                false,
                "-1",
                -1,
                -1,
                new SecurityGroupRule.Group(groupId, account.value()),
                Optional.empty()));
        group.rules.add(SecurityGroupOperations.allTrafficOut(ids.resourceId("sgr"), groupId));
        res.securityGroups.put(groupId, group);
        return group;
    }

    /** The account's default VPC here, if it has one. */
    static Optional<Vpc> defaultVpc(RegionalResources res, AccountId account) {
        ensure(res, account);
        return res.vpcs.values().stream()
                .filter(v -> v.owner().equals(account) && v.isDefault())
                .findFirst();
    }
}
