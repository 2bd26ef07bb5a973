package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.guest.Disk;

/** An EBS snapshot: of a volume (CreateImage) or of a public image's root (owned by the image owner). */
public final class Snapshot {

    private final String id;
    private final String ownerId;
    private final Optional<String> volumeId;
    private final int sizeGib;
    private final boolean encrypted;
    private final String description;
    private final Instant startTime;
    private final Instant completesAt;
    private final Tags tags = new Tags();
    private final Disk disk;
    private SnapshotState state;
    private boolean deleted;
    private Optional<String> kmsKeyId = Optional.empty();
    /** ModifySnapshotAttribute createVolumePermission: the accounts it is shared with, and whether it is public. */
    private final Set<String> sharedWith = new LinkedHashSet<>();

    private boolean isPublic;

    Snapshot(
            String id,
            String ownerId,
            Optional<String> volumeId,
            int sizeGib,
            boolean encrypted,
            String description,
            Instant startTime,
            Instant completesAt,
            Disk disk) {
        this.disk = disk;
        this.id = id;
        this.ownerId = ownerId;
        this.volumeId = volumeId;
        this.sizeGib = sizeGib;
        this.encrypted = encrypted;
        this.description = description;
        this.startTime = startTime;
        this.completesAt = completesAt;
        this.state = completesAt.isAfter(startTime) ? SnapshotState.PENDING : SnapshotState.COMPLETED;
    }

    public String id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public Optional<String> volumeId() {
        return volumeId;
    }

    public int sizeGib() {
        return sizeGib;
    }

    public boolean encrypted() {
        return encrypted;
    }

    public String description() {
        return description;
    }

    public Instant startTime() {
        return startTime;
    }

    public Tags tags() {
        return tags;
    }
    /** What the volume held when the snapshot was taken (a copy; restoring copies it again). */
    public Disk disk() {
        return disk;
    }

    public SnapshotState state() {
        return state;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** Progress as AWS reports it, "0%" to "100%", from the simulated time elapsed. */
    public String progress(Instant now) {
        if (state == SnapshotState.COMPLETED) {
            return "100%";
        }
        long total = Duration.between(startTime, completesAt).toMillis();
        long done = Math.max(0, Duration.between(startTime, now).toMillis());
        return Math.min(99, total == 0 ? 100 : done * 100 / total) + "%";
    }

    /** The KMS key of an encrypted snapshot (an ARN). */
    public Optional<String> kmsKeyId() {
        return kmsKeyId;
    }

    /** The accounts given createVolumePermission, in the order added. */
    public Set<String> sharedWith() {
        return Collections.unmodifiableSet(sharedWith);
    }

    /** Whether createVolumePermission has group {@code all}. */
    public boolean isPublic() {
        return isPublic;
    }

    /** When it completes (or completed). */
    public Instant completionTime() {
        return completesAt;
    }

    void setKmsKeyId(Optional<String> value) {
        kmsKeyId = value;
    }

    void share(String accountId) {
        sharedWith.add(accountId);
    }

    void unshare(String accountId) {
        sharedWith.remove(accountId);
    }

    void setPublic(boolean value) {
        isPublic = value;
    }

    Instant completesAt() {
        return completesAt;
    }

    void complete() {
        if (state == SnapshotState.PENDING) {
            state = SnapshotState.COMPLETED;
        }
    }

    void markDeleted() {
        deleted = true;
    }
}
