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
        Optional<String> hostId) {

    public LaunchRequest {
        tagSpecifications = List.copyOf(tagSpecifications);
        blockDevices = List.copyOf(blockDevices);
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
                Optional.empty());
    }
}
