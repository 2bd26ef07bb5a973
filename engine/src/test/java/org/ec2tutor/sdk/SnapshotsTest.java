package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import java.util.List;
import org.ec2tutor.cloud.Accounts;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CopyTagsFromSource;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;
import software.amazon.awssdk.services.ec2.model.SnapshotBlockPublicAccessState;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** EBS snapshots through the SDK (issue 22): pending to completed, copies, sharing, and their bill. */
class SnapshotsTest {

    private final TestCloud t = TestCloud.seeded(23);

    private String volume(int sizeGib) {
        String id = t.ec2.createVolume(
                        b -> b.availabilityZone("us-east-1a").size(sizeGib).volumeType("gp3"))
                .volumeId();
        t.advance(Duration.ofSeconds(5));
        return id;
    }

    private static Snapshot snapshot(Ec2Client client, String id) {
        return client.describeSnapshots(b -> b.snapshotIds(id)).snapshots().get(0);
    }

    private String teammateId() {
        return Accounts.TEAMMATE.value();
    }

    private List<LineItem> snapshotLines() {
        return t.bill().items().stream()
                .filter(i -> i.type() == UsageType.EBS_SNAPSHOT)
                .toList();
    }

    @Test
    void aSnapshotIsPendingWithProgressThenCompleted() {
        String vol = volume(60);
        var created = t.ec2.createSnapshot(b -> b.volumeId(vol).description("before upgrade"));
        assertThat(created.stateAsString()).isEqualTo("pending");
        assertThat(created.progress()).isEqualTo("0%");
        assertThat(created.volumeSize()).isEqualTo(60);
        // Two minutes plus ten seconds per GiB: 12 minutes for 60 GiB.
        t.advance(Duration.ofMinutes(6));
        assertThat(snapshot(t.ec2, created.snapshotId()).progress()).isEqualTo("50%");
        t.advance(Duration.ofMinutes(6));
        Snapshot done = snapshot(t.ec2, created.snapshotId());
        assertThat(done.stateAsString()).isEqualTo("completed");
        assertThat(done.progress()).isEqualTo("100%");
        assertThat(done.volumeId()).isEqualTo(vol);
        assertThat(done.description()).isEqualTo("before upgrade");
    }

    @Test
    void atMostFivePendingSnapshotsPerVolume() {
        String vol = volume(10);
        for (int i = 0; i < 5; i++) {
            t.ec2.createSnapshot(b -> b.volumeId(vol));
        }
        assertThat(message(
                        awsError("ConcurrentSnapshotLimitExceeded", () -> t.ec2.createSnapshot(b -> b.volumeId(vol)))))
                .isEqualTo("Maximum allowed in-progress snapshots for a single volume exceeded.");
        awsError("InvalidVolume.NotFound", () -> t.ec2.createSnapshot(b -> b.volumeId("vol-0123456789abcdef0")));
    }

    @Test
    void createSnapshotsTakesEveryVolumeOfAnInstanceWithTheirTags() {
        String instance = t.launchRunning();
        String zone = t.describe(instance).placement().availabilityZone();
        String data = t.ec2.createVolume(b -> b.availabilityZone(zone)
                        .size(20)
                        .tagSpecifications(TagSpecification.builder()
                                .resourceType(ResourceType.VOLUME)
                                .tags(Tag.builder().key("Name").value("data").build())
                                .build()))
                .volumeId();
        t.advance(Duration.ofSeconds(5));
        t.ec2.attachVolume(b -> b.volumeId(data).instanceId(instance).device("/dev/sdf"));
        var snaps = t.ec2.createSnapshots(b -> b.instanceSpecification(s -> s.instanceId(instance))
                        .copyTagsFromSource(CopyTagsFromSource.VOLUME)
                        .description("nightly"))
                .snapshots();
        assertThat(snaps).hasSize(2);
        assertThat(snaps.get(1).volumeId()).isEqualTo(data);
        assertThat(snaps.get(1).tags())
                .containsExactly(Tag.builder().key("Name").value("data").build());
        assertThat(snaps)
                .allMatch(s ->
                        s.stateAsString().equals("pending") && s.description().equals("nightly"));
        var dataOnly = t.ec2.createSnapshots(
                        b -> b.instanceSpecification(s -> s.instanceId(instance).excludeBootVolume(true)))
                .snapshots();
        assertThat(dataOnly)
                .singleElement()
                .satisfies(s -> assertThat(s.volumeId()).isEqualTo(data));
    }

    @Test
    void aCopyInAnotherRegionIsPendingThenCompletedAndEncryptedWhenAsked() {
        String vol = volume(10);
        String snap = t.ec2.createSnapshot(b -> b.volumeId(vol)).snapshotId();
        Ec2Client ireland = t.in("default", "eu-west-1");
        awsError(
                "InvalidParameterValue",
                () -> ireland.copySnapshot(b -> b.sourceRegion("us-east-1").sourceSnapshotId(snap)));
        t.advance(Duration.ofMinutes(5));
        String copy = ireland.copySnapshot(
                        b -> b.sourceRegion("us-east-1").sourceSnapshotId(snap).encrypted(true))
                .snapshotId();
        Snapshot pending = snapshot(ireland, copy);
        assertThat(pending.stateAsString()).isEqualTo("pending");
        assertThat(pending.encrypted()).isTrue();
        assertThat(pending.kmsKeyId()).startsWith("arn:aws:kms:eu-west-1:");
        assertThat(pending.description()).isEqualTo("[Copied " + snap + " from us-east-1] ");
        t.advance(Duration.ofMinutes(10));
        assertThat(snapshot(ireland, copy).stateAsString()).isEqualTo("completed");
        awsError("InvalidSnapshot.NotFound", () -> snapshot(t.ec2, copy));
        assertThat(message(awsError(
                        "InvalidParameterDependency",
                        () -> ireland.copySnapshot(b -> b.sourceRegion("us-east-1")
                                .sourceSnapshotId(snap)
                                .kmsKeyId("alias/x")))))
                .isEqualTo("The parameter KmsKeyId requires the parameter Encrypted to be set.");
    }

    @Test
    void aSnapshotAnImageUsesCannotBeDeleted() {
        String image = t.availableImage("web-v1");
        String snap = t.image(image).blockDeviceMappings().get(0).ebs().snapshotId();
        assertThat(message(awsError("InvalidSnapshot.InUse", () -> t.ec2.deleteSnapshot(b -> b.snapshotId(snap)))))
                .isEqualTo("The snapshot " + snap + " is currently in use by " + image);
    }

    @Test
    void aSharedSnapshotCanBeRestoredByTheOtherAccountOnly() {
        String vol = volume(10);
        String snap = t.ec2.createSnapshot(b -> b.volumeId(vol)).snapshotId();
        t.advance(Duration.ofMinutes(5));
        awsError("InvalidSnapshot.NotFound", () -> snapshot(t.teammate, snap));
        t.ec2.modifySnapshotAttribute(b -> b.snapshotId(snap)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .createVolumePermission(p -> p.add(
                        CreateVolumePermission.builder().userId(teammateId()).build())));
        assertThat(t.ec2.describeSnapshotAttribute(
                                b -> b.snapshotId(snap).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION))
                        .createVolumePermissions())
                .containsExactly(
                        CreateVolumePermission.builder().userId(teammateId()).build());
        assertThat(snapshot(t.teammate, snap).ownerId()).isNotEqualTo(teammateId());
        String restored = t.teammate
                .createVolume(b -> b.availabilityZone("us-east-1b").snapshotId(snap))
                .volumeId();
        assertThat(t.teammate
                        .describeVolumes(b -> b.volumeIds(restored))
                        .volumes()
                        .get(0)
                        .size())
                .isEqualTo(10);
        awsError("InvalidSnapshot.NotFound", () -> snapshot(t.outsider, snap));
        awsError("InvalidSnapshot.NotFound", () -> t.teammate.deleteSnapshot(b -> b.snapshotId(snap)));
    }

    @Test
    void publicSharingIsRefusedForEncryptedSnapshotsAndUnderBlockPublicAccess() {
        String vol = volume(10);
        String snap = t.ec2.createSnapshot(b -> b.volumeId(vol)).snapshotId();
        t.advance(Duration.ofMinutes(5));
        assertThat(t.ec2.getSnapshotBlockPublicAccessState(b -> {}).state())
                .isEqualTo(SnapshotBlockPublicAccessState.UNBLOCKED);
        t.ec2.modifySnapshotAttribute(b -> b.snapshotId(snap)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .operationType("add")
                .groupNames("all"));
        assertThat(snapshot(t.outsider, snap).snapshotId()).as("public").isEqualTo(snap);

        // block-all-sharing makes existing public snapshots private; the attribute still says public.
        t.ec2.enableSnapshotBlockPublicAccess(b -> b.state(SnapshotBlockPublicAccessState.BLOCK_ALL_SHARING));
        awsError("InvalidSnapshot.NotFound", () -> snapshot(t.outsider, snap));
        assertThat(t.ec2.describeSnapshotAttribute(
                                b -> b.snapshotId(snap).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION))
                        .createVolumePermissions())
                .containsExactly(CreateVolumePermission.builder().group("all").build());
        String other = t.ec2.createSnapshot(b -> b.volumeId(vol)).snapshotId();
        awsError(
                "OperationNotPermitted",
                () -> t.ec2.modifySnapshotAttribute(b -> b.snapshotId(other)
                        .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                        .operationType("add")
                        .groupNames("all")));
        t.ec2.disableSnapshotBlockPublicAccess(b -> {});
        assertThat(snapshot(t.outsider, snap).snapshotId()).isEqualTo(snap);

        String encryptedVol = t.ec2.createVolume(
                        b -> b.availabilityZone("us-east-1a").size(10).encrypted(true))
                .volumeId();
        t.advance(Duration.ofSeconds(5));
        String encrypted = t.ec2.createSnapshot(b -> b.volumeId(encryptedVol)).snapshotId();
        awsError(
                "OperationNotPermitted",
                () -> t.ec2.modifySnapshotAttribute(b -> b.snapshotId(encrypted)
                        .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                        .operationType("add")
                        .groupNames("all")));
        awsError(
                "OperationNotPermitted",
                () -> t.ec2.modifySnapshotAttribute(b -> b.snapshotId(encrypted)
                        .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                        .operationType("add")
                        .userIds(teammateId())));
    }

    @Test
    void aSnapshotIsBilledPerGbMonthUntilDeleted() {
        String vol = volume(40);
        String snap = t.ec2.createSnapshot(b -> b.volumeId(vol)).snapshotId();
        t.advance(Duration.ofDays(15));
        t.ec2.deleteSnapshot(b -> b.snapshotId(snap));
        t.advance(Duration.ofDays(15));
        LineItem line = snapshotLines().get(0);
        assertThat(line.resourceId()).isEqualTo(snap);
        assertThat(line.usageType()).isEqualTo("EBS:SnapshotUsage");
        // 40 GiB for half a month at $0.05 per GB-month.
        assertThat(line.quantity()).isEqualByComparingTo("20");
        assertThat(line.costUsd()).isEqualByComparingTo("1.00");
    }

    @Test
    void aVolumeFromASnapshotHoldsItsSizeUnlessLarger() {
        String vol = volume(30);
        String snap = t.ec2.createSnapshot(b -> b.volumeId(vol)).snapshotId();
        assertThat(message(awsError(
                        "InvalidParameterValue",
                        () -> t.ec2.createVolume(
                                b -> b.availabilityZone("us-east-1a").snapshotId(snap)))))
                .isEqualTo("Snapshot " + snap + " is not in the 'completed' state.");
        t.advance(Duration.ofMinutes(10));
        var restored = t.ec2.createVolume(b -> b.availabilityZone("us-east-1a").snapshotId(snap));
        assertThat(restored.size()).isEqualTo(30);
        assertThat(restored.snapshotId()).isEqualTo(snap);
        awsError(
                "InvalidBlockDeviceMapping",
                () -> t.ec2.createVolume(
                        b -> b.availabilityZone("us-east-1a").snapshotId(snap).size(20)));
    }
}
