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
    private int sizeGib;
    private String volumeType;
    private Optional<Integer> provisionedIops;
    private Optional<Integer> throughput;
    private Optional<String> kmsKeyId = Optional.empty();
    private AttachmentState attachmentState = AttachmentState.ATTACHED;
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
        // Launch-time volumes get their type's defaults: gp3, io1 and io2 3,000 IOPS, gp3 125 MiB/s.
        EbsVolumeType type = EbsVolumeType.of(volumeType);
        this.provisionedIops =
                type.takesIops() ? Optional.of(EbsVolumeType.DEFAULT_PROVISIONED_IOPS) : Optional.empty();
        this.throughput = type.takesThroughput() ? Optional.of(EbsVolumeType.GP3_THROUGHPUT_DEFAULT) : Optional.empty();
    }

    /** Where an attachment stands: AttachVolume answers {@code attaching}, DetachVolume {@code detaching} [V]. */
    public enum AttachmentState {
        ATTACHING("attaching"),
        ATTACHED("attached"),
        DETACHING("detaching");

        private final String awsName;

        AttachmentState(String awsName) {
            this.awsName = awsName;
        }

        public String awsName() {
            return awsName;
        }
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

    /** IOPS as DescribeVolumes reports them: provisioned (gp3, io1, io2), gp2's baseline, none for HDD types. */
    public Optional<Integer> iops() {
        return EbsVolumeType.of(volumeType).reportedIops(sizeGib, provisionedIops);
    }

    /** gp3's throughput in MiB/s; empty for the other types. */
    public Optional<Integer> throughput() {
        return throughput;
    }

    /** The KMS key of an encrypted volume (an ARN). */
    public Optional<String> kmsKeyId() {
        return kmsKeyId;
    }

    public AttachmentState attachmentState() {
        return attachmentState;
    }

    void setState(VolumeState value) {
        state = value;
    }

    void setKmsKeyId(Optional<String> value) {
        kmsKeyId = value;
    }

    void setAttachmentState(AttachmentState value) {
        attachmentState = value;
    }

    /** Takes on a modification's target: size, type, IOPS and throughput (ModifyVolume, once optimizing). */
    void reshape(int size, String type, Optional<Integer> iops, Optional<Integer> mibps) {
        sizeGib = size;
        volumeType = type;
        provisionedIops = iops;
        throughput = mibps;
    }

    void attach(Attachment a) {
        attachment = Optional.of(a);
        attachmentState = AttachmentState.ATTACHED;
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
