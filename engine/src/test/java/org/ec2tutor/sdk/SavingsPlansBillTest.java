package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import org.ec2tutor.cloud.billing.Bill;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlanOffering;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlanOfferingFilterElement;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlansClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Savings Plans on the bill, against bills computed by hand from the price table: m5.large $0.096, c5.large $0.085
 * On-Demand in us-east-1, eu-west-1 1.1 times that; a 1-year No Upfront Compute plan takes 26% off (m5.large
 * $0.07104, c5.large $0.0629), an EC2 Instance plan 37% (m5.large $0.06048). Every bill is read over two whole clock
 * hours in which the instances run throughout.
 */
class SavingsPlansBillTest {

    private final TestCloud t = TestCloud.seeded(23);
    private final SavingsPlansClient plans = (SavingsPlansClient) SimulatedAws.on(t.cloud)
            .client(SimulatedServices.find("savingsplans").orElseThrow(), "default", "us-east-1");
    private Instant from;

    @BeforeEach
    void noon() {
        // Start the two billed hours on the next whole hour but one, after everything below has launched.
        from = t.cloud.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
    }

    private String offering(String planType, String family, String region) {
        List<SavingsPlanOffering> found = plans.describeSavingsPlansOfferings(b -> {
                    b.planTypes(planType).paymentOptions("No Upfront").durations(31_536_000L);
                    if (family != null) {
                        b.filters(
                                SavingsPlanOfferingFilterElement.builder()
                                        .name("instanceFamily")
                                        .values(family)
                                        .build(),
                                SavingsPlanOfferingFilterElement.builder()
                                        .name("region")
                                        .values(region)
                                        .build());
                    }
                })
                .searchResults();
        assertThat(found).hasSize(1);
        return found.get(0).offeringId();
    }

    private void buy(String offeringId, String commitment) {
        plans.createSavingsPlan(b -> b.savingsPlanOfferingId(offeringId).commitment(commitment));
    }

    private String launch(String type, String region) {
        return t.launch(
                t.in("default", region),
                b -> b.imageId("resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")
                        .instanceType(type));
    }

    /** The two billed hours. */
    private Bill bill() {
        t.advance(Duration.between(t.cloud.now(), from.plus(Duration.ofHours(2))));
        return t.cloud.transact(
                () -> t.cloud.ec2World().bill(t.cloud.accounts().learner().id(), from, from.plus(Duration.ofHours(2))));
    }

    private static BigDecimal sum(Bill bill, Predicate<LineItem> which, boolean quantity) {
        return bill.items().stream()
                .filter(which)
                .map(quantity ? LineItem::quantity : LineItem::costUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Predicate<LineItem> compute(String type, String purchaseType) {
        return i -> i.type() == UsageType.COMPUTE
                && i.detail().equals(type)
                && i.purchaseType().equals(purchaseType);
    }

    private static boolean unused(LineItem i) {
        return i.type() == UsageType.SAVINGS_PLAN_UNUSED;
    }

    @Test
    void aComputePlanCoversTwoFamiliesAndTheUnusedCommitmentIsBilled() {
        buy(offering("Compute", null, null), "0.15");
        launch("m5.large", "us-east-1");
        launch("c5.large", "us-east-1");
        Bill bill = bill();
        // Each hour: c5.large $0.0629 + m5.large $0.07104 = $0.13394 of the $0.15 commitment.
        assertThat(sum(bill, compute("c5.large", LineItem.SAVINGS_PLANS), false))
                .isEqualByComparingTo("0.1258");
        assertThat(sum(bill, compute("m5.large", LineItem.SAVINGS_PLANS), false))
                .isEqualByComparingTo("0.14208");
        assertThat(sum(bill, compute("m5.large", LineItem.ON_DEMAND), true)).isZero();
        assertThat(sum(bill, compute("c5.large", LineItem.ON_DEMAND), true)).isZero();
        // 2 x ($0.15 - $0.13394) unused, still billed: the plan costs its whole commitment, $0.30.
        assertThat(sum(bill, SavingsPlansBillTest::unused, false)).isEqualByComparingTo("0.03212");
        assertThat(sum(bill, i -> i.purchaseType().startsWith(LineItem.SAVINGS_PLANS), false))
                .isEqualByComparingTo("0.30");
    }

    @Test
    void anEc2InstancePlanCoversItsFamilyInItsRegionOnly() {
        buy(offering("EC2Instance", "m5", "us-east-1"), "0.1");
        launch("m5.large", "us-east-1");
        launch("c5.large", "us-east-1");
        launch("m5.large", "eu-west-1");
        Bill bill = bill();
        assertThat(bill.items())
                .filteredOn(compute("m5.large", LineItem.SAVINGS_PLANS))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.region().id()).isEqualTo("us-east-1");
                    assertThat(i.quantity()).isEqualByComparingTo("2");
                    assertThat(i.unitPrice()).isEqualByComparingTo("0.06048");
                });
        assertThat(sum(bill, compute("c5.large", LineItem.ON_DEMAND), false)).isEqualByComparingTo("0.17");
        assertThat(bill.items())
                .filteredOn(compute("m5.large", LineItem.ON_DEMAND))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.region().id()).isEqualTo("eu-west-1");
                    assertThat(i.costUsd()).isEqualByComparingTo("0.2112");
                });
        // 2 x ($0.10 - $0.06048) of commitment nothing else in the plan's family and Region could use.
        assertThat(sum(bill, SavingsPlansBillTest::unused, false)).isEqualByComparingTo("0.07904");
    }

    @Test
    void reservedInstancesApplyBeforeTheSavingsPlan() {
        String ri = t.ec2.describeReservedInstancesOfferings(b -> b.instanceType("m5.large")
                        .offeringClass("standard")
                        .offeringType("No Upfront")
                        .productDescription("Linux/UNIX")
                        .minDuration(31_536_000L)
                        .maxDuration(31_536_000L))
                .reservedInstancesOfferings()
                .get(0)
                .reservedInstancesOfferingId();
        t.ec2.purchaseReservedInstancesOffering(
                b -> b.reservedInstancesOfferingId(ri).instanceCount(1));
        buy(offering("Compute", null, null), "0.05");
        launch("m5.large", "us-east-1");
        launch("m5.large", "us-east-1");
        Bill bill = bill();
        assertThat(sum(bill, compute("m5.large", LineItem.RESERVED), true))
                .as("one instance is the reservation's")
                .isEqualByComparingTo("2");
        // The other: $0.05 an hour buys 0.05 / 0.07104 h = 2,533 whole seconds at the plan's rate each hour.
        assertThat(sum(bill, compute("m5.large", LineItem.SAVINGS_PLANS), true)).isEqualByComparingTo("1.407222");
        assertThat(sum(bill, compute("m5.large", LineItem.ON_DEMAND), true)).isEqualByComparingTo("0.592778");
        assertThat(sum(bill, compute("m5.large", LineItem.ON_DEMAND), false)).isEqualByComparingTo("0.056907");
        assertThat(sum(bill, i -> i.purchaseType().startsWith(LineItem.SAVINGS_PLANS), false))
                .isEqualByComparingTo("0.10");
    }
}
