package org.ec2tutor.sdk;

import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.ec2.Image;
import org.ec2tutor.cloud.ec2.ImageDevice;
import org.ec2tutor.cloud.ec2.ImageTimes;
import org.ec2tutor.cloud.ec2.LaunchPermission;
import org.ec2tutor.cloud.ec2.MetadataOptions;
import org.ec2tutor.cloud.ec2.Platform;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.StateReason;

/** Domain AMIs to the SDK's model, as DescribeImages reports them (reference 4.1). */
final class ImageResponses {

    private ImageResponses() {}

    /** {@code viewer} decides what is shown: user tags are the owner's only. */
    static software.amazon.awssdk.services.ec2.model.Image image(Image i, Account viewer) {
        var b = software.amazon.awssdk.services.ec2.model.Image.builder()
                .imageId(i.id())
                .imageLocation(i.imageLocation())
                .state(i.state().awsName())
                .ownerId(i.ownerId())
                .creationDate(ImageTimes.iso(i.creationDate()))
                .publicLaunchPermissions(i.launchPermissions().isPublic())
                .architecture(i.architecture().awsName())
                .imageType("machine")
                .name(i.name())
                .rootDeviceType("ebs")
                .rootDeviceName(i.rootDeviceName())
                .blockDeviceMappings(devices(i.devices()))
                .virtualizationType(i.virtualizationType())
                .hypervisor("xen")
                .enaSupport(i.enaSupport())
                .sriovNetSupport("simple")
                .platformDetails(i.platform().platformDetails())
                .usageOperation(i.platform().usageOperation())
                .deregistrationProtection("disabled");
        i.description().ifPresent(b::description);
        i.ownerAlias().ifPresent(b::imageOwnerAlias);
        i.bootMode().ifPresent(b::bootMode);
        if (MetadataOptions.imdsV2Only(i)) {
            b.imdsSupport("v2.0");
        }
        if (i.platform() == Platform.WINDOWS) {
            b.platform("windows");
        }
        i.deprecationTime().ifPresent(t -> b.deprecationTime(ImageTimes.iso(t)));
        i.lastLaunchedTime().ifPresent(t -> b.lastLaunchedTime(ImageTimes.iso(t)));
        i.stateReason()
                .ifPresent(r ->
                        b.stateReason(StateReason.builder().code(r).message(r).build()));
        i.publicSsmParameter().ifPresent(b::publicSsmParameterName);
        if (i.origin() instanceof Image.FromInstance f) {
            b.sourceInstanceId(f.instanceId());
        }
        if (i.origin() instanceof Image.Copied c) {
            b.sourceImageId(c.sourceImageId()).sourceImageRegion(c.sourceRegion());
        }
        if (viewer.id().value().equals(i.ownerId()) && !i.tags().isEmpty()) {
            b.tags(InstanceResponses.tags(i.tags()));
        }
        return b.build();
    }

    static List<BlockDeviceMapping> devices(List<ImageDevice> devices) {
        List<BlockDeviceMapping> out = new ArrayList<>();
        for (ImageDevice d : devices) {
            if (d instanceof ImageDevice.Ebs e) {
                out.add(BlockDeviceMapping.builder()
                        .deviceName(e.deviceName())
                        .ebs(EbsBlockDevice.builder()
                                .deleteOnTermination(e.deleteOnTermination())
                                .snapshotId(e.snapshotId())
                                .volumeSize(e.sizeGib())
                                .volumeType(e.volumeType())
                                .encrypted(e.encrypted())
                                .build())
                        .build());
            } else if (d instanceof ImageDevice.Ephemeral x) {
                out.add(BlockDeviceMapping.builder()
                        .deviceName(x.deviceName())
                        .virtualName(x.virtualName())
                        .build());
            }
        }
        return out;
    }

    static List<software.amazon.awssdk.services.ec2.model.LaunchPermission> permissions(List<LaunchPermission> grants) {
        List<software.amazon.awssdk.services.ec2.model.LaunchPermission> out = new ArrayList<>();
        for (LaunchPermission p : grants) {
            var b = software.amazon.awssdk.services.ec2.model.LaunchPermission.builder();
            if (p instanceof LaunchPermission.ForAccount a) {
                b.userId(a.account().value());
            } else if (p instanceof LaunchPermission.ForEveryone) {
                b.group("all");
            } else if (p instanceof LaunchPermission.ForOrganization o) {
                b.organizationArn(o.organizationArn());
            } else if (p instanceof LaunchPermission.ForOrganizationalUnit u) {
                b.organizationalUnitArn(u.organizationalUnitArn());
            }
            out.add(b.build());
        }
        return out;
    }
}
