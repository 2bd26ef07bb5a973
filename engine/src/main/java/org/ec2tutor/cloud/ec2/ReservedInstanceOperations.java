package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.billing.OfferingClass;
import org.ec2tutor.cloud.billing.PaymentOption;
import org.ec2tutor.cloud.billing.ReservedInstance;
import org.ec2tutor.cloud.billing.ReservedInstanceOffering;
import org.ec2tutor.cloud.billing.ReservedInstanceOfferings;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Reserved Instances: the offerings of the Region, buying one, and the account's purchases. The bill applies them
 * (see {@code BillCalculator}); buying one starts its upfront and hourly charges at once.
 */
public final class ReservedInstanceOperations {

    /** DescribeReservedInstancesOfferings' criteria; empty means any. */
    public record OfferingQuery(
            List<String> offeringIds,
            Optional<String> instanceType,
            Optional<String> offeringClass,
            Optional<String> offeringType,
            Optional<String> productDescription,
            Optional<String> instanceTenancy,
            Optional<Long> minDurationSeconds,
            Optional<Long> maxDurationSeconds) {}

    /** Offerings answer 100 at a time unless MaxResults says otherwise (DescribeReservedInstancesOfferings). */
    private static final int DEFAULT_PAGE = 100;
    /** The only platform and tenancy the simulator offers reservations for. */
    private static final Set<String> LINUX = Set.of("Linux/UNIX", "Linux/UNIX (Amazon VPC)");
    /** Offering types of the pre-2011 model, still accepted by the API; they match no current offering. */
    private static final Set<String> LEGACY_TYPES =
            Set.of("Heavy Utilization", "Medium Utilization", "Light Utilization");

    private final Ec2Context ctx;

    ReservedInstanceOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public Page<ReservedInstanceOffering> offerings(
            OfferingQuery q, Optional<Integer> maxResults, Optional<String> nextToken) {
        q.instanceType().ifPresent(t -> {
            if (ctx.world().types.find(t).isEmpty()) {
                throw Ec2Errors.invalidValueFor(t, "InstanceType");
            }
        });
        Optional<OfferingClass> offeringClass = q.offeringClass()
                .map(c ->
                        OfferingClass.fromAwsName(c).orElseThrow(() -> Ec2Errors.invalidValueFor(c, "OfferingClass")));
        Optional<PaymentOption> payment = q.offeringType()
                .filter(t -> !LEGACY_TYPES.contains(t))
                .map(t -> PaymentOption.fromAwsName(t).orElseThrow(() -> Ec2Errors.invalidValueFor(t, "OfferingType")));
        boolean none = q.offeringType().filter(LEGACY_TYPES::contains).isPresent()
                || q.productDescription().filter(d -> !LINUX.contains(d)).isPresent()
                || q.instanceTenancy().filter(t -> !t.equals("default")).isPresent();
        List<ReservedInstanceOffering> matching = none
                ? List.of()
                : all(q.instanceType()).stream()
                        .filter(o ->
                                q.offeringIds().isEmpty() || q.offeringIds().contains(o.id()))
                        .filter(o ->
                                offeringClass.map(c -> c == o.offeringClass()).orElse(true))
                        .filter(o -> payment.map(p -> p == o.paymentOption()).orElse(true))
                        .filter(o -> q.minDurationSeconds()
                                .map(m -> o.term().toSeconds() >= m)
                                .orElse(true))
                        .filter(o -> q.maxDurationSeconds()
                                .map(m -> o.term().toSeconds() <= m)
                                .orElse(true))
                        .toList();
        return Page.of(matching, Optional.of(maxResults.orElse(DEFAULT_PAGE)), nextToken);
    }

    /** Buys {@code count} instances of an offering of this Region; the term starts now. */
    public ReservedInstance purchase(String offeringId, Integer count) {
        if (count == null) {
            throw Ec2Errors.missingParameter("InstanceCount");
        }
        if (count < 1) {
            throw Ec2Errors.invalidValueFor(String.valueOf(count), "InstanceCount");
        }
        ReservedInstanceOffering offering = all(Optional.empty()).stream()
                .filter(o -> o.id().equals(offeringId))
                .findFirst()
                .orElseThrow(Ec2Errors::reservedInstancesOfferingNotFound);
        ReservedInstance ri =
                new ReservedInstance(ctx.world().ids.requestId(), ctx.caller().id(), offering, count, ctx.now());
        ctx.resources().reservedInstances.add(ri);
        return ri;
    }

    /** The account's reservations in this Region, or those named. */
    public List<ReservedInstance> describe(List<String> ids) {
        List<ReservedInstance> mine = ctx.resources().reservedInstances.stream()
                .filter(r -> r.account().equals(ctx.caller().id()))
                .toList();
        if (ids.isEmpty()) {
            return mine;
        }
        List<ReservedInstance> named = new ArrayList<>();
        for (String id : ids) {
            named.add(mine.stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> Ec2Errors.reservedInstancesNotFound(id)));
        }
        return named;
    }

    private List<ReservedInstanceOffering> all(Optional<String> instanceType) {
        List<String> types = instanceType
                .map(List::of)
                .orElseGet(() -> ctx.world().types.all().stream()
                        .filter(t -> !t.isMac())
                        .map(InstanceType::name)
                        .toList());
        return ReservedInstanceOfferings.of(ctx.world().prices(), types, ctx.region());
    }
}
