package org.ec2tutor.cloud.ec2;

import java.util.Optional;

/** One {@code BlockDeviceMappings} entry of a launch (or CreateImage) request; absent values keep the AMI's. */
public record LaunchDevice(
        String deviceName,
        Optional<Integer> sizeGib,
        Optional<String> volumeType,
        Optional<Boolean> deleteOnTermination,
        Optional<Boolean> encrypted,
        Optional<String> snapshotId,
        Optional<String> virtualName,
        boolean noDevice) {

    public static LaunchDevice ebs(
            String deviceName,
            Optional<Integer> sizeGib,
            Optional<Boolean> encrypted,
            Optional<Boolean> deleteOnTermination) {
        return new LaunchDevice(
                deviceName,
                sizeGib,
                Optional.empty(),
                deleteOnTermination,
                encrypted,
                Optional.empty(),
                Optional.empty(),
                false);
    }
}
