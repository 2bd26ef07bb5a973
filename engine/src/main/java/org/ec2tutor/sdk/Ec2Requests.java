package org.ec2tutor.sdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.ec2.Filter;
import org.ec2tutor.cloud.ec2.ImageRequests;
import org.ec2tutor.cloud.ec2.LaunchDevice;
import org.ec2tutor.cloud.ec2.LaunchRequest;
import org.ec2tutor.cloud.ec2.SpotOptions;
import org.ec2tutor.cloud.ec2.TagSpecification;
import org.ec2tutor.cloud.error.Ec2Errors;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Tag;

/** SDK requests to the domain's terms: the one place that reads SDK request objects. */
final class Ec2Requests {

    private Ec2Requests() {}

    static LaunchRequest launch(RunInstancesRequest r) {
        if (r.imageId() == null) {
            throw Ec2Errors.missingParameter("ImageId");
        }
        return new LaunchRequest(
                r.imageId(),
                Optional.ofNullable(r.instanceTypeAsString()),
                r.minCount() == null ? 1 : r.minCount(),
                r.maxCount() == null ? (r.minCount() == null ? 1 : r.minCount()) : r.maxCount(),
                Optional.ofNullable(r.keyName()),
                Optional.ofNullable(r.userData()).filter(s -> !s.isEmpty()),
                tagSpecifications(r.tagSpecifications()),
                r.hibernationOptions() != null
                        && Boolean.TRUE.equals(r.hibernationOptions().configured()),
                devices(r.blockDeviceMappings()),
                Boolean.TRUE.equals(r.disableApiTermination()),
                Boolean.TRUE.equals(r.disableApiStop()),
                Optional.ofNullable(r.instanceInitiatedShutdownBehaviorAsString()),
                Optional.ofNullable(r.placement()).map(p -> p.availabilityZone()),
                Optional.ofNullable(r.clientToken()),
                Optional.ofNullable(r.instanceMarketOptions())
                        .map(m -> new SpotOptions.Requested(
                                m.marketTypeAsString(),
                                Optional.ofNullable(m.spotOptions()).map(s -> s.maxPrice()),
                                Optional.ofNullable(m.spotOptions()).map(s -> s.spotInstanceTypeAsString()),
                                Optional.ofNullable(m.spotOptions())
                                        .map(s -> s.instanceInterruptionBehaviorAsString()))),
                Optional.ofNullable(r.placement()).map(p -> p.tenancyAsString()),
                Optional.ofNullable(r.placement()).map(p -> p.hostId()),
                network(r));
    }

    /**
     * The primary interface's settings: top-level SubnetId and groups, or the interface at device index 0 (where the
     * CLI's {@code --associate-public-ip-address} puts them).
     */
    private static LaunchRequest.Network network(RunInstancesRequest r) {
        Optional<InstanceNetworkInterfaceSpecification> primary = r.networkInterfaces().stream()
                .filter(n -> n.deviceIndex() == null || n.deviceIndex() == 0)
                .findFirst();
        List<String> groupIds = new ArrayList<>(r.securityGroupIds());
        primary.ifPresent(n -> groupIds.addAll(n.groups()));
        return new LaunchRequest.Network(
                Optional.ofNullable(r.subnetId()).or(() -> primary.map(n -> n.subnetId())),
                groupIds,
                r.securityGroups(),
                primary.map(n -> n.associatePublicIpAddress()));
    }

    static List<Filter> filters(List<software.amazon.awssdk.services.ec2.model.Filter> filters) {
        List<Filter> out = new ArrayList<>();
        for (var f : filters) {
            out.add(new Filter(f.name(), f.values()));
        }
        return out;
    }

    static List<TagSpecification> tagSpecifications(
            List<software.amazon.awssdk.services.ec2.model.TagSpecification> specs) {
        List<TagSpecification> out = new ArrayList<>();
        for (var s : specs) {
            out.add(new TagSpecification(s.resourceTypeAsString(), tagMap(s.tags())));
        }
        return out;
    }

    static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tag t : tags) {
            if (t.key() == null) {
                throw Ec2Errors.tagKeyMissing();
            }
            m.put(t.key(), t.value() == null ? "" : t.value());
        }
        return m;
    }

    static List<LaunchDevice> devices(List<BlockDeviceMapping> mappings) {
        List<LaunchDevice> out = new ArrayList<>();
        for (BlockDeviceMapping m : mappings) {
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

    static ImageRequests.PermissionItems permissionItems(List<LaunchPermission> items) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<String> ous = new ArrayList<>();
        for (LaunchPermission p : items) {
            if (p.userId() != null) {
                users.add(p.userId());
            }
            if (p.groupAsString() != null) {
                groups.add(p.groupAsString());
            }
            if (p.organizationArn() != null) {
                orgs.add(p.organizationArn());
            }
            if (p.organizationalUnitArn() != null) {
                ous.add(p.organizationalUnitArn());
            }
        }
        return new ImageRequests.PermissionItems(users, groups, orgs, ous);
    }
}
