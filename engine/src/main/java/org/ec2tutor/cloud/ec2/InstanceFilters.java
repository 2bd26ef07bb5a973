package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.List;

/** The DescribeInstances and DescribeInstanceStatus filters (EC2 API reference), and how each reads an instance. */
final class InstanceFilters {

    private InstanceFilters() {}

    static final FilterSet<Instance> FILTERS = FilterSet.withTags(Instance::tags)
            .addOne("instance-id", Instance::id)
            .addOne("instance-state-name", i -> i.state().awsName())
            .addOne("instance-state-code", i -> String.valueOf(i.state().code()))
            .addOne("instance-type", i -> i.type().name())
            .addOne("image-id", Instance::imageId)
            .addOne("reservation-id", Instance::reservationId)
            .addOne("owner-id", i -> i.owner().value())
            .addOne("availability-zone", Instance::availabilityZone)
            .addOne("placement-availability-zone", Instance::availabilityZone)
            .addOne("architecture", i -> i.architecture().awsName())
            .addOne("private-ip-address", Instance::privateIp)
            .addOne("ip-address", i -> i.publicIp().orElse(null))
            .addOne(
                    "network-interface.addresses.association.public-ip",
                    i -> i.publicIp().orElse(null))
            .addOne("private-dns-name", Instance::privateDnsName)
            .addOne("dns-name", i -> i.publicDnsName().isEmpty() ? null : i.publicDnsName())
            .addOne("key-name", i -> i.keyName().orElse(null))
            .addOne("launch-index", i -> String.valueOf(i.amiLaunchIndex()))
            .addOne("vpc-id", Instance::vpcId)
            .addOne("subnet-id", Instance::subnetId)
            .addOne("root-device-type", i -> "ebs")
            .addOne("root-device-name", Instance::rootDeviceName)
            .addOne("virtualization-type", i -> "hvm")
            .addOne("tenancy", i -> "default")
            .addOne("platform", i -> i.platform() == Platform.WINDOWS ? "windows" : null)
            .addOne("platform-details", i -> i.platform().platformDetails())
            .addOne("instance-lifecycle", i -> null)
            .addOne("reason", Instance::stateTransitionReason)
            .addOne(
                    "state-reason-code",
                    i -> i.stateReason().map(StateReason::code).orElse(null))
            .addOne(
                    "state-reason-message",
                    i -> i.stateReason().map(StateReason::message).orElse(null))
            .addOne("hibernation-options.configured", i -> String.valueOf(i.hibernationConfigured()))
            .addOne("block-device-mapping.device-name", Instance::rootDeviceName)
            .add(
                    "block-device-mapping.volume-id",
                    i -> i.blockDevices().stream()
                            .map(Instance.BlockDevice::volumeId)
                            .toList())
            .add("client-token", i -> i.clientToken().map(List::of).orElse(List.of()));

    /** Status filters read the clock: checks are {@code initializing} for two minutes after {@code running}. */
    static FilterSet<Instance> statusFilters(Instant now) {
        return FilterSet.<Instance>withoutTags()
                .addOne("instance-state-name", i -> i.state().awsName())
                .addOne("instance-state-code", i -> String.valueOf(i.state().code()))
                .addOne("availability-zone", Instance::availabilityZone)
                .addOne("instance-status.status", i -> statusName(i, now))
                .addOne("system-status.status", i -> statusName(i, now))
                .addOne("instance-status.reachability", i -> reachability(i, now))
                .addOne("system-status.reachability", i -> reachability(i, now));
    }

    /** {@code ok}, {@code initializing}, or {@code not-applicable} when the instance is not running. */
    static String statusName(Instance i, Instant now) {
        if (i.state() != InstanceState.RUNNING) {
            return "not-applicable";
        }
        return i.statusChecksOk(now) ? "ok" : "initializing";
    }

    static String reachability(Instance i, Instant now) {
        if (i.state() != InstanceState.RUNNING) {
            return "not-applicable";
        }
        return i.statusChecksOk(now) ? "passed" : "initializing";
    }
}
