package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.ReservedInstancesOffering;

/** Reserved Instances through the SDK: offerings, a purchase, and the discount on the bill (issue 7). */
class ReservedInstancesTest {

    private final TestCloud t = TestCloud.seeded(11);

    private BigDecimal cost(UsageType type, String purchaseType) {
        return t.bill().items().stream()
                .filter(i -> i.type() == type && i.purchaseType().equals(purchaseType))
                .map(LineItem::costUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal hours(UsageType type, String purchaseType) {
        return t.bill().items().stream()
                .filter(i -> i.type() == type && i.purchaseType().equals(purchaseType))
                .map(LineItem::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private ReservedInstancesOffering offering(String type, String payment, long years) {
        List<ReservedInstancesOffering> found = t.ec2.describeReservedInstancesOfferings(b -> b.instanceType(type)
                        .offeringClass("standard")
                        .offeringType(payment)
                        .productDescription("Linux/UNIX")
                        .minDuration(years * 31_536_000L)
                        .maxDuration(years * 31_536_000L))
                .reservedInstancesOfferings();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void offeringsCoverBothTermsBothClassesAndEveryPaymentOption() {
        var all = t.ec2.describeReservedInstancesOfferings(b -> b.instanceType("m5.large"))
                .reservedInstancesOfferings();
        assertThat(all).hasSize(12);
        assertThat(all).extracting(ReservedInstancesOffering::duration).containsOnly(31_536_000L, 94_608_000L);
        assertThat(all)
                .extracting(ReservedInstancesOffering::offeringClassAsString)
                .containsOnly("standard", "convertible");
        assertThat(all)
                .extracting(ReservedInstancesOffering::offeringTypeAsString)
                .containsOnly("No Upfront", "Partial Upfront", "All Upfront");

        ReservedInstancesOffering allUpfront = offering("m5.large", "All Upfront", 1);
        ReservedInstancesOffering noUpfront = offering("m5.large", "No Upfront", 1);
        assertThat(allUpfront.recurringCharges().get(0).amount()).isZero();
        assertThat(noUpfront.fixedPrice()).isZero();
        double onDemandYear = 0.096 * 8760;
        assertThat(allUpfront.fixedPrice()).as("cheaper than a year On-Demand").isLessThan((float) onDemandYear);
        assertThat(noUpfront.recurringCharges().get(0).amount()).isLessThan(0.096);
        assertThat(offering("m5.large", "All Upfront", 3).fixedPrice() / 3)
                .as("three years cost less a year than one")
                .isLessThan(allUpfront.fixedPrice());
        assertThat(t.ec2.describeReservedInstancesOfferings(
                                b -> b.instanceType("m5.large").productDescription("Windows"))
                        .reservedInstancesOfferings())
                .as("only Linux/UNIX is offered")
                .isEmpty();
    }

    @Test
    void offeringIdsAreStableAndPaged() {
        var first = t.ec2.describeReservedInstancesOfferings(b -> {});
        assertThat(first.reservedInstancesOfferings()).hasSize(100);
        assertThat(first.nextToken()).isNotNull();
        int total = 0;
        for (var page : t.ec2.describeReservedInstancesOfferingsPaginator(b -> {})) {
            total += page.reservedInstancesOfferings().size();
        }
        assertThat(total).isGreaterThan(300);
        assertThat(TestCloud.seeded(99)
                        .ec2
                        .describeReservedInstancesOfferings(b -> b.instanceType("m5.large"))
                        .reservedInstancesOfferings())
                .isEqualTo(t.ec2.describeReservedInstancesOfferings(b -> b.instanceType("m5.large"))
                        .reservedInstancesOfferings());
    }

    @Test
    void aReservationCoversAMatchingInstanceAndIsBilledWhetherUsedOrNot() {
        String offeringId = offering("m5.large", "Partial Upfront", 1).reservedInstancesOfferingId();
        String riId = t.ec2.purchaseReservedInstancesOffering(
                        b -> b.reservedInstancesOfferingId(offeringId).instanceCount(1))
                .reservedInstancesId();
        var ri = t.ec2.describeReservedInstances(b -> b.reservedInstancesIds(riId))
                .reservedInstances()
                .get(0);
        assertThat(ri.stateAsString()).isEqualTo("active");
        assertThat(ri.instanceCount()).isEqualTo(1);
        assertThat(ri.end()).isEqualTo(ri.start().plus(Duration.ofDays(365)));
        assertThat(cost(UsageType.RESERVED_UPFRONT, LineItem.RESERVED))
                .as("the upfront part is billed at purchase")
                .isEqualByComparingTo(BigDecimal.valueOf(ri.fixedPrice()).setScale(2, RoundingMode.HALF_UP));

        t.advance(Duration.ofHours(10));
        assertThat(hours(UsageType.RESERVED_HOURLY, LineItem.RESERVED))
                .as("unused, the hours are still billed")
                .isEqualByComparingTo("10");

        String covered = t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("m5.large"));
        String other = t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("m5.large"));
        t.advance(Duration.ofSeconds(30));
        t.advance(Duration.ofHours(2));
        assertThat(hours(UsageType.COMPUTE, LineItem.RESERVED))
                .as("one instance's hours are covered")
                .isEqualByComparingTo("2");
        assertThat(hours(UsageType.COMPUTE, LineItem.ON_DEMAND))
                .as("the second one pays On-Demand")
                .isEqualByComparingTo("2");
        assertThat(cost(UsageType.COMPUTE, LineItem.RESERVED)).isZero();
        assertThat(cost(UsageType.COMPUTE, LineItem.ON_DEMAND)).isEqualByComparingTo("0.192");
        assertThat(List.of(covered, other)).doesNotHaveDuplicates();
    }

    @Test
    void aReservationForAnotherTypeDoesNotApply() {
        String offeringId = offering("m5.xlarge", "No Upfront", 1).reservedInstancesOfferingId();
        t.ec2.purchaseReservedInstancesOffering(
                b -> b.reservedInstancesOfferingId(offeringId).instanceCount(1));
        t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("m5.large"));
        t.advance(Duration.ofSeconds(30));
        t.advance(Duration.ofHours(1));
        assertThat(hours(UsageType.COMPUTE, LineItem.RESERVED)).isZero();
        assertThat(cost(UsageType.COMPUTE, LineItem.ON_DEMAND)).isEqualByComparingTo("0.096");
        assertThat(hours(UsageType.RESERVED_HOURLY, LineItem.RESERVED)).isEqualByComparingTo("1.008333");
    }

    @Test
    void badPurchasesGetAwsErrorsAndBuyNothing() {
        assertThatThrownBy(() -> t.ec2.purchaseReservedInstancesOffering(
                        b -> b.reservedInstancesOfferingId("438012d3-4052-4cc7-b2e3-8d3372e0e706")
                                .instanceCount(1)))
                .isInstanceOf(Ec2Exception.class)
                .satisfies(e -> assertThat(((Ec2Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidReservedInstancesOfferingId"));
        String offeringId = offering("m5.large", "No Upfront", 1).reservedInstancesOfferingId();
        assertThatThrownBy(() -> t.ec2.purchaseReservedInstancesOffering(
                        b -> b.reservedInstancesOfferingId(offeringId).instanceCount(-2)))
                .hasMessageContaining("Invalid value '-2' for InstanceCount.");
        assertThatThrownBy(() -> t.ec2.describeReservedInstancesOfferings(b -> b.offeringClass("cheap")))
                .hasMessageContaining("Invalid value 'cheap' for OfferingClass.");
        assertThat(t.ec2.describeReservedInstances(b -> {}).reservedInstances()).isEmpty();
        assertThat(t.bill().items()).isEmpty();
    }
}
