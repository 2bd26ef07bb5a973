package org.ec2tutor.cloud.ec2;

import org.ec2tutor.cloud.AccountId;

/**
 * A subnet: part of a VPC's range in one Availability Zone. Default subnets are /20s that give instances a public
 * IPv4 address; others do not unless the launch asks for one.
 */
public record Subnet(
        String id,
        AccountId owner,
        String vpcId,
        String availabilityZone,
        String cidr,
        boolean defaultForAz,
        boolean mapPublicIpOnLaunch,
        Tags tags) {

    /** Addresses in the range less the five AWS reserves (the first four and the last). */
    public int usableAddresses() {
        return (int) (Cidr.parse(cidr).size() - 5);
    }
}
