package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ec2tutor.cloud.billing.Bill;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;

/** The On-Demand bill (issue 7, first part): what a learner's use of the account costs, through the SDK. */
class BillingTest {

    private final TestCloud t = TestCloud.seeded(7);

    private List<LineItem> lines(UsageType type) {
        return t.bill().items().stream().filter(i -> i.type() == type).toList();
    }

    private BigDecimal quantity(UsageType type) {
        return lines(type).stream().map(LineItem::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal cost(UsageType type) {
        return lines(type).stream().map(LineItem::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Launches a t3.micro and waits until it runs; pending time is not billed. */
    private String running() {
        String id = t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro"));
        t.advance(Duration.ofSeconds(30));
        assertThat(lines(UsageType.COMPUTE)).hasSize(1);
        return id;
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_EVEN);
    }

    @Test
    void pendingIsFreeAndRunningIsBilledPerSecondAtTheTypesRate() {
        t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro"));
        assertThat(lines(UsageType.COMPUTE)).as("nothing billed while pending").isEmpty();
        t.advance(Duration.ofSeconds(30));
        t.advance(Duration.ofHours(2));
        LineItem compute = lines(UsageType.COMPUTE).get(0);
        assertThat(compute.usageType()).isEqualTo("BoxUsage:t3.micro");
        assertThat(compute.unitPrice()).isEqualByComparingTo("0.0104");
        assertThat(compute.quantity())
                .as("running since the 30 s of pending ended")
                .isEqualByComparingTo("2");
        assertThat(compute.costUsd())
                .isEqualByComparingTo(
                        compute.quantity().multiply(new BigDecimal("0.0104")).setScale(6, RoundingMode.HALF_EVEN));
    }

    @Test
    void everyStartCostsAtLeastOneMinuteButARebootDoesNot() {
        String id = running();
        BigDecimal afterStart = quantity(UsageType.COMPUTE);
        assertThat(afterStart).as("a fresh start is billed its minute at once").isEqualByComparingTo(hours(60));
        t.ec2.rebootInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofSeconds(10));
        assertThat(quantity(UsageType.COMPUTE))
                .as("reboot keeps the same billing period")
                .isEqualByComparingTo(hours(60));

        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(2));
        t.ec2.startInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofSeconds(40));
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(5));
        assertThat(quantity(UsageType.COMPUTE))
                .as("two short runs: two minimums")
                .isEqualByComparingTo(hours(120));
        assertThat(lines(UsageType.COMPUTE)).as("one line per instance").hasSize(1);
    }

    @Test
    void aStoppedInstanceCostsOnlyItsStorage() {
        String id = running();
        t.advance(Duration.ofMinutes(59));
        t.ec2.stopInstances(b -> b.instanceIds(id));
        BigDecimal computeAtStop = quantity(UsageType.COMPUTE);
        BigDecimal ipAtStop = quantity(UsageType.PUBLIC_IPV4);
        BigDecimal storageAtStop = cost(UsageType.EBS_VOLUME);
        t.advance(Duration.ofDays(30));

        assertThat(computeAtStop).as("billed until stopping began").isEqualByComparingTo(hours(3540));
        assertThat(quantity(UsageType.COMPUTE)).isEqualByComparingTo(computeAtStop);
        assertThat(quantity(UsageType.PUBLIC_IPV4))
                .as("the address is released when the 60 s of stopping end")
                .isEqualByComparingTo(ipAtStop.add(hours(60)));
        assertThat(cost(UsageType.EBS_VOLUME)).as("storage keeps costing").isGreaterThan(storageAtStop);
        LineItem volume = lines(UsageType.EBS_VOLUME).get(0);
        int size = t.ec2.describeVolumes(b -> b.volumeIds(volume.resourceId()))
                .volumes()
                .get(0)
                .size();
        // The volume exists from launch: 30 s pending, 59 min running, then 30 days stopped, prorated by 30 days.
        BigDecimal expectedGbMonths = BigDecimal.valueOf(size)
                .multiply(BigDecimal.valueOf(30 + 3540 + 30 * 86400))
                .divide(BigDecimal.valueOf(30 * 86400), 6, RoundingMode.HALF_EVEN);
        assertThat(volume.usageType())
                .isEqualTo("EBS:VolumeUsage."
                        + t.ec2.describeVolumes(b -> b.volumeIds(volume.resourceId()))
                                .volumes()
                                .get(0)
                                .volumeTypeAsString());
        assertThat(volume.quantity()).isEqualByComparingTo(expectedGbMonths);
    }

    @Test
    void aHibernatingInstanceIsBilledUntilItHasSavedItsMemory() {
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType("t3.micro")
                        .hibernationOptions(h -> h.configured(true))
                        .blockDeviceMappings(BlockDeviceMapping.builder()
                                .deviceName("/dev/xvda")
                                .ebs(e -> e.volumeSize(10).encrypted(true))
                                .build()));
        t.advance(Duration.ofSeconds(30));
        t.advance(Duration.ofMinutes(10));
        BigDecimal before = quantity(UsageType.COMPUTE);
        t.ec2.stopInstances(b -> b.instanceIds(id).hibernate(true));
        t.advance(Duration.ofMinutes(10));
        BigDecimal hibernating = quantity(UsageType.COMPUTE).subtract(before);
        assertThat(hibernating).as("the time spent saving RAM is billed").isPositive();
        t.advance(Duration.ofDays(3));
        assertThat(quantity(UsageType.COMPUTE))
                .as("nothing while hibernated")
                .isEqualByComparingTo(before.add(hibernating));
    }

    @Test
    void terminationEndsComputeAndDeletesTheRootVolumesCharge() {
        String id = running();
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(5));
        BigDecimal storage = quantity(UsageType.EBS_VOLUME);
        BigDecimal compute = quantity(UsageType.COMPUTE);
        t.advance(Duration.ofDays(10));
        assertThat(quantity(UsageType.EBS_VOLUME)).isEqualByComparingTo(storage);
        assertThat(quantity(UsageType.COMPUTE)).isEqualByComparingTo(compute).isEqualByComparingTo(hours(60));
    }

    @Test
    void snapshotsOfAnImageCostUntilTheyAreDeleted() {
        String id = running();
        String image = t.ec2.createImage(b -> b.instanceId(id).name("web").noReboot(true))
                .imageId();
        t.advance(Duration.ofDays(1));
        assertThat(lines(UsageType.EBS_SNAPSHOT)).hasSize(1);
        String snap = lines(UsageType.EBS_SNAPSHOT).get(0).resourceId();
        t.ec2.deregisterImage(b -> b.imageId(image));
        t.ec2.deleteSnapshot(b -> b.snapshotId(snap));
        BigDecimal atDelete = quantity(UsageType.EBS_SNAPSHOT);
        t.advance(Duration.ofDays(5));
        assertThat(quantity(UsageType.EBS_SNAPSHOT)).isPositive().isEqualByComparingTo(atDelete);
    }

    @Test
    void aWindowBillsOnlyTheUseInsideIt() {
        running();
        t.advance(Duration.ofHours(5));
        Instant from = t.cloud.now().minus(Duration.ofHours(2));
        Bill window = t.cloud.transact(
                () -> t.cloud.ec2World().bill(t.cloud.accounts().learner().id(), from, from.plus(Duration.ofHours(1))));
        LineItem compute = window.items().stream()
                .filter(i -> i.type() == UsageType.COMPUTE)
                .findFirst()
                .orElseThrow();
        assertThat(compute.quantity()).isEqualByComparingTo("1");
        assertThat(window.totalUsd())
                .isEqualByComparingTo(
                        window.items().stream().map(LineItem::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void theSameSeedAndCallsGiveTheSameBill() {
        BillingTest other = new BillingTest();
        for (BillingTest run : List.of(this, other)) {
            String id = run.running();
            run.t.advance(Duration.ofHours(3));
            run.t.ec2.stopInstances(b -> b.instanceIds(id));
            run.t.advance(Duration.ofDays(2));
        }
        assertThat(other.t.bill().items()).isEqualTo(t.bill().items());
        assertThat(t.bill().totalUsd()).isPositive();
    }

    @Test
    void windowsPaysTheLinuxRatePlusItsLicencePerVcpu() {
        String small = t.launch(t.ec2, b -> b.imageId(TestCloud.WINDOWS).instanceType("t3.micro"));
        String large = t.launch(t.ec2, b -> b.imageId(TestCloud.WINDOWS).instanceType("m5.large"));
        t.advance(Duration.ofMinutes(5));
        t.advance(Duration.ofHours(1));
        List<LineItem> windows = lines(UsageType.WINDOWS_COMPUTE);
        assertThat(windows)
                .extracting(LineItem::usageType)
                .containsExactlyInAnyOrder("BoxUsage:t3.micro", "BoxUsage:m5.large");
        assertThat(windows)
                .filteredOn(l -> l.resourceId().equals(small))
                .first()
                .satisfies(l -> assertThat(l.unitPrice()).isEqualByComparingTo("0.0196"));
        assertThat(windows)
                .filteredOn(l -> l.resourceId().equals(large))
                .first()
                .satisfies(l -> assertThat(l.unitPrice()).isEqualByComparingTo("0.188"));
        assertThat(lines(UsageType.COMPUTE)).isEmpty();
    }
}
