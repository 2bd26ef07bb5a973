package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeModification;

/** EBS volumes through the SDK (issue 22): their states over simulated time, AWS's refusals and their bill. */
class VolumesTest {

    private final TestCloud t = TestCloud.seeded(22);

    private Volume volume(String id) {
        return t.ec2.describeVolumes(b -> b.volumeIds(id)).volumes().get(0);
    }

    private String create(Consumer<CreateVolumeRequest.Builder> request) {
        return t.ec2.createVolume(b -> {
                    b.availabilityZone("us-east-1a");
                    request.accept(b);
                })
                .volumeId();
    }

    /** A running instance and an available 10 GiB gp3 volume in its zone. */
    private String[] instanceAndVolume() {
        String instance = t.launchRunning();
        String zone = t.describe(instance).placement().availabilityZone();
        String volume = t.ec2.createVolume(
                        b -> b.availabilityZone(zone).size(10).volumeType("gp3"))
                .volumeId();
        t.advance(Duration.ofSeconds(5));
        return new String[] {instance, volume};
    }

    private List<LineItem> storage() {
        return t.bill().items().stream()
                .filter(i -> i.type() == UsageType.EBS_VOLUME)
                .toList();
    }

    @Test
    void aNewVolumeIsCreatingThenAvailableWithItsTypesDefaults() {
        var created = t.ec2.createVolume(
                b -> b.availabilityZone("us-east-1a").size(100).volumeType("gp3"));
        assertThat(created.stateAsString()).isEqualTo("creating");
        assertThat(created.iops()).isEqualTo(3000);
        assertThat(created.throughput()).isEqualTo(125);
        assertThat(created.encrypted()).isFalse();
        t.advance(Duration.ofSeconds(5));
        assertThat(volume(created.volumeId()).stateAsString()).isEqualTo("available");

        // No type: gp2, whose IOPS are 3 per GiB with at least 100 (the CLI example: 80 GiB, 240 IOPS).
        Volume gp2 = volume(create(b -> b.size(80)));
        assertThat(gp2.volumeTypeAsString()).isEqualTo("gp2");
        assertThat(gp2.iops()).isEqualTo(240);
        assertThat(gp2.throughput()).isNull();
        Volume io2 = volume(create(b -> b.size(50).volumeType("io2").iops(20000)));
        assertThat(io2.iops()).isEqualTo(20000);
        Volume st1 = volume(create(b -> b.size(500).volumeType("st1")));
        assertThat(st1.iops()).as("HDD volumes have no IOPS setting").isNull();
    }

    static Stream<Arguments> refusedVolumes() {
        return Stream.of(
                Arguments.of(
                        "gp3 above 64 TiB",
                        (Consumer<CreateVolumeRequest.Builder>)
                                b -> b.volumeType("gp3").size(65537),
                        "InvalidParameterValue",
                        "Volume of 65537GiB is out of range for volumeType gp3: size must be between 1 and 65536 GiB."),
                Arguments.of(
                        "st1 below 125 GiB",
                        (Consumer<CreateVolumeRequest.Builder>)
                                b -> b.volumeType("st1").size(100),
                        "InvalidParameterValue",
                        "Volume of 100GiB is out of range for volumeType st1: size must be between 125 and 16384 GiB."),
                Arguments.of(
                        "standard above 1 TiB",
                        (Consumer<CreateVolumeRequest.Builder>)
                                b -> b.volumeType("standard").size(2000),
                        "InvalidParameterValue",
                        "Volume of 2000GiB is out of range for volumeType standard: size must be between 1 and 1024 "
                                + "GiB."),
                Arguments.of(
                        "throughput on io1",
                        (Consumer<CreateVolumeRequest.Builder>)
                                b -> b.volumeType("io1").size(100).iops(1000).throughput(250),
                        "InvalidParameterCombination",
                        "throughput can only be specified for volumeType gp3."),
                Arguments.of(
                        "io2 without iops",
                        (Consumer<CreateVolumeRequest.Builder>)
                                b -> b.volumeType("io2").size(100),
                        "InvalidParameterCombination",
                        "The parameter iops must be specified for io2 volumes."),
                Arguments.of(
                        "iops on gp2",
                        (Consumer<CreateVolumeRequest.Builder>)
                                b -> b.volumeType("gp2").size(100).iops(3000),
                        "InvalidParameterCombination",
                        "The parameter iops is not supported for gp2 volumes."),
                Arguments.of(
                        "gp3 above 500 IOPS per GiB",
                        (Consumer<CreateVolumeRequest.Builder>)
                                b -> b.volumeType("gp3").size(8).iops(6000),
                        "InvalidParameterValue",
                        "Iops to volume size ratio of 750.000000 is too high; maximum is 500"),
                Arguments.of(
                        "io1 above 64,000 IOPS",
                        (Consumer<CreateVolumeRequest.Builder>)
                                b -> b.volumeType("io1").size(16000).iops(70000),
                        "InvalidParameterValue",
                        "Volume iops of 70000 is out of range for volumeType io1: iops must be between 100 and 64000."),
                Arguments.of(
                        "unknown type",
                        (Consumer<CreateVolumeRequest.Builder>)
                                b -> b.volumeType("gp4").size(10),
                        "InvalidParameterValue",
                        "Invalid value 'gp4' for volumeType."),
                Arguments.of(
                        "a key without Encrypted",
                        (Consumer<CreateVolumeRequest.Builder>) b -> b.size(10).kmsKeyId("alias/mine"),
                        "InvalidParameterDependency",
                        "The parameter KmsKeyId requires the parameter Encrypted to be set."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedVolumes")
    void createVolumeRefusesWhatAwsRefuses(
            String name, Consumer<CreateVolumeRequest.Builder> request, String code, String text) {
        var e = awsError(code, () -> create(request));
        assertThat(message(e)).isEqualTo(text);
        assertThat(t.ec2.describeVolumes(b -> {}).volumes())
                .as("nothing created")
                .noneMatch(v -> v.availabilityZone().equals("us-east-1a")
                        && v.attachments().isEmpty());
    }

    @Test
    void attachingAndDetachingMoveThroughTheirStatesAndTheInstanceSeesTheVolume() {
        String[] ids = instanceAndVolume();
        var attached =
                t.ec2.attachVolume(b -> b.volumeId(ids[1]).instanceId(ids[0]).device("/dev/sdf"));
        assertThat(attached.stateAsString()).isEqualTo("attaching");
        assertThat(volume(ids[1]).stateAsString()).isEqualTo("in-use");
        t.advance(Duration.ofSeconds(5));
        assertThat(volume(ids[1]).attachments().get(0).stateAsString()).isEqualTo("attached");
        assertThat(t.describe(ids[0]).blockDeviceMappings())
                .anyMatch(m ->
                        m.deviceName().equals("/dev/sdf") && m.ebs().volumeId().equals(ids[1]));

        var detached = t.ec2.detachVolume(b -> b.volumeId(ids[1]));
        assertThat(detached.stateAsString()).isEqualTo("detaching");
        t.advance(Duration.ofSeconds(10));
        assertThat(volume(ids[1]).stateAsString()).isEqualTo("available");
        assertThat(volume(ids[1]).attachments()).isEmpty();
        assertThat(t.describe(ids[0]).blockDeviceMappings())
                .noneMatch(m -> m.deviceName().equals("/dev/sdf"));
    }

    @Test
    void attachAndDetachRefuseAsAwsDoes() {
        String[] ids = instanceAndVolume();
        String instance = ids[0];
        String vol = ids[1];
        String otherZone =
                t.describe(instance).placement().availabilityZone().equals("us-east-1a") ? "us-east-1b" : "us-east-1a";
        String far =
                t.ec2.createVolume(b -> b.availabilityZone(otherZone).size(10)).volumeId();
        t.advance(Duration.ofSeconds(5));
        assertThat(message(awsError(
                        "InvalidVolume.ZoneMismatch",
                        () -> t.ec2.attachVolume(
                                b -> b.volumeId(far).instanceId(instance).device("/dev/sdg")))))
                .isEqualTo(
                        "The volume '" + far + "' is not in the same availability zone as instance '" + instance + "'");
        assertThat(message(awsError(
                        "InvalidParameterValue",
                        () -> t.ec2.attachVolume(
                                b -> b.volumeId(vol).instanceId(instance).device("/dev/sdk1")))))
                .isEqualTo("Value (/dev/sdk1) for parameter device is invalid. /dev/sdk1 is not a valid EBS device "
                        + "name.");
        assertThat(message(awsError(
                        "InvalidParameterValue",
                        () -> t.ec2.attachVolume(
                                b -> b.volumeId(vol).instanceId(instance).device("/dev/xvda")))))
                .isEqualTo("Invalid value '/dev/xvda' for unixDevice. Attachment point /dev/xvda is already in use");
        assertThat(message(awsError("IncorrectState", () -> t.ec2.detachVolume(b -> b.volumeId(vol)))))
                .isEqualTo("Volume '" + vol + "' is in the 'available' state.");

        t.ec2.attachVolume(b -> b.volumeId(vol).instanceId(instance).device("/dev/sdf"));
        assertThat(message(awsError("VolumeInUse", () -> t.ec2.deleteVolume(b -> b.volumeId(vol)))))
                .isEqualTo("Volume " + vol + " is currently attached to " + instance);
        awsError(
                "VolumeInUse",
                () -> t.ec2.attachVolume(
                        b -> b.volumeId(vol).instanceId(instance).device("/dev/sdg")));
        String root = t.describe(instance).blockDeviceMappings().get(0).ebs().volumeId();
        awsError("IncorrectState", () -> t.ec2.detachVolume(b -> b.volumeId(root)));
        awsError(
                "InvalidVolume.NotFound",
                () -> t.ec2.attachVolume(b ->
                        b.volumeId("vol-0123456789abcdef0").instanceId(instance).device("/dev/sdh")));

        String creating =
                t.ec2.createVolume(b -> b.availabilityZone(otherZone).size(1)).volumeId();
        assertThat(message(awsError("IncorrectState", () -> t.ec2.deleteVolume(b -> b.volumeId(creating)))))
                .isEqualTo("Volume '" + creating + "' is in the 'creating' state.");
    }

    @Test
    void aDeletedVolumeIsDeletingThenGoneAndNoLongerBilled() {
        String vol = create(b -> b.size(100).volumeType("gp3"));
        t.advance(Duration.ofDays(15));
        t.ec2.deleteVolume(b -> b.volumeId(vol));
        assertThat(volume(vol).stateAsString()).isEqualTo("deleting");
        t.advance(Duration.ofSeconds(10));
        assertThat(message(awsError("InvalidVolume.NotFound", () -> volume(vol))))
                .isEqualTo("The volume '" + vol + "' does not exist.");
        t.advance(Duration.ofDays(15));
        // 100 GiB for half of a 30-day month at the gp3 rate.
        LineItem line = storage().get(0);
        assertThat(line.usageType()).isEqualTo("EBS:VolumeUsage.gp3");
        assertThat(line.quantity()).isEqualByComparingTo("50");
        assertThat(line.costUsd()).isEqualByComparingTo("4.00");
    }

    @Test
    void eachTypeIsBilledAtItsOwnRate() {
        create(b -> b.size(100).volumeType("io1").iops(1000));
        create(b -> b.size(200).volumeType("sc1"));
        t.advance(Duration.ofDays(30));
        assertThat(storage())
                .extracting(LineItem::usageType, LineItem::costUsd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("EBS:VolumeUsage.io1", new BigDecimal("12.500000")),
                        org.assertj.core.groups.Tuple.tuple("EBS:VolumeUsage.sc1", new BigDecimal("3.000000")));
    }

    private List<LineItem> performance() {
        return t.bill().items().stream()
                .filter(i -> i.type() == UsageType.EBS_IOPS || i.type() == UsageType.EBS_THROUGHPUT)
                .toList();
    }

    @Test
    void provisionedIopsAndThroughputAreBilledBeyondWhatTheStorageIncludes() {
        create(b -> b.size(100).volumeType("io1").iops(1000));
        create(b -> b.size(100).volumeType("io2").iops(70000));
        create(b -> b.size(100).volumeType("gp3").iops(6000).throughput(250));
        create(b -> b.size(100).volumeType("gp3"));
        create(b -> b.size(100).volumeType("gp2"));
        t.advance(Duration.ofDays(30));
        // A 30-day month of each: io1 every IOPS at $0.065; io2 in bands of 32,000 at $0.065, $0.0455, $0.032; gp3
        // the 3,000 IOPS above the included 3,000 at $0.005 and the 125 MiB/s above 125 at $0.04. Default gp3 and gp2
        // pay for storage only.
        assertThat(performance())
                .extracting(LineItem::usageType, LineItem::quantity, LineItem::costUsd)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "EBS:VolumeP-IOPS.piops", new BigDecimal("1000.000000"), new BigDecimal("65.000000")),
                        org.assertj.core.groups.Tuple.tuple(
                                "EBS:VolumeP-IOPS.io2", new BigDecimal("32000.000000"), new BigDecimal("2080.000000")),
                        org.assertj.core.groups.Tuple.tuple(
                                "EBS:VolumeP-IOPS.io2.tier2",
                                new BigDecimal("32000.000000"),
                                new BigDecimal("1456.000000")),
                        org.assertj.core.groups.Tuple.tuple(
                                "EBS:VolumeP-IOPS.io2.tier3",
                                new BigDecimal("6000.000000"),
                                new BigDecimal("192.000000")),
                        org.assertj.core.groups.Tuple.tuple(
                                "EBS:VolumeP-IOPS.gp3", new BigDecimal("3000.000000"), new BigDecimal("15.000000")),
                        org.assertj.core.groups.Tuple.tuple(
                                "EBS:VolumeP-Throughput.gp3",
                                new BigDecimal("125.000000"),
                                new BigDecimal("5.000000")));
        assertThat(performance()).extracting(LineItem::unit).contains("IOPS-Mo", "MiBps-Mo");
    }

    @Test
    void moreIopsAreBilledFromWhenTheModificationTakesEffectAndNoneAfterDeletion() {
        String vol = create(b -> b.size(100).volumeType("gp3"));
        t.advance(Duration.ofSeconds(5));
        assertThat(performance())
                .as("gp3's included 3,000 IOPS cost nothing extra")
                .isEmpty();
        t.ec2.modifyVolume(b -> b.volumeId(vol).iops(4000));
        t.advance(Duration.ofMinutes(1));
        t.advance(Duration.ofDays(15));
        t.ec2.deleteVolume(b -> b.volumeId(vol));
        t.advance(Duration.ofDays(15));
        // 1,000 IOPS above the included ones for 15 days of a 30-day month: 500 IOPS-months at $0.005.
        assertThat(performance()).singleElement().satisfies(line -> {
            assertThat(line.usageType()).isEqualTo("EBS:VolumeP-IOPS.gp3");
            assertThat(line.costUsd()).isEqualByComparingTo("2.50");
        });
    }

    @Test
    void aModificationIsModifyingThenOptimizingThenCompletedAndTheNewSizeIsBilledFromOptimizing() {
        String vol = create(b -> b.size(100).volumeType("gp2"));
        t.advance(Duration.ofSeconds(5));
        VolumeModification m = t.ec2.modifyVolume(b -> b.volumeId(vol).size(200).volumeType("gp3"))
                .volumeModification();
        assertThat(m.modificationStateAsString()).isEqualTo("modifying");
        assertThat(m.originalSize()).isEqualTo(100);
        assertThat(m.targetSize()).isEqualTo(200);
        assertThat(m.targetIops()).as("a switch to gp3 without IOPS gets 3,000").isEqualTo(3000);
        assertThat(m.targetThroughput()).isEqualTo(125);
        assertThat(message(awsError(
                        "IncorrectState",
                        () -> t.ec2.modifyVolume(b -> b.volumeId(vol).size(300)))))
                .isEqualTo("Volume '" + vol + "' is being modified; wait until its modification is completed.");

        t.advance(Duration.ofMinutes(1));
        assertThat(state(vol)).isEqualTo("optimizing");
        assertThat(volume(vol).size()).as("the size applies once optimizing").isEqualTo(200);
        assertThat(volume(vol).volumeTypeAsString()).isEqualTo("gp3");
        t.advance(Duration.ofMinutes(10));
        var done = t.ec2.describeVolumesModifications(b -> b.volumeIds(vol))
                .volumesModifications()
                .get(0);
        assertThat(done.modificationStateAsString()).isEqualTo("completed");
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.endTime()).isNotNull();
        assertThat(storage())
                .extracting(LineItem::usageType)
                .containsExactly("EBS:VolumeUsage.gp2", "EBS:VolumeUsage.gp3");
        assertThat(message(awsError(
                        "InvalidParameterValue",
                        () -> t.ec2.modifyVolume(b -> b.volumeId(vol).size(50)))))
                .isEqualTo("New size 50GiB cannot be smaller than existing size 200GiB.");
    }

    private String state(String vol) {
        return t.ec2.describeVolumesModifications(b -> b.volumeIds(vol))
                .volumesModifications()
                .get(0)
                .modificationStateAsString();
    }

    @Test
    void atMostFourModificationsPerVolumeInAnyRolling24Hours() {
        String vol = create(b -> b.size(10).volumeType("gp3"));
        t.advance(Duration.ofSeconds(5));
        for (int i = 1; i <= 4; i++) {
            int size = 10 + i;
            t.ec2.modifyVolume(b -> b.volumeId(vol).size(size));
            t.advance(Duration.ofMinutes(11));
        }
        var e = awsError(
                "VolumeModificationRateExceeded",
                () -> t.ec2.modifyVolume(b -> b.volumeId(vol).size(20)));
        assertThat(message(e)).startsWith("You've reached the maximum modification rate per volume limit.");
        t.advance(Duration.ofHours(24).minusMinutes(44));
        t.ec2.modifyVolume(b -> b.volumeId(vol).size(20));
        assertThat(state(vol)).isEqualTo("modifying");
    }
}
