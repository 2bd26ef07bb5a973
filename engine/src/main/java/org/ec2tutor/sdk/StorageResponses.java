package org.ec2tutor.sdk;

import java.time.Instant;
import java.util.List;
import org.ec2tutor.cloud.ec2.Snapshot;
import org.ec2tutor.cloud.ec2.Volume;
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
                .iops(v.iops())
                .multiAttachEnabled(false)
                .snapshotId(v.snapshotId().orElse(""))
                .attachments(v.attachment()
                        .map(a -> List.of(VolumeAttachment.builder()
                                .attachTime(a.attachTime())
                                .device(a.device())
                                .instanceId(a.instanceId())
                                .state("attached")
                                .volumeId(v.id())
                                .deleteOnTermination(a.deleteOnTermination())
                                .build()))
                        .orElse(List.of()));
        if (v.volumeType().equals("gp3")) {
            b.throughput(125);
        }
        if (!v.tags().isEmpty()) {
            b.tags(InstanceResponses.tags(v.tags()));
        }
        return b.build();
    }

    static software.amazon.awssdk.services.ec2.model.Snapshot snapshot(Snapshot s, Instant now) {
        var b = software.amazon.awssdk.services.ec2.model.Snapshot.builder()
                .snapshotId(s.id())
                .description(s.description())
                .encrypted(s.encrypted())
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
}
