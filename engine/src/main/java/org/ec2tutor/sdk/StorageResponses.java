package org.ec2tutor.sdk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.cloud.ec2.Snapshot;
import org.ec2tutor.cloud.ec2.Volume;
import org.ec2tutor.cloud.ec2.VolumeModification;
import software.amazon.awssdk.services.ec2.model.AttachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DetachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.SnapshotInfo;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/** Domain volumes and snapshots to the SDK's model. */
final class StorageResponses {

    private StorageResponses() {}

    static software.amazon.awssdk.services.ec2.model.Volume volume(Volume v) {
        var b = software.amazon.awssdk.services.ec2.model.Volume.builder()
                .volumeId(v.id())
                .size(v.sizeGib())
                .availabilityZone(v.availabilityZone())
                .state(v.state().awsName())
                .createTime(v.createTime())
                .volumeType(v.volumeType())
                .encrypted(v.encrypted())
                .iops(v.iops().orElse(null))
                .throughput(v.throughput().orElse(null))
                .kmsKeyId(v.kmsKeyId().orElse(null))
                .multiAttachEnabled(false)
                .snapshotId(v.snapshotId().orElse(""))
                .attachments(v.attachment().map(a -> List.of(attachment(v, a))).orElse(List.of()));
        if (!v.tags().isEmpty()) {
            b.tags(InstanceResponses.tags(v.tags()));
        }
        return b.build();
    }

    /** CreateVolume answers the volume's fields at the top level, tags included even when empty [V example]. */
    static CreateVolumeResponse created(Volume v) {
        var model = volume(v);
        return CreateVolumeResponse.builder()
                .volumeId(model.volumeId())
                .size(model.size())
                .availabilityZone(model.availabilityZone())
                .state(model.state())
                .createTime(model.createTime())
                .volumeType(model.volumeType())
                .encrypted(model.encrypted())
                .iops(model.iops())
                .throughput(model.throughput())
                .kmsKeyId(model.kmsKeyId())
                .multiAttachEnabled(false)
                .snapshotId(model.snapshotId())
                .tags(InstanceResponses.tags(v.tags()))
                .build();
    }

    private static VolumeAttachment attachment(Volume v, Volume.Attachment a) {
        return VolumeAttachment.builder()
                .attachTime(a.attachTime())
                .device(a.device())
                .instanceId(a.instanceId())
                .state(v.attachmentState().awsName())
                .volumeId(v.id())
                .deleteOnTermination(a.deleteOnTermination())
                .build();
    }

    static AttachVolumeResponse attached(Volume v) {
        VolumeAttachment a = attachment(v, v.attachment().orElseThrow());
        return AttachVolumeResponse.builder()
                .attachTime(a.attachTime())
                .device(a.device())
                .instanceId(a.instanceId())
                .state(a.state())
                .volumeId(a.volumeId())
                .build();
    }

    static DetachVolumeResponse detached(Volume v) {
        VolumeAttachment a = attachment(v, v.attachment().orElseThrow());
        return DetachVolumeResponse.builder()
                .attachTime(a.attachTime())
                .device(a.device())
                .instanceId(a.instanceId())
                .state(a.state())
                .volumeId(a.volumeId())
                .deleteOnTermination(a.deleteOnTermination())
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.VolumeModification modification(
            VolumeModification m, Instant now) {
        var b = software.amazon.awssdk.services.ec2.model.VolumeModification.builder()
                .volumeId(m.volumeId())
                .modificationState(m.state(now))
                .progress(m.progress(now))
                .startTime(m.startTime())
                .originalSize(m.original().sizeGib())
                .originalVolumeType(m.original().volumeType())
                .originalIops(m.original().iops().orElse(null))
                .originalThroughput(m.original().throughput().orElse(null))
                .originalMultiAttachEnabled(false)
                .targetSize(m.target().sizeGib())
                .targetVolumeType(m.target().volumeType())
                .targetIops(m.target().iops().orElse(null))
                .targetThroughput(m.target().throughput().orElse(null))
                .targetMultiAttachEnabled(false);
        if (m.completed(now)) {
            b.endTime(m.completesAt());
        }
        return b.build();
    }

    static software.amazon.awssdk.services.ec2.model.Snapshot snapshot(Snapshot s, Instant now) {
        var b = software.amazon.awssdk.services.ec2.model.Snapshot.builder()
                .snapshotId(s.id())
                .description(s.description())
                .encrypted(s.encrypted())
                .kmsKeyId(s.kmsKeyId().orElse(null))
                .ownerId(s.ownerId())
                .progress(s.progress(now))
                .startTime(s.startTime())
                .state(s.state().awsName())
                .volumeId(s.volumeId().orElse("vol-ffffffff"))
                .volumeSize(s.sizeGib())
                .storageTier("standard");
        if (!s.tags().isEmpty()) {
            b.tags(InstanceResponses.tags(s.tags()));
        }
        return b.build();
    }

    static CreateSnapshotResponse createdSnapshot(Snapshot s, Instant now) {
        var model = snapshot(s, now);
        return CreateSnapshotResponse.builder()
                .snapshotId(model.snapshotId())
                .description(model.description())
                .encrypted(model.encrypted())
                .kmsKeyId(model.kmsKeyId())
                .ownerId(model.ownerId())
                .progress(model.progress())
                .startTime(model.startTime())
                .state(model.state())
                .volumeId(model.volumeId())
                .volumeSize(model.volumeSize())
                .tags(InstanceResponses.tags(s.tags()))
                .build();
    }

    static SnapshotInfo snapshotInfo(Snapshot s, Instant now) {
        return SnapshotInfo.builder()
                .snapshotId(s.id())
                .description(s.description())
                .encrypted(s.encrypted())
                .ownerId(s.ownerId())
                .progress(s.progress(now))
                .startTime(s.startTime())
                .state(s.state().awsName())
                .volumeId(s.volumeId().orElse("vol-ffffffff"))
                .volumeSize(s.sizeGib())
                .tags(InstanceResponses.tags(s.tags()))
                .build();
    }

    static List<CreateVolumePermission> permissions(Snapshot s) {
        List<CreateVolumePermission> out = new ArrayList<>();
        if (s.isPublic()) {
            out.add(CreateVolumePermission.builder().group("all").build());
        }
        s.sharedWith()
                .forEach(id ->
                        out.add(CreateVolumePermission.builder().userId(id).build()));
        return out;
    }
}
