package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;

/**
 * What RunInstances asks for, in the domain's terms. {@code imageId} may be {@code resolve:ssm:PARAMETER};
 * {@code userData} is base64 as in the API.
 */
public record LaunchRequest(
        String imageId,
        Optional<String> instanceType,
        int minCount,
        int maxCount,
        Optional<String> keyName,
        Optional<String> userData,
        List<TagSpecification> tagSpecifications,
        boolean hibernationConfigured,
        List<LaunchDevice> blockDevices,
        boolean disableApiTermination,
        boolean disableApiStop,
        Optional<String> shutdownBehavior,
        Optional<String> availabilityZone,
        Optional<String> clientToken,
        Optional<SpotOptions.Requested> market,
        Optional<String> tenancy,
        Optional<String> hostId,
        Network network) {

    public LaunchRequest {
        tagSpecifications = List.copyOf(tagSpecifications);
        blockDevices = List.copyOf(blockDevices);
    }

    /**
     * Where the instance's primary interface goes: a subnet (else the zone's default subnet), groups by id or, in the
     * default VPC, by name (else the VPC's default group), whether to override the subnet's public IP setting, and
     * how many secondary private IPv4 addresses the interface gets besides its primary one.
     */
    public record Network(
            Optional<String> subnetId,
            List<String> securityGroupIds,
            List<String> securityGroupNames,
            Optional<Boolean> associatePublicIp,
            PrivateAddresses privateAddresses) {

        public Network {
            securityGroupIds = List.copyOf(securityGroupIds);
            securityGroupNames = List.copyOf(securityGroupNames);
        }

        public Network(
                Optional<String> subnetId,
                List<String> securityGroupIds,
                List<String> securityGroupNames,
                Optional<Boolean> associatePublicIp) {
            this(subnetId, securityGroupIds, securityGroupNames, associatePublicIp, PrivateAddresses.NONE);
        }

        public static final Network DEFAULT = new Network(Optional.empty(), List.of(), List.of(), Optional.empty());
    }

    /** The same request with these private addresses on each instance's primary interface. */
    public LaunchRequest withPrivateAddresses(PrivateAddresses addresses) {
        Network n = new Network(
                network.subnetId(),
                network.securityGroupIds(),
                network.securityGroupNames(),
                network.associatePublicIp(),
                addresses);
        return new LaunchRequest(
                imageId,
                instanceType,
                minCount,
                maxCount,
                keyName,
                userData,
                tagSpecifications,
                hibernationConfigured,
                blockDevices,
                disableApiTermination,
                disableApiStop,
                shutdownBehavior,
                availabilityZone,
                clientToken,
                market,
                tenancy,
                hostId,
                n);
    }

    /** The smallest request: one instance of {@code type} from {@code imageId}. */
    public static LaunchRequest of(String imageId, String type) {
        return new LaunchRequest(
                imageId,
                Optional.of(type),
                1,
                1,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                false,
                List.of(),
                false,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Network.DEFAULT);
    }
}
