package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;

/** One attribute change of ModifyInstanceAttribute (AWS allows exactly one per call). */
public sealed interface InstanceAttribute {

    record InstanceTypeChange(String instanceType) implements InstanceAttribute {}

    /** New user data, base64 as in the API; empty removes it. */
    record UserDataChange(Optional<String> userData) implements InstanceAttribute {}

    record TerminationProtection(boolean disableApiTermination) implements InstanceAttribute {}

    record StopProtection(boolean disableApiStop) implements InstanceAttribute {}

    record ShutdownBehaviorChange(String behavior) implements InstanceAttribute {}

    record DeleteOnTerminationChange(List<DeviceFlag> devices) implements InstanceAttribute {
        public DeleteOnTerminationChange {
            devices = List.copyOf(devices);
        }
    }

    /** The security groups of the primary interface, replacing the ones it has (any state but terminated). */
    record GroupsChange(List<String> groupIds) implements InstanceAttribute {
        public GroupsChange {
            groupIds = List.copyOf(groupIds);
        }
    }

    record DeviceFlag(String deviceName, boolean deleteOnTermination) {}
}
