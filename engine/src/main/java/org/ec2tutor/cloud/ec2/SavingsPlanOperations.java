package org.ec2tutor.cloud.ec2;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.PaymentOption;
import org.ec2tutor.cloud.billing.SavingsPlan;
import org.ec2tutor.cloud.billing.SavingsPlanOffering;
import org.ec2tutor.cloud.billing.SavingsPlanOfferings;
import org.ec2tutor.cloud.billing.SavingsPlanType;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Savings Plans for EC2: the offerings, their rates per instance type, buying a plan and the account's plans. The
 * bill applies active plans hour by hour ({@code BillCalculator}); plans are global to the account, as on AWS.
 */
public final class SavingsPlanOperations {

    /** DescribeSavingsPlansOfferings' criteria; empty lists mean any. */
    public record OfferingQuery(
            List<String> offeringIds,
            List<String> paymentOptions,
            Optional<String> productType,
            List<String> planTypes,
            List<Long> durations,
            List<String> currencies,
            Map<String, List<String>> filters) {}

    /** One rate of an offering: what an hour of an instance type in a Region costs under the plan. */
    public record Rate(SavingsPlanOffering offering, String instanceType, Region region, BigDecimal rate) {

        /** The usage type AWS names an instance hour by: {@code BoxUsage:m5.large}, {@code EU-BoxUsage:...} in Ireland. */
        public String usageType() {
            return (region == Region.US_EAST_1 ? "" : "EU-") + "BoxUsage:" + instanceType;
        }
    }

    /** DescribeSavingsPlansOfferingRates' criteria; empty lists mean any. */
    public record RateQuery(
            List<String> offeringIds,
            List<String> paymentOptions,
            List<String> planTypes,
            List<String> products,
            Map<String, List<String>> filters) {}

    /** The states a plan can be in (SavingsPlanState), for validating filters. */
    private static final Set<String> STATES = Set.of(
            "payment-pending",
            "payment-failed",
            "active",
            "retired",
            "queued",
            "queued-deleted",
            "pending-return",
            "returned");

    private static final Set<String> PLAN_TYPES = Set.of("Compute", "EC2Instance", "SageMaker", "Database");
    private static final Set<String> OFFERING_FILTERS = Set.of("region", "instanceFamily");
    private static final Set<String> RATE_FILTERS =
            Set.of("region", "instanceType", "productDescription", "tenancy", "instanceFamily");
    private static final Set<String> PLAN_FILTERS = Set.of(
            "region",
            "ec2-instance-family",
            "commitment",
            "upfront",
            "term",
            "savings-plan-type",
            "payment-option",
            "start",
            "end");

    private final Ec2Context ctx;

    SavingsPlanOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public List<SavingsPlanOffering> offerings(OfferingQuery q) {
        q.planTypes().forEach(t -> check("planTypes", t, PLAN_TYPES.contains(t)));
        q.paymentOptions()
                .forEach(p ->
                        check("paymentOptions", p, PaymentOption.fromAwsName(p).isPresent()));
        q.filters().keySet().forEach(f -> check("filters.name", f, OFFERING_FILTERS.contains(f)));
        boolean ec2 = q.productType().map(p -> p.equals("EC2")).orElse(true);
        boolean computeOnly = q.productType()
                .filter(p -> p.equals("Fargate") || p.equals("Lambda"))
                .isPresent();
        if (!ec2 && !computeOnly) {
            return List.of();
        }
        return all().stream()
                .filter(o -> !computeOnly || o.planType() == SavingsPlanType.COMPUTE)
                .filter(o -> q.offeringIds().isEmpty() || q.offeringIds().contains(o.id()))
                .filter(o -> q.paymentOptions().isEmpty()
                        || q.paymentOptions().contains(o.paymentOption().awsName()))
                .filter(o -> q.planTypes().isEmpty()
                        || q.planTypes().contains(o.planType().awsName()))
                .filter(o -> q.durations().isEmpty()
                        || q.durations().contains(o.term().toSeconds()))
                .filter(o -> q.currencies().isEmpty() || q.currencies().contains("USD"))
                .filter(o -> matches(q.filters(), "region", o.region().map(Region::id)))
                .filter(o -> matches(q.filters(), "instanceFamily", o.family()))
                .toList();
    }

    public Page<Rate> rates(RateQuery q, Optional<Integer> maxResults, Optional<String> nextToken) {
        q.planTypes().forEach(t -> check("savingsPlanTypes", t, PLAN_TYPES.contains(t)));
        q.paymentOptions()
                .forEach(p -> check(
                        "savingsPlanPaymentOptions",
                        p,
                        PaymentOption.fromAwsName(p).isPresent()));
        q.filters().keySet().forEach(f -> check("filters.name", f, RATE_FILTERS.contains(f)));
        if (!q.products().isEmpty() && !q.products().contains("EC2")) {
            return Page.of(List.of(), maxResults, nextToken);
        }
        if (!matchesAny(q.filters(), "productDescription", "Linux/UNIX")
                || !matchesAny(q.filters(), "tenancy", "shared")) {
            return Page.of(List.of(), maxResults, nextToken);
        }
        List<String> types = instanceTypes().stream()
                .filter(t -> matches(q.filters(), "instanceType", Optional.of(t)))
                .filter(t -> matches(q.filters(), "instanceFamily", Optional.of(t.substring(0, t.indexOf('.')))))
                .toList();
        List<Rate> out = new ArrayList<>();
        for (SavingsPlanOffering o : all()) {
            if ((!q.offeringIds().isEmpty() && !q.offeringIds().contains(o.id()))
                    || (!q.paymentOptions().isEmpty()
                            && !q.paymentOptions().contains(o.paymentOption().awsName()))
                    || (!q.planTypes().isEmpty()
                            && !q.planTypes().contains(o.planType().awsName()))) {
                continue;
            }
            for (Region r : Region.values()) {
                if (!matches(q.filters(), "region", Optional.of(r.id()))) {
                    continue;
                }
                for (String t : types) {
                    if (o.covers(t, r)) {
                        out.add(new Rate(o, t, r, o.rate(ctx.world().prices(), t, r)));
                    }
                }
            }
        }
        return Page.of(out, Optional.of(maxResults.orElse(1000)), nextToken);
    }

    /**
     * Buys a plan of {@code commitment} USD an hour; the payment takes a minute, then the plan applies. A
     * {@code purchaseTime} (a queued purchase) is not simulated; an upfront amount is not taken from the request
     * (Partial Upfront pays half).
     */
    public SavingsPlan create(String offeringId, String commitment, Optional<Instant> purchaseTime) {
        if (purchaseTime.isPresent()) {
            throw Ec2Errors.purchaseTimeNotSimulated();
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(commitment.trim());
        } catch (NumberFormatException e) {
            throw Ec2Errors.invalidCommitment(commitment);
        }
        if (amount.compareTo(new BigDecimal("0.001")) < 0
                || amount.compareTo(new BigDecimal("1000000")) > 0
                || amount.stripTrailingZeros().scale() > 5) {
            throw Ec2Errors.invalidCommitment(commitment);
        }
        SavingsPlanOffering offering = all().stream()
                .filter(o -> o.id().equals(offeringId))
                .findFirst()
                .orElseThrow(() -> Ec2Errors.savingsPlanOfferingNotFound(offeringId));
        SavingsPlan plan =
                new SavingsPlan(ctx.world().ids.requestId(), ctx.caller().id(), offering, amount, ctx.now());
        ctx.world().savingsPlans.add(plan);
        return plan;
    }

    /** The account's plans, those named by id or ARN, in the given states, matching the filters. */
    public List<SavingsPlan> describe(
            List<String> ids, List<String> arns, List<String> states, Map<String, List<String>> filters) {
        states.forEach(s -> check("states", s, STATES.contains(s)));
        filters.keySet().forEach(f -> check("filters.name", f, PLAN_FILTERS.contains(f)));
        Instant now = ctx.now();
        return ctx.world().savingsPlans.stream()
                .filter(p -> p.account().equals(ctx.caller().id()))
                .filter(p -> ids.isEmpty() || ids.contains(p.id()))
                .filter(p -> arns.isEmpty() || arns.contains(p.arn()))
                .filter(p -> states.isEmpty() || states.contains(p.state(now)))
                .filter(p -> matches(filters, "region", p.offering().region().map(Region::id)))
                .filter(p ->
                        matches(filters, "ec2-instance-family", p.offering().family()))
                .filter(p -> matches(
                        filters,
                        "savings-plan-type",
                        Optional.of(p.offering().planType().awsName())))
                .filter(p -> matches(
                        filters,
                        "payment-option",
                        Optional.of(p.offering().paymentOption().awsName())))
                .filter(p -> matches(
                        filters,
                        "term",
                        Optional.of(String.valueOf(p.offering().term().toSeconds()))))
                .filter(p -> matches(
                        filters, "commitment", Optional.of(p.commitment().toPlainString())))
                .toList();
    }

    private List<SavingsPlanOffering> all() {
        return SavingsPlanOfferings.of(instanceTypes());
    }

    private List<String> instanceTypes() {
        return ctx.world().types.all().stream()
                .filter(t -> !t.isMac())
                .map(InstanceType::name)
                .toList();
    }

    /** A filter on a member the value lacks (a Compute plan has no family) does not match. */
    private static boolean matches(Map<String, List<String>> filters, String name, Optional<String> value) {
        List<String> wanted = filters.get(name);
        return wanted == null || value.filter(wanted::contains).isPresent();
    }

    private static boolean matchesAny(Map<String, List<String>> filters, String name, String only) {
        List<String> wanted = filters.get(name);
        return wanted == null || wanted.contains(only);
    }

    private static void check(String member, String value, boolean valid) {
        if (!valid) {
            throw Ec2Errors.invalidSavingsPlansValue(member, value);
        }
    }
}
