package org.ec2tutor.cloud.ec2;

/** One block device mapping of an AMI: an EBS snapshot to restore, or an instance-store (ephemeral) disk. */
public sealed interface ImageDevice {

    String deviceName();

    record Ebs(
            String deviceName,
            String snapshotId,
            int sizeGib,
            String volumeType,
            boolean deleteOnTermination,
            boolean encrypted)
            implements ImageDevice {}

    record Ephemeral(String deviceName, String virtualName) implements ImageDevice {}
}
