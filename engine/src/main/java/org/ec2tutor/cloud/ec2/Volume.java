package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.guest.Disk;

/** An EBS volume. Mutable through the operations of this package only. */
public final class Volume {

    /** The volume's attachment to an instance. */
    public record Attachment(String instanceId, String device, Instant attachTime, boolean deleteOnTermination) {
        Attachment withDeleteOnTermination(boolean value) {
            return new Attachment(instanceId, device, attachTime, value);
        }
    }

    private final String id;
    private final AccountId owner;
    private final String availabilityZone;
    private final int sizeGib;
    private final String volumeType;
    private final boolean encrypted;
    private final Optional<String> snapshotId;
    private final Instant createTime;
    private final Tags tags = new Tags();
    private final Disk disk;
    private VolumeState state;
    private Optional<Attachment> attachment = Optional.empty();

    Volume(
            String id,
            AccountId owner,
            String availabilityZone,
            int sizeGib,
            String volumeType,
            boolean encrypted,
            Optional<String> snapshotId,
            Instant createTime,
            Disk disk) {
        this.disk = disk;
        this.id = id;
        this.owner = owner;
        this.availabilityZone = availabilityZone;
        this.sizeGib = sizeGib;
        this.volumeType = volumeType;
        this.encrypted = encrypted;
        this.snapshotId = snapshotId;
        this.createTime = createTime;
        this.state = VolumeState.AVAILABLE;
    }

    public String id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public String availabilityZone() {
        return availabilityZone;
    }

    public int sizeGib() {
        return sizeGib;
    }

    public String volumeType() {
        return volumeType;
    }

    public boolean encrypted() {
        return encrypted;
    }

    public Optional<String> snapshotId() {
        return snapshotId;
    }

    public Instant createTime() {
        return createTime;
    }

    public Tags tags() {
        return tags;
    }

    public VolumeState state() {
        return state;
    }
    /** The files, packages and enabled services on this volume. */
    public Disk disk() {
        return disk;
    }

    public Optional<Attachment> attachment() {
        return attachment;
    }

    /** IOPS as AWS reports them: gp3 baseline 3000; gp2 3 per GiB, at least 100. */
    public int iops() {
        return volumeType.equals("gp2") ? Math.max(100, Math.min(16000, 3 * sizeGib)) : 3000;
    }

    void attach(Attachment a) {
        attachment = Optional.of(a);
        state = VolumeState.IN_USE;
    }

    void detach() {
        attachment = Optional.empty();
        state = VolumeState.AVAILABLE;
    }

    void setDeleteOnTermination(boolean value) {
        attachment = attachment.map(a -> a.withDeleteOnTermination(value));
    }

    void markDeleted() {
        attachment = Optional.empty();
        state = VolumeState.DELETED;
    }
}
