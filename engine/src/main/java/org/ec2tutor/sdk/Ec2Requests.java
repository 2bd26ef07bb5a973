package org.ec2tutor.sdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.ec2.Filter;
import org.ec2tutor.cloud.ec2.ImageRequests;
import org.ec2tutor.cloud.ec2.LaunchDevice;
import org.ec2tutor.cloud.ec2.TagSpecification;
import org.ec2tutor.cloud.error.Ec2Errors;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.Tag;

/** SDK requests to the domain's terms: the one place that reads SDK request objects. */
final class Ec2Requests {

    private Ec2Requests() {}

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
