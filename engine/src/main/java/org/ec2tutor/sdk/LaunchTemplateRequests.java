package org.ec2tutor.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.ec2.LaunchDevice;
import org.ec2tutor.cloud.ec2.LaunchTemplateData;
import org.ec2tutor.cloud.ec2.LaunchTemplateOperations;
import org.ec2tutor.cloud.ec2.PrivateAddresses;
import org.ec2tutor.cloud.ec2.SpotOptions;
import org.ec2tutor.cloud.ec2.TagSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateBlockDeviceMappingRequest;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateInstanceNetworkInterfaceSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateTagSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.PrivateIpAddressSpecification;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.RequestSpotLaunchSpecification;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/**
 * The three SDK shapes of launch parameters (RunInstances' own, a launch template's data, a Spot launch
 * specification) to the one domain {@link LaunchTemplateData}: a member the caller did not give stays absent, so a
 * template's value can show through.
 */
final class LaunchTemplateRequests {

    private LaunchTemplateRequests() {}

    /** The template RunInstances names, if it names one. */
    static Optional<LaunchTemplateOperations.Ref> templateOf(RunInstancesRequest r) {
        return Optional.ofNullable(r.launchTemplate()).map(LaunchTemplateRequests::ref);
    }

    static LaunchTemplateOperations.Ref ref(LaunchTemplateSpecification s) {
        return new LaunchTemplateOperations.Ref(
                Optional.ofNullable(s.launchTemplateId()),
                Optional.ofNullable(s.launchTemplateName()),
                Optional.ofNullable(s.version()));
    }

    /**
     * The primary interface's private addresses: {@code PrivateIpAddress} (the request's or the interface's, or the
     * interface's {@code PrivateIpAddresses} entry marked primary), the other entries as secondary addresses, and
     * {@code SecondaryPrivateIpAddressCount} (what the CLI's --secondary-private-ip-addresses and
     * --secondary-private-ip-address-count fill).
     */
    static PrivateAddresses privateAddresses(RunInstancesRequest r) {
        Optional<InstanceNetworkInterfaceSpecification> nic = r.networkInterfaces().stream()
                .filter(n -> n.deviceIndex() == null || n.deviceIndex() == 0)
                .findFirst();
        Optional<String> primary = Optional.ofNullable(r.privateIpAddress())
                .or(() -> nic.map(InstanceNetworkInterfaceSpecification::privateIpAddress));
        List<String> secondaries = new ArrayList<>();
        for (PrivateIpAddressSpecification a : nic.map(InstanceNetworkInterfaceSpecification::privateIpAddresses)
                .orElse(List.of())) {
            if (Boolean.TRUE.equals(a.primary()) && primary.isEmpty()) {
                primary = Optional.ofNullable(a.privateIpAddress());
            } else if (!Boolean.TRUE.equals(a.primary())) {
                secondaries.add(a.privateIpAddress());
            }
        }
        int count = nic.map(InstanceNetworkInterfaceSpecification::secondaryPrivateIpAddressCount)
                .orElse(0);
        return new PrivateAddresses(primary, secondaries, count);
    }

    /** What RunInstances itself gives. */
    static LaunchTemplateData given(RunInstancesRequest r) {
        Optional<InstanceNetworkInterfaceSpecification> primary = r.networkInterfaces().stream()
                .filter(n -> n.deviceIndex() == null || n.deviceIndex() == 0)
                .findFirst();
        List<String> groupIds = new ArrayList<>(r.securityGroupIds());
        primary.ifPresent(n -> groupIds.addAll(n.groups()));
        var placement = Optional.ofNullable(r.placement());
        return new LaunchTemplateData(
                Optional.ofNullable(r.imageId()),
                Optional.ofNullable(r.instanceTypeAsString()),
                Optional.ofNullable(r.keyName()),
                Optional.ofNullable(r.userData()),
                Ec2Requests.tagSpecifications(r.tagSpecifications()),
                Optional.ofNullable(r.hibernationOptions()).map(h -> Boolean.TRUE.equals(h.configured())),
                Ec2Requests.devices(r.blockDeviceMappings()),
                Optional.ofNullable(r.disableApiTermination()),
                Optional.ofNullable(r.disableApiStop()),
                Optional.ofNullable(r.instanceInitiatedShutdownBehaviorAsString()),
                placement.map(p -> p.availabilityZone()),
                Optional.ofNullable(r.instanceMarketOptions())
                        .map(m -> new SpotOptions.Requested(
                                m.marketTypeAsString(),
                                Optional.ofNullable(m.spotOptions()).map(s -> s.maxPrice()),
                                Optional.ofNullable(m.spotOptions()).map(s -> s.spotInstanceTypeAsString()),
                                Optional.ofNullable(m.spotOptions())
                                        .map(s -> s.instanceInterruptionBehaviorAsString()))),
                placement.map(p -> p.tenancyAsString()),
                placement.map(p -> p.hostId()),
                Optional.ofNullable(r.subnetId()).or(() -> primary.map(n -> n.subnetId())),
                groupIds,
                r.securityGroups(),
                primary.map(n -> n.associatePublicIpAddress()),
                Optional.ofNullable(r.monitoring()).map(m -> Boolean.TRUE.equals(m.enabled())),
                Optional.ofNullable(r.creditSpecification()).map(c -> c.cpuCredits()));
    }

    /** A launch template version's data as CreateLaunchTemplate(Version) gives it. */
    static LaunchTemplateData of(RequestLaunchTemplateData d) {
        Optional<LaunchTemplateInstanceNetworkInterfaceSpecificationRequest> primary = d.networkInterfaces().stream()
                .filter(n -> n.deviceIndex() == null || n.deviceIndex() == 0)
                .findFirst();
        List<String> groupIds = new ArrayList<>(d.securityGroupIds());
        primary.ifPresent(n -> groupIds.addAll(n.groups()));
        var placement = Optional.ofNullable(d.placement());
        return new LaunchTemplateData(
                Optional.ofNullable(d.imageId()),
                Optional.ofNullable(d.instanceTypeAsString()),
                Optional.ofNullable(d.keyName()),
                Optional.ofNullable(d.userData()),
                tagSpecifications(d.tagSpecifications()),
                Optional.ofNullable(d.hibernationOptions()).map(h -> Boolean.TRUE.equals(h.configured())),
                devices(d.blockDeviceMappings()),
                Optional.ofNullable(d.disableApiTermination()),
                Optional.ofNullable(d.disableApiStop()),
                Optional.ofNullable(d.instanceInitiatedShutdownBehaviorAsString()),
                placement.map(p -> p.availabilityZone()),
                Optional.ofNullable(d.instanceMarketOptions())
                        .map(m -> new SpotOptions.Requested(
                                m.marketTypeAsString(),
                                Optional.ofNullable(m.spotOptions()).map(s -> s.maxPrice()),
                                Optional.ofNullable(m.spotOptions()).map(s -> s.spotInstanceTypeAsString()),
                                Optional.ofNullable(m.spotOptions())
                                        .map(s -> s.instanceInterruptionBehaviorAsString()))),
                placement.map(p -> p.tenancyAsString()),
                placement.map(p -> p.hostId()),
                primary.map(n -> n.subnetId()),
                groupIds,
                d.securityGroups(),
                primary.map(n -> n.associatePublicIpAddress()),
                Optional.ofNullable(d.monitoring()).map(m -> Boolean.TRUE.equals(m.enabled())),
                Optional.ofNullable(d.creditSpecification()).map(c -> c.cpuCredits()));
    }

    /** A Spot request's LaunchSpecification. */
    static LaunchTemplateData of(RequestSpotLaunchSpecification s) {
        Optional<InstanceNetworkInterfaceSpecification> primary = s.networkInterfaces().stream()
                .filter(n -> n.deviceIndex() == null || n.deviceIndex() == 0)
                .findFirst();
        List<String> groupIds = new ArrayList<>(s.securityGroupIds());
        primary.ifPresent(n -> groupIds.addAll(n.groups()));
        var placement = Optional.ofNullable(s.placement());
        return new LaunchTemplateData(
                Optional.ofNullable(s.imageId()),
                Optional.ofNullable(s.instanceTypeAsString()),
                Optional.ofNullable(s.keyName()),
                Optional.ofNullable(s.userData()),
                List.of(),
                Optional.empty(),
                Ec2Requests.devices(s.blockDeviceMappings()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                placement.map(p -> p.availabilityZone()),
                Optional.empty(),
                placement.map(p -> p.tenancyAsString()),
                Optional.empty(),
                Optional.ofNullable(s.subnetId()).or(() -> primary.map(n -> n.subnetId())),
                groupIds,
                s.securityGroups(),
                primary.map(n -> n.associatePublicIpAddress()),
                Optional.ofNullable(s.monitoring()).map(m -> Boolean.TRUE.equals(m.enabled())),
                Optional.empty());
    }

    private static List<TagSpecification> tagSpecifications(List<LaunchTemplateTagSpecificationRequest> specs) {
        List<TagSpecification> out = new ArrayList<>();
        for (var s : specs) {
            out.add(new TagSpecification(s.resourceTypeAsString(), Ec2Requests.tagMap(s.tags())));
        }
        return out;
    }

    private static List<LaunchDevice> devices(List<LaunchTemplateBlockDeviceMappingRequest> mappings) {
        List<LaunchDevice> out = new ArrayList<>();
        for (var m : mappings) {
            var ebs = Optional.ofNullable(m.ebs());
            out.add(new LaunchDevice(
                    m.deviceName(),
                    ebs.map(e -> e.volumeSize()),
                    ebs.map(e -> e.volumeTypeAsString()),
                    ebs.map(e -> e.deleteOnTermination()),
                    ebs.map(e -> e.encrypted()),
                    ebs.map(e -> e.snapshotId()),
                    Optional.ofNullable(m.virtualName()),
                    m.noDevice() != null));
        }
        return out;
    }
}
