package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CapacityReservation;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** On-Demand Capacity Reservations: billed whether used or not, used by matching instances (issue 7). */
class CapacityReservationsTest {

    private final TestCloud t = TestCloud.seeded(13);

    private BigDecimal quantity(UsageType type, String purchaseType) {
        return t.bill().items().stream()
                .filter(i -> i.type() == type && i.purchaseType().equals(purchaseType))
                .map(LineItem::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String reserve(int count) {
        return t.ec2.createCapacityReservation(b -> b.instanceType("m5.large")
                        .instancePlatform("Linux/UNIX")
                        .availabilityZone("us-east-1a")
                        .instanceCount(count))
                .capacityReservation()
                .capacityReservationId();
    }

    private CapacityReservation describe(String id) {
        return t.ec2.describeCapacityReservations(b -> b.capacityReservationIds(id))
                .capacityReservations()
                .get(0);
    }

    @Test
    void anUnusedReservationIsBilledAtTheOnDemandRate() {
        String id = reserve(2);
        assertThat(id).matches("cr-[0-9a-f]{17}");
        assertThat(describe(id).stateAsString()).isEqualTo("active");
        t.advance(Duration.ofHours(1));
        LineItem line = t.bill().items().get(0);
        assertThat(line.usageType()).isEqualTo("Reservation:m5.large");
        assertThat(line.quantity()).isEqualByComparingTo("2");
        assertThat(line.costUsd()).isEqualByComparingTo("0.192");
    }

    @Test
    void matchingInstancesUseTheReservationAndOthersPayOnDemand() {
        String id = reserve(1);
        t.launch(
                t.ec2,
                b -> b.imageId(AL2023).instanceType("m5.large").placement(p -> p.availabilityZone("us-east-1a")));
        t.launch(
                t.ec2,
                b -> b.imageId(AL2023).instanceType("m5.large").placement(p -> p.availabilityZone("us-east-1b")));
        t.advance(Duration.ofSeconds(30));
        assertThat(describe(id).availableInstanceCount()).isZero();
        t.advance(Duration.ofHours(1));
        assertThat(quantity(UsageType.COMPUTE, LineItem.CAPACITY))
                .as("the us-east-1a instance is inside it")
                .isEqualByComparingTo("1");
        assertThat(quantity(UsageType.COMPUTE, LineItem.ON_DEMAND))
                .as("the us-east-1b one is not")
                .isEqualByComparingTo("1");
        assertThat(quantity(UsageType.CAPACITY_RESERVATION, LineItem.ON_DEMAND))
                .isEqualByComparingTo(
                        BigDecimal.valueOf(3630).divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_EVEN));
    }

    @Test
    void cancellingOrReachingTheEndDateStopsTheCharges() {
        String open = reserve(1);
        String limited = t.ec2.createCapacityReservation(b -> b.instanceType("t3.micro")
                        .instancePlatform("Linux/UNIX")
                        .availabilityZone("us-east-1b")
                        .instanceCount(1)
                        .endDateType("limited")
                        .endDate(t.created.plus(Duration.ofHours(2))))
                .capacityReservation()
                .capacityReservationId();
        t.advance(Duration.ofHours(1));
        t.ec2.cancelCapacityReservation(b -> b.capacityReservationId(open));
        t.advance(Duration.ofHours(5));
        assertThat(describe(open).stateAsString()).isEqualTo("cancelled");
        assertThat(describe(open).availableInstanceCount()).isZero();
        assertThat(describe(limited).stateAsString()).isEqualTo("expired");
        assertThat(t.bill().items())
                .filteredOn(i -> i.resourceId().equals(open))
                .singleElement()
                .extracting(LineItem::quantity)
                .satisfies(q -> assertThat(q).isEqualByComparingTo("1"));
        assertThat(t.bill().items())
                .filteredOn(i -> i.resourceId().equals(limited))
                .singleElement()
                .extracting(LineItem::quantity)
                .satisfies(q -> assertThat(q).isEqualByComparingTo("2"));
    }

    @Test
    void badRequestsGetAwsErrorsAndCreateNothing() {
        assertThatThrownBy(() -> t.ec2.createCapacityReservation(b -> b.instanceType("m5.large")
                        .instancePlatform("Linux/UNIX")
                        .availabilityZone("us-east-1a")
                        .instanceCount(0)))
                .hasMessageContaining("Invalid value '0' for InstanceCount.");
        assertThatThrownBy(() -> t.ec2.createCapacityReservation(b -> b.instanceType("m5.large")
                        .instancePlatform("Linux/UNIX")
                        .availabilityZone("us-east-1z")
                        .instanceCount(1)))
                .hasMessageContaining("Invalid availability zone: [us-east-1z]");
        assertThatThrownBy(() -> t.ec2.cancelCapacityReservation(b -> b.capacityReservationId("cr-0123456789abcdef0")))
                .isInstanceOf(Ec2Exception.class)
                .satisfies(e -> assertThat(((Ec2Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidCapacityReservationId.NotFound"));
        assertThat(t.ec2.describeCapacityReservations(b -> {}).capacityReservations())
                .isEmpty();
        assertThat(t.bill().items()).isEmpty();
    }
}
