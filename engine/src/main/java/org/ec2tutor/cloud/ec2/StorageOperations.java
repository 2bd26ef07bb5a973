package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.error.Ec2Errors;

/** EBS volumes and snapshots of one account in one Region. */
public final class StorageOperations {

    private final Ec2Context ctx;

    StorageOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public Page<Volume> describeVolumes(
            List<String> ids, List<Filter> filters, Optional<Integer> maxResults, Optional<String> nextToken) {
        FilterSet<Volume> set = volumeFilters();
        set.validate(filters);
        List<Volume> candidates;
        if (ids.isEmpty()) {
            candidates = ctx.resources().volumes.values().stream()
                    .filter(v -> v.owner().equals(ctx.caller().id()))
                    .toList();
        } else {
            candidates = new ArrayList<>();
            for (String id : new LinkedHashSet<>(ids)) {
                if (!ResourceIds.isVolumeId(id)) {
                    throw Ec2Errors.volumeIdMalformed(id);
                }
                Volume v = ctx.resources().volumes.get(id);
                if (v == null || !v.owner().equals(ctx.caller().id())) {
                    throw Ec2Errors.volumeNotFound(id);
                }
                candidates.add(v);
            }
        }
        return Page.of(candidates.stream().filter(v -> set.matches(v, filters)).toList(), maxResults, nextToken);
    }

    /**
     * DescribeSnapshots. The caller sees its own snapshots; {@code ownerIds} narrows by owner ("self" or an id).
     */
    public Page<Snapshot> describeSnapshots(
            List<String> ids,
            List<String> ownerIds,
            List<Filter> filters,
            Optional<Integer> maxResults,
            Optional<String> nextToken) {
        FilterSet<Snapshot> set = snapshotFilters();
        set.validate(filters);
        List<Snapshot> candidates;
        if (ids.isEmpty()) {
            // Own snapshots, and those shared with the caller or public (createVolumePermission) [V].
            SnapshotOperations sharing = new SnapshotOperations(ctx);
            candidates = ctx.resources().snapshots.values().stream()
                    .filter(sharing::visible)
                    .toList();
        } else {
            candidates = new ArrayList<>();
            for (String id : new LinkedHashSet<>(ids)) {
                candidates.add(new SnapshotOperations(ctx).restorable(id));
            }
        }
        List<Snapshot> matching = candidates.stream()
                .filter(s -> ownerIds.isEmpty()
                        || ownerIds.stream()
                                .anyMatch(o -> o.equals(s.ownerId()) || (o.equals("self") && ctx.owns(s.ownerId()))))
                .filter(s -> set.matches(s, filters))
                .toList();
        return Page.of(matching, maxResults, nextToken);
    }

    /** DeleteSnapshot: refused while an AMI that is not deregistered uses it. */
    public void deleteSnapshot(String id) {
        Snapshot snap = ownSnapshot(id);
        Optional<Image> user = imageUsing(id);
        if (user.isPresent()) {
            throw Ec2Errors.snapshotInUse(id, user.get().id());
        }
        removeSnapshot(snap);
    }

    /** Every volume of the Region by id, read-only, for reporting attachments. */
    public Map<String, Volume> volumesById() {
        return Collections.unmodifiableMap(ctx.resources().volumes);
    }

    Optional<Image> imageUsing(String snapshotId) {
        return ctx.resources().images.values().stream()
                .filter(i -> !i.isDeregistered())
                .filter(i -> i.snapshotIds().contains(snapshotId))
                .findFirst();
    }

    void removeSnapshot(Snapshot snap) {
        snap.markDeleted();
        ctx.world().meter.close(snap.id(), UsageType.EBS_SNAPSHOT, ctx.now());
        ctx.resources().snapshots.remove(snap.id());
    }

    private Snapshot ownSnapshot(String id) {
        if (!ResourceIds.isSnapshotId(id)) {
            throw Ec2Errors.snapshotIdMalformed(id);
        }
        Snapshot snap = ctx.resources().snapshots.get(id);
        if (snap == null || snap.isDeleted() || !ctx.owns(snap.ownerId())) {
            throw Ec2Errors.snapshotNotFound(id);
        }
        return snap;
    }

    private static FilterSet<Volume> volumeFilters() {
        return FilterSet.withTags(Volume::tags)
                .addOne("volume-id", Volume::id)
                .addOne("status", v -> v.state().awsName())
                .addOne("size", v -> String.valueOf(v.sizeGib()))
                .addOne("volume-type", Volume::volumeType)
                .addOne("encrypted", v -> String.valueOf(v.encrypted()))
                .addOne("availability-zone", Volume::availabilityZone)
                .addOne("snapshot-id", v -> v.snapshotId().orElse(null))
                .addOne(
                        "attachment.instance-id",
                        v -> v.attachment().map(Volume.Attachment::instanceId).orElse(null))
                .addOne(
                        "attachment.device",
                        v -> v.attachment().map(Volume.Attachment::device).orElse(null))
                .addOne(
                        "attachment.status",
                        v -> v.attachment().map(a -> "attached").orElse(null))
                .addOne(
                        "attachment.delete-on-termination",
                        v -> v.attachment()
                                .map(a -> String.valueOf(a.deleteOnTermination()))
                                .orElse(null));
    }

    private FilterSet<Snapshot> snapshotFilters() {
        return FilterSet.withTags(Snapshot::tags)
                .addOne("snapshot-id", Snapshot::id)
                .addOne("status", s -> s.state().awsName())
                .addOne("owner-id", Snapshot::ownerId)
                .addOne("volume-id", s -> s.volumeId().orElse(null))
                .addOne("volume-size", s -> String.valueOf(s.sizeGib()))
                .addOne("encrypted", s -> String.valueOf(s.encrypted()))
                .addOne("description", Snapshot::description)
                .addOne("progress", s -> s.progress(ctx.now()));
    }
}
