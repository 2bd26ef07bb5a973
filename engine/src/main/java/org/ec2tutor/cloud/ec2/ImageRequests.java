package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.Region;

/** The image requests of the domain, each the domain's reading of one SDK request. */
public final class ImageRequests {

    private ImageRequests() {}

    /** CreateImage. {@code devices} may only exclude a volume (NoDevice) or change DeleteOnTermination. */
    public record Create(
            String instanceId,
            String name,
            Optional<String> description,
            boolean noReboot,
            List<LaunchDevice> devices,
            List<TagSpecification> tagSpecifications) {
        public Create {
            devices = List.copyOf(devices);
            tagSpecifications = List.copyOf(tagSpecifications);
        }
    }

    /** RegisterImage from snapshots. Absent architecture and virtualization type default as in AWS (i386, paravirtual). */
    public record Register(
            String name,
            Optional<String> description,
            Optional<String> architecture,
            Optional<String> virtualizationType,
            Optional<String> rootDeviceName,
            List<LaunchDevice> devices,
            boolean enaSupport,
            Optional<String> bootMode,
            List<TagSpecification> tagSpecifications) {
        public Register {
            devices = List.copyOf(devices);
            tagSpecifications = List.copyOf(tagSpecifications);
        }
    }

    /** CopyImage, run in the destination Region. */
    public record Copy(
            Region sourceRegion,
            String sourceImageId,
            String name,
            Optional<String> description,
            boolean encrypted,
            boolean copyImageTags,
            List<TagSpecification> tagSpecifications) {
        public Copy {
            tagSpecifications = List.copyOf(tagSpecifications);
        }
    }

    /** DescribeImages. */
    public record Query(
            List<String> imageIds,
            List<String> owners,
            List<String> executableUsers,
            List<Filter> filters,
            boolean includeDeprecated,
            boolean includeDisabled,
            Optional<Integer> maxResults,
            Optional<String> nextToken) {
        public Query {
            imageIds = List.copyOf(imageIds);
            owners = List.copyOf(owners);
            executableUsers = List.copyOf(executableUsers);
            filters = List.copyOf(filters);
        }

        public static Query all() {
            return new Query(
                    List.of(), List.of(), List.of(), List.of(), false, false, Optional.empty(), Optional.empty());
        }
    }

    /**
     * A launch permission change as the request gave it: raw values, validated as a whole before anything is
     * applied ({@code InvalidAMIAttributeItemValue} changes nothing).
     */
    public record PermissionItems(
            List<String> userIds,
            List<String> groups,
            List<String> organizationArns,
            List<String> organizationalUnitArns) {
        public PermissionItems {
            userIds = List.copyOf(userIds);
            groups = List.copyOf(groups);
            organizationArns = List.copyOf(organizationArns);
            organizationalUnitArns = List.copyOf(organizationalUnitArns);
        }

        public static PermissionItems none() {
            return new PermissionItems(List.of(), List.of(), List.of(), List.of());
        }

        public boolean isEmpty() {
            return userIds.isEmpty()
                    && groups.isEmpty()
                    && organizationArns.isEmpty()
                    && organizationalUnitArns.isEmpty();
        }
    }

    /** The result of deleting one snapshot with DeregisterImage's DeleteAssociatedSnapshots. */
    public record SnapshotDeletion(String snapshotId, String returnCode) {}
}
