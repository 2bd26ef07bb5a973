package org.ec2tutor.cloud.ec2;

import java.util.Optional;

/** An EBS volume a launch will create, after the AMI's mappings and the request's overrides are merged. */
record PlannedVolume(
        String deviceName,
        int sizeGib,
        String volumeType,
        boolean deleteOnTermination,
        boolean encrypted,
        Optional<String> snapshotId) {}
