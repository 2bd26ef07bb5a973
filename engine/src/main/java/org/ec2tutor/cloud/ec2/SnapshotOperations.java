package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * CreateSnapshot, CreateSnapshots, CopySnapshot, the createVolumePermission attribute and block public access for
 * snapshots, for one account in one Region (docs/ec2-behaviour.md section 17). A snapshot is {@code pending} for
 * as long as an AMI's snapshots are (two minutes plus ten seconds per GiB), holds what the volume held when it was
 * taken, and is billed per GB-month at its full size until deleted.
 */
public final class SnapshotOperations {

    static final String BLOCK_ALL = "block-all-sharing";
    static final String BLOCK_NEW = "block-new-sharing";
    static final String UNBLOCKED = "unblocked";

    private final Ec2Context ctx;

    SnapshotOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    /** CreateSnapshot of an available or in-use volume; at most five pending per volume (one for st1 and sc1). */
    public Snapshot create(String volumeId, Optional<String> description, List<TagSpecification> tags) {
        Volume volume = new VolumeOperations(ctx).own(volumeId);
        if (volume.state() != VolumeState.AVAILABLE && volume.state() != VolumeState.IN_USE) {
            throw Ec2Errors.volumeIncorrectState(volumeId, volume.state().awsName());
        }
        long pending = ctx.resources().snapshots.values().stream()
                .filter(s -> s.volumeId().filter(volumeId::equals).isPresent())
                .filter(s -> s.state() == SnapshotState.PENDING)
                .count();
        if (pending >= EbsVolumeType.of(volume.volumeType()).maxPendingSnapshots()) {
            throw Ec2Errors.concurrentSnapshotLimit();
        }
        for (TagSpecification spec : tags) {
            if (!spec.resourceType().equals("snapshot")) {
                throw Ec2Errors.notTaggableHere(spec.resourceType());
            }
        }
        Snapshot snap = snapshotOf(volume, description.orElse(""));
        tags.forEach(spec -> spec.tags().forEach(snap.tags()::put));
        register(snap);
        return snap;
    }

    /**
     * CreateSnapshots: one snapshot per EBS volume of the instance, root first, crash-consistent at one instant;
     * {@code copyTags} copies each volume's tags.
     */
    public List<Snapshot> createForInstance(
            String instanceId,
            boolean excludeBootVolume,
            Set<String> excludeDataVolumeIds,
            Optional<String> description,
            boolean copyTags,
            List<TagSpecification> tags) {
        Instance instance = new InstanceOperations(ctx).describeOne(instanceId);
        List<Snapshot> out = new ArrayList<>();
        for (Instance.BlockDevice d : instance.blockDevices()) {
            boolean root = d.deviceName().equals(instance.rootDeviceName());
            if ((root && excludeBootVolume) || excludeDataVolumeIds.contains(d.volumeId())) {
                continue;
            }
            Volume volume = ctx.resources().volumes.get(d.volumeId());
            if (volume == null) {
                continue;
            }
            Snapshot snap = snapshotOf(volume, description.orElse(""));
            if (copyTags) {
                volume.tags().asMap().forEach(snap.tags()::put);
            }
            tags.stream()
                    .filter(spec -> spec.resourceType().equals("snapshot"))
                    .forEach(spec -> spec.tags().forEach(snap.tags()::put));
            out.add(snap);
        }
        out.forEach(this::register);
        return out;
    }

    /**
     * CopySnapshot, called in the destination Region. The copy is encrypted if the source is, if asked, or if
     * encryption by default is on here; its key is the one named or this Region's default [V].
     */
    public Snapshot copy(
            Region sourceRegion,
            String sourceSnapshotId,
            Optional<String> description,
            boolean encrypt,
            Optional<String> kmsKeyId,
            List<TagSpecification> tags) {
        if (kmsKeyId.isPresent() && !encrypt) {
            throw Ec2Errors.kmsKeyNeedsEncrypted();
        }
        Ec2Context source = new Ec2Context(ctx.world(), ctx.caller(), sourceRegion);
        Snapshot original = new SnapshotOperations(source).restorable(sourceSnapshotId);
        if (original.state() != SnapshotState.COMPLETED) {
            throw Ec2Errors.snapshotNotCompleted(sourceSnapshotId);
        }
        EbsEncryption encryption = new EbsEncryption(ctx);
        boolean encrypted = original.encrypted() || encrypt || encryption.enabled();
        Instant now = ctx.now();
        Snapshot copy = new Snapshot(
                ctx.world().ids.resourceId("snap"),
                ctx.caller().id().value(),
                Optional.empty(),
                original.sizeGib(),
                encrypted,
                description.orElse(
                        "[Copied " + original.id() + " from " + sourceRegion.id() + "] " + original.description()),
                now,
                now.plus(Durations.imageCreation(original.sizeGib()).multipliedBy(2)),
                original.disk().copy());
        if (encrypted) {
            copy.setKmsKeyId(Optional.of(kmsKeyId.map(encryption::keyArn).orElseGet(encryption::defaultKeyId)));
        }
        tags.stream()
                .filter(spec -> spec.resourceType().equals("snapshot"))
                .forEach(spec -> spec.tags().forEach(copy.tags()::put));
        register(copy);
        return copy;
    }

    /** One grant of createVolumePermission: an account id, or the group {@code all} (public). */
    public record Permission(Optional<String> userId, Optional<String> group) {}

    /** ModifySnapshotAttribute createVolumePermission: add and remove grants. */
    public void modifyCreateVolumePermission(String snapshotId, List<Permission> add, List<Permission> remove) {
        Snapshot snap = own(snapshotId);
        EbsEncryption encryption = new EbsEncryption(ctx);
        for (Permission p : add) {
            if (p.group().isPresent()) {
                if (!p.group().get().equals("all")) {
                    throw Ec2Errors.invalidValueFor(p.group().get(), "group");
                }
                if (snap.encrypted()) {
                    throw Ec2Errors.encryptedSnapshotNotPublic(snapshotId);
                }
                if (!blockPublicAccessState().equals(UNBLOCKED)) {
                    throw Ec2Errors.snapshotPublicSharingBlocked();
                }
            } else if (snap.encrypted()
                    && snap.kmsKeyId().map(encryption::isAwsManaged).orElse(true)) {
                throw Ec2Errors.snapshotDefaultKeyNotShareable(snapshotId);
            }
        }
        for (Permission p : add) {
            if (p.group().isPresent()) {
                snap.setPublic(true);
            }
            p.userId().ifPresent(snap::share);
        }
        for (Permission p : remove) {
            if (p.group().isPresent()) {
                snap.setPublic(false);
            }
            p.userId().ifPresent(snap::unshare);
        }
    }

    /** ResetSnapshotAttribute createVolumePermission: private again. */
    public void resetCreateVolumePermission(String snapshotId) {
        Snapshot snap = own(snapshotId);
        snap.setPublic(false);
        List.copyOf(snap.sharedWith()).forEach(snap::unshare);
    }

    /** DescribeSnapshotAttribute reads the caller's own snapshots only. */
    public Snapshot attributeOf(String snapshotId) {
        return own(snapshotId);
    }

    /** Block public access for snapshots here: {@code unblocked} unless enabled [V]. */
    public String blockPublicAccessState() {
        return blockPublicAccessState(ctx.resources(), ctx.caller().id());
    }

    public String enableBlockPublicAccess(String state) {
        if (!state.equals(BLOCK_ALL) && !state.equals(BLOCK_NEW)) {
            throw Ec2Errors.invalidValueFor(state, "State");
        }
        ctx.resources().snapshotBlockPublicAccess.put(ctx.caller().id(), state);
        return state;
    }

    public String disableBlockPublicAccess() {
        ctx.resources().snapshotBlockPublicAccess.remove(ctx.caller().id());
        return UNBLOCKED;
    }

    static String blockPublicAccessState(RegionalResources res, AccountId account) {
        return res.snapshotBlockPublicAccess.getOrDefault(account, UNBLOCKED);
    }

    /**
     * Whether the caller may see and restore {@code s}: its own, shared with it, or public while its owner's block
     * public access is not {@code block-all-sharing} (which makes public snapshots private) [V].
     */
    boolean visible(Snapshot s) {
        if (s.isDeleted()) {
            return false;
        }
        if (ctx.owns(s.ownerId()) || s.sharedWith().contains(ctx.caller().id().value())) {
            return true;
        }
        return s.isPublic()
                && !blockPublicAccessState(ctx.resources(), new AccountId(s.ownerId()))
                        .equals(BLOCK_ALL);
    }

    /** A snapshot the caller may create a volume from or copy, with AWS's errors otherwise. */
    Snapshot restorable(String id) {
        if (!ResourceIds.isSnapshotId(id)) {
            throw Ec2Errors.snapshotIdMalformed(id);
        }
        Snapshot s = ctx.resources().snapshots.get(id);
        if (s == null || !visible(s)) {
            throw Ec2Errors.snapshotNotFound(id);
        }
        return s;
    }

    private Snapshot own(String id) {
        Snapshot s = restorable(id);
        if (!ctx.owns(s.ownerId())) {
            throw Ec2Errors.snapshotNotFound(id);
        }
        return s;
    }

    private Snapshot snapshotOf(Volume volume, String description) {
        Instant now = ctx.now();
        Snapshot snap = new Snapshot(
                ctx.world().ids.resourceId("snap"),
                ctx.caller().id().value(),
                Optional.of(volume.id()),
                volume.sizeGib(),
                volume.encrypted(),
                description,
                now,
                now.plus(Durations.imageCreation(volume.sizeGib())),
                volume.disk().copy());
        snap.setKmsKeyId(volume.kmsKeyId());
        return snap;
    }

    private void register(Snapshot snap) {
        ctx.resources().snapshots.put(snap.id(), snap);
        // Billed at its full size: AWS bills changed blocks only, which the simulator does not track.
        ctx.world()
                .meter
                .open(
                        ctx.caller().id(),
                        ctx.region(),
                        "",
                        snap.id(),
                        UsageType.EBS_SNAPSHOT,
                        "standard",
                        snap.sizeGib(),
                        ctx.now());
        ctx.world().scheduler.at(snap.completesAt(), at -> snap.complete());
    }
}
