package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Merges an AMI's block device mappings with a launch request's: the request may resize, retype, encrypt or drop
 * the AMI's volumes and add new ones (EC2 User Guide "Block device mappings"). Instance-store disks come from the
 * instance type, not from here.
 */
final class BlockDevicePlanner {

    private static final Set<String> VOLUME_TYPES = Set.of("gp2", "gp3", "io1", "io2", "st1", "sc1", "standard");
    private static final int MAX_SIZE_GIB = 16384;

    private final Ec2Context ctx;

    BlockDevicePlanner(Ec2Context ctx) {
        this.ctx = ctx;
    }

    List<PlannedVolume> plan(Image image, InstanceType type, List<LaunchDevice> overrides) {
        Map<String, PlannedVolume> planned = new LinkedHashMap<>();
        for (ImageDevice device : image.devices()) {
            if (device instanceof ImageDevice.Ebs ebs) {
                planned.put(
                        ebs.deviceName(),
                        new PlannedVolume(
                                ebs.deviceName(),
                                ebs.sizeGib(),
                                ebs.volumeType(),
                                ebs.deleteOnTermination(),
                                ebs.encrypted(),
                                Optional.of(ebs.snapshotId())));
            }
        }
        for (LaunchDevice o : overrides) {
            if (o.noDevice()) {
                planned.remove(o.deviceName());
                continue;
            }
            if (o.virtualName().isPresent()) {
                continue;
            }
            o.volumeType().ifPresent(BlockDevicePlanner::checkVolumeType);
            PlannedVolume existing = planned.get(o.deviceName());
            if (existing != null) {
                planned.put(o.deviceName(), override(existing, o));
            } else {
                planned.put(o.deviceName(), added(o));
            }
        }
        List<PlannedVolume> out = new ArrayList<>(planned.values());
        if (ctx.resources().encryptsEbsByDefault(ctx.caller().id())) {
            // Encryption by default leaves no choice: every new volume is encrypted [V].
            out.replaceAll(v -> new PlannedVolume(
                    v.deviceName(), v.sizeGib(), v.volumeType(), v.deleteOnTermination(), true, v.snapshotId()));
        }
        return out;
    }

    private PlannedVolume override(PlannedVolume from, LaunchDevice o) {
        int size = o.sizeGib().orElse(from.sizeGib());
        checkSize(size);
        if (size < from.sizeGib() && from.snapshotId().isPresent()) {
            throw Ec2Errors.volumeSmallerThanSnapshot(size, from.snapshotId().get(), from.sizeGib());
        }
        // An encrypted snapshot always gives an encrypted volume; Encrypted=true encrypts an unencrypted one.
        boolean encrypted = from.encrypted() || o.encrypted().orElse(false);
        return new PlannedVolume(
                from.deviceName(),
                size,
                o.volumeType().orElse(from.volumeType()),
                o.deleteOnTermination().orElse(from.deleteOnTermination()),
                encrypted,
                from.snapshotId());
    }

    private PlannedVolume added(LaunchDevice o) {
        Optional<Snapshot> snapshot = o.snapshotId().map(this::readableSnapshot);
        int size = o.sizeGib()
                .or(() -> snapshot.map(Snapshot::sizeGib))
                .orElseThrow(() -> Ec2Errors.deviceNeedsSizeOrSnapshot(o.deviceName()));
        checkSize(size);
        if (snapshot.isPresent() && size < snapshot.get().sizeGib()) {
            throw Ec2Errors.volumeSmallerThanSnapshot(
                    size, snapshot.get().id(), snapshot.get().sizeGib());
        }
        boolean encrypted =
                snapshot.map(Snapshot::encrypted).orElse(false) || o.encrypted().orElse(false);
        // The 2026 TerminateInstances text: volumes attached at launch are deleted on termination by default.
        return new PlannedVolume(
                o.deviceName(),
                size,
                o.volumeType().orElse("gp2"),
                o.deleteOnTermination().orElse(true),
                encrypted,
                o.snapshotId());
    }

    private Snapshot readableSnapshot(String id) {
        if (!ResourceIds.isSnapshotId(id)) {
            throw Ec2Errors.snapshotIdMalformed(id);
        }
        Snapshot s = ctx.resources().snapshots.get(id);
        if (s == null || s.isDeleted() || !ctx.owns(s.ownerId())) {
            throw Ec2Errors.snapshotNotFound(id);
        }
        return s;
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_SIZE_GIB) {
            throw Ec2Errors.volumeSizeOutOfRange(size);
        }
    }

    private static void checkVolumeType(String volumeType) {
        if (!VOLUME_TYPES.contains(volumeType)) {
            throw Ec2Errors.invalidValueFor(volumeType, "volumeType");
        }
    }
}
