package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.guest.Disk;

/**
 * CreateVolume, AttachVolume, DetachVolume, DeleteVolume, ModifyVolume and DescribeVolumesModifications for one
 * account in one Region (docs/ec2-behaviour.md section 17). States move on the scheduler: {@code creating} to
 * {@code available}, attachments {@code attaching} to {@code attached} and {@code detaching} to gone, deleted
 * volumes {@code deleting} to gone.
 */
public final class VolumeOperations {

    /** How long the transitions take [I]: short, so that waiters polling every 15 s see them at once. */
    static final Duration CREATING = Duration.ofSeconds(5);

    static final Duration ATTACHING = Duration.ofSeconds(5);
    static final Duration DETACHING = Duration.ofSeconds(10);
    static final Duration DELETING = Duration.ofSeconds(10);
    /** At most four modifications per volume in any rolling 24 hours, since 2026-01-15 [V]. */
    static final int MODIFICATIONS_PER_DAY = 4;

    /** Device names EBS accepts on HVM instances [V, EC2 User Guide "Device names on Linux instances"]. */
    private static final Pattern DEVICE = Pattern.compile("/dev/(sd[a-z]|sda1|xvd[a-z]|xvd[a-z][a-z])");

    /** What CreateVolume asks for. */
    public record Request(
            String zone,
            Optional<Integer> sizeGib,
            Optional<String> volumeType,
            Optional<Integer> iops,
            Optional<Integer> throughput,
            Optional<String> snapshotId,
            Optional<Boolean> encrypted,
            Optional<String> kmsKeyId,
            List<TagSpecification> tags) {}

    private final Ec2Context ctx;

    VolumeOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public Volume create(Request r) {
        if (!ctx.region().availabilityZones().contains(r.zone())) {
            throw Ec2Errors.invalidAvailabilityZone(r.zone());
        }
        if (r.kmsKeyId().isPresent() && !r.encrypted().orElse(false)) {
            throw Ec2Errors.kmsKeyNeedsEncrypted();
        }
        Optional<Snapshot> snapshot = r.snapshotId().map(id -> new SnapshotOperations(ctx).restorable(id));
        snapshot.filter(s -> s.state() != SnapshotState.COMPLETED).ifPresent(s -> {
            throw Ec2Errors.snapshotNotCompleted(s.id());
        });
        EbsVolumeType type = EbsVolumeType.of(r.volumeType().orElse("gp2"));
        int size = r.sizeGib()
                .or(() -> snapshot.map(Snapshot::sizeGib))
                .orElseThrow(() -> Ec2Errors.missingParameter("size"));
        if (snapshot.isPresent() && size < snapshot.get().sizeGib()) {
            throw Ec2Errors.volumeSmallerThanSnapshot(
                    size, snapshot.get().id(), snapshot.get().sizeGib());
        }
        EbsVolumeType.Performance perf = type.check(size, r.iops(), r.throughput());
        EbsEncryption encryption = new EbsEncryption(ctx);
        // An encrypted snapshot gives an encrypted volume; encryption by default leaves no choice [V].
        boolean encrypted =
                snapshot.map(Snapshot::encrypted).orElse(false) || r.encrypted().orElse(false) || encryption.enabled();
        Optional<String> key = encrypted
                ? Optional.of(r.kmsKeyId()
                        .map(encryption::keyArn)
                        .or(() -> snapshot.flatMap(Snapshot::kmsKeyId))
                        .orElseGet(encryption::defaultKeyId))
                : Optional.empty();
        Volume volume = new Volume(
                ctx.world().ids.resourceId("vol"),
                ctx.caller().id(),
                r.zone(),
                size,
                type.awsName(),
                encrypted,
                snapshot.map(Snapshot::id),
                ctx.now(),
                snapshot.map(s -> s.disk().copy()).orElseGet(Disk::new));
        volume.reshape(size, type.awsName(), perf.iops(), perf.throughput());
        volume.setKmsKeyId(key);
        volume.setState(VolumeState.CREATING);
        for (TagSpecification spec : r.tags()) {
            if (!spec.resourceType().equals("volume")) {
                throw Ec2Errors.notTaggableHere(spec.resourceType());
            }
            spec.tags().forEach(volume.tags()::put);
        }
        ctx.resources().volumes.put(volume.id(), volume);
        VolumeBilling.open(ctx.world(), ctx.region(), volume, ctx.now());
        ctx.world().scheduler.at(ctx.now().plus(CREATING), at -> {
            if (volume.state() == VolumeState.CREATING) {
                volume.setState(VolumeState.AVAILABLE);
            }
        });
        return volume;
    }

    /** AttachVolume: to a running or stopped instance in the same zone, at a free device name. */
    public Volume attach(String volumeId, String instanceId, String device) {
        if (!DEVICE.matcher(device).matches()) {
            throw Ec2Errors.invalidDeviceName(device);
        }
        Volume volume = own(volumeId);
        Instance instance = new InstanceOperations(ctx).describeOne(instanceId);
        if (volume.state() == VolumeState.IN_USE) {
            throw Ec2Errors.volumeAttached(
                    volumeId,
                    volume.attachment().map(Volume.Attachment::instanceId).orElse(""));
        }
        if (volume.state() != VolumeState.AVAILABLE) {
            throw Ec2Errors.volumeIncorrectState(volumeId, volume.state().awsName());
        }
        if (instance.state() != InstanceState.RUNNING && instance.state() != InstanceState.STOPPED) {
            throw Ec2Errors.instanceNotReadyForVolume(instanceId);
        }
        if (!instance.availabilityZone().equals(volume.availabilityZone())) {
            throw Ec2Errors.volumeZoneMismatch(volumeId, instanceId);
        }
        if (instance.blockDevices().stream().anyMatch(d -> sameDevice(d.deviceName(), device))) {
            throw Ec2Errors.deviceInUse(device);
        }
        volume.attach(new Volume.Attachment(instanceId, device, ctx.now(), false));
        volume.setAttachmentState(Volume.AttachmentState.ATTACHING);
        instance.addBlockDevice(new Instance.BlockDevice(device, volumeId));
        instance.guest().plug(device, volume.disk(), volume.sizeGib());
        Volume.Attachment attachment = volume.attachment().orElseThrow();
        ctx.world().scheduler.at(ctx.now().plus(ATTACHING), at -> {
            if (volume.attachment().filter(attachment::equals).isPresent()
                    && volume.attachmentState() == Volume.AttachmentState.ATTACHING) {
                volume.setAttachmentState(Volume.AttachmentState.ATTACHED);
            }
        });
        return volume;
    }

    /**
     * DetachVolume: the attachment is {@code detaching}, then the volume is {@code available}. The root volume of an
     * instance that is not stopped stays [V]. {@code force} is accepted; the guest loses the device either way.
     */
    public Volume detach(String volumeId, Optional<String> instanceId, Optional<String> device, boolean force) {
        Volume volume = own(volumeId);
        Volume.Attachment attachment = volume.attachment()
                .filter(a -> volume.attachmentState() != Volume.AttachmentState.DETACHING)
                .orElseThrow(() ->
                        Ec2Errors.volumeIncorrectState(volumeId, volume.state().awsName()));
        if (instanceId.filter(i -> !i.equals(attachment.instanceId())).isPresent()
                || device.filter(d -> !sameDevice(d, attachment.device())).isPresent()) {
            throw Ec2Errors.volumeNotAttachedTo(volumeId, instanceId.orElse(attachment.instanceId()));
        }
        Instance instance = ctx.resources().instances.get(attachment.instanceId());
        if (instance != null
                && attachment.device().equals(instance.rootDeviceName())
                && instance.state() != InstanceState.STOPPED) {
            throw Ec2Errors.rootVolumeDetach(volumeId, instance.id());
        }
        volume.setAttachmentState(Volume.AttachmentState.DETACHING);
        if (instance != null) {
            instance.guest().unplug(attachment.device());
        }
        ctx.world().scheduler.at(ctx.now().plus(DETACHING), at -> {
            if (volume.attachment().filter(attachment::equals).isPresent()) {
                volume.detach();
                if (instance != null) {
                    instance.removeBlockDevice(volumeId);
                }
            }
        });
        return volume;
    }

    /** DeleteVolume: only an {@code available} volume; its storage stops being billed at once. */
    public void delete(String volumeId) {
        Volume volume = own(volumeId);
        if (volume.state() == VolumeState.IN_USE) {
            throw Ec2Errors.volumeAttached(
                    volumeId,
                    volume.attachment().map(Volume.Attachment::instanceId).orElse(""));
        }
        if (volume.state() != VolumeState.AVAILABLE) {
            throw Ec2Errors.volumeIncorrectState(volumeId, volume.state().awsName());
        }
        volume.setState(VolumeState.DELETING);
        VolumeBilling.close(ctx.world(), volumeId, ctx.now());
        ctx.world().scheduler.at(ctx.now().plus(DELETING), at -> {
            volume.markDeleted();
            ctx.resources().volumes.remove(volumeId);
        });
    }

    /** What ModifyVolume asks for; empty fields keep (or default) the volume's settings. */
    public record Change(
            Optional<Integer> sizeGib,
            Optional<String> volumeType,
            Optional<Integer> iops,
            Optional<Integer> throughput) {}

    /**
     * ModifyVolume: {@code modifying}, then {@code optimizing} (the new size, type and performance apply, and are
     * billed, from then), then {@code completed}.
     */
    public VolumeModification modify(String volumeId, Change change) {
        Volume volume = own(volumeId);
        if (volume.state() != VolumeState.AVAILABLE && volume.state() != VolumeState.IN_USE) {
            throw Ec2Errors.volumeIncorrectState(volumeId, volume.state().awsName());
        }
        Instant now = ctx.now();
        List<VolumeModification> earlier = ctx.resources().volumeModifications.stream()
                .filter(m -> m.volumeId().equals(volumeId))
                .toList();
        if (earlier.stream().anyMatch(m -> !m.completed(now))) {
            throw Ec2Errors.volumeBeingModified(volumeId);
        }
        Instant dayAgo = now.minus(Duration.ofHours(24));
        if (earlier.stream().filter(m -> m.startTime().isAfter(dayAgo)).count() >= MODIFICATIONS_PER_DAY) {
            throw Ec2Errors.volumeModificationRateExceeded();
        }
        VolumeModification.Shape original = shape(volume);
        int size = change.sizeGib().orElse(volume.sizeGib());
        if (size < volume.sizeGib()) {
            throw Ec2Errors.volumeCannotShrink(size, volume.sizeGib());
        }
        EbsVolumeType type = EbsVolumeType.of(change.volumeType().orElse(volume.volumeType()));
        boolean retyped = !type.awsName().equals(volume.volumeType());
        // A switch to gp3, io1 or io2 without IOPS gets 3,000, and to gp3 without throughput 125 MiB/s [V].
        Optional<Integer> iops = change.iops();
        if (iops.isEmpty() && type.takesIops()) {
            iops = retyped ? Optional.of(EbsVolumeType.DEFAULT_PROVISIONED_IOPS) : original.iops();
        }
        Optional<Integer> throughput = change.throughput();
        if (throughput.isEmpty() && type.takesThroughput() && !retyped) {
            throughput = original.throughput();
        }
        EbsVolumeType.Performance perf = type.check(size, iops, throughput);
        VolumeModification.Shape target =
                new VolumeModification.Shape(size, type.awsName(), perf.iops(), perf.throughput());
        if (target.equals(original)) {
            throw Ec2Errors.volumeModificationUnchanged(volumeId);
        }
        Instant optimizing = now.plus(VolumeModification.MODIFYING);
        VolumeModification modification = new VolumeModification(
                volumeId, original, target, now, optimizing, optimizing.plus(VolumeModification.OPTIMIZING));
        ctx.resources().volumeModifications.add(modification);
        ctx.world().scheduler.at(optimizing, at -> {
            if (volume.state() == VolumeState.AVAILABLE || volume.state() == VolumeState.IN_USE) {
                volume.reshape(target.sizeGib(), target.volumeType(), perf.iops(), perf.throughput());
                VolumeBilling.close(ctx.world(), volumeId, at);
                VolumeBilling.open(ctx.world(), ctx.region(), volume, at);
            }
        });
        return modification;
    }

    /**
     * DescribeVolumesModifications: the latest modification of each of the caller's volumes (of those named),
     * oldest volume first [I: AWS keeps the latest per volume].
     */
    public List<VolumeModification> modifications(List<String> volumeIds, Optional<String> state) {
        volumeIds.forEach(this::own);
        Map<String, VolumeModification> latest = new LinkedHashMap<>();
        for (VolumeModification m : ctx.resources().volumeModifications) {
            Volume v = ctx.resources().volumes.get(m.volumeId());
            if (v != null
                    && v.owner().equals(ctx.caller().id())
                    && (volumeIds.isEmpty() || volumeIds.contains(m.volumeId()))) {
                latest.put(m.volumeId(), m);
            }
        }
        List<VolumeModification> out = new ArrayList<>();
        for (VolumeModification m : latest.values()) {
            if (state.isEmpty() || state.get().equals(m.state(ctx.now()))) {
                out.add(m);
            }
        }
        return out;
    }

    private static VolumeModification.Shape shape(Volume v) {
        boolean provisioned = EbsVolumeType.of(v.volumeType()).takesIops();
        return new VolumeModification.Shape(
                v.sizeGib(), v.volumeType(), provisioned ? v.iops() : Optional.empty(), v.throughput());
    }

    /** The caller's volume {@code id}, with AWS's errors for a malformed or unknown id. */
    Volume own(String id) {
        if (!ResourceIds.isVolumeId(id)) {
            throw Ec2Errors.volumeIdMalformed(id);
        }
        Volume v = ctx.resources().volumes.get(id);
        if (v == null || !v.owner().equals(ctx.caller().id())) {
            throw Ec2Errors.volumeNotFound(id);
        }
        return v;
    }

    /** /dev/sdf and /dev/xvdf name the same attachment point. */
    private static boolean sameDevice(String a, String b) {
        return a.replaceFirst("^/dev/xvd", "/dev/sd").equals(b.replaceFirst("^/dev/xvd", "/dev/sd"));
    }
}
