package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.Region;

/**
 * Prices metered usage: each period is cut to the billed time window, On-Demand compute per second with its
 * one-minute minimum charged when the period starts, storage per GB-month prorated by the second over a 30-day
 * month (the proration the EBS pricing page's examples use). Running hours covered by a Reserved Instance cost
 * nothing more; the reservation's own upfront and hourly fees are billed whether it is used or not. Savings Plans
 * then pay for On-Demand hours at their rates up to their hourly commitment ({@link SavingsPlanCoverage}); the part
 * of the commitment no usage spent is billed as its own line.
 */
public final class BillCalculator {

    static final long SECONDS_PER_HOUR = 3_600;
    static final long SECONDS_PER_MONTH = 30L * 24 * 3_600;
    private static final int SCALE = 6;

    private final PriceList prices;
    private final SpotPrices spotPrices;

    public BillCalculator(PriceList prices, SpotPrices spotPrices) {
        this.prices = prices;
        this.spotPrices = spotPrices;
    }

    /**
     * The bill of {@code periods}, {@code reservations} and {@code capacity} between {@code from} and {@code to}, as
     * of {@code now}. Instance seconds inside a Capacity Reservation are paid by the reservation; Reserved Instances
     * then cover what is left.
     */
    public Bill bill(
            List<UsagePeriod> periods,
            List<ReservedInstance> reservations,
            List<CapacityReservation> capacity,
            Instant from,
            Instant to,
            Instant now) {
        return bill(periods, reservations, capacity, List.of(), from, to, now);
    }

    /** The same with the account's Savings Plans, which apply after the reservations. */
    public Bill bill(
            List<UsagePeriod> periods,
            List<ReservedInstance> reservations,
            List<CapacityReservation> capacity,
            List<SavingsPlan> plans,
            Instant from,
            Instant to,
            Instant now) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        Instant until = to.isBefore(now) ? to : now;
        List<ReservedCoverage.Window> capacityWindows =
                capacity.stream().map(c -> ReservedCoverage.Window.of(c, until)).toList();
        List<ReservedCoverage.Window> reservedWindows =
                reservations.stream().map(ReservedCoverage.Window::of).toList();
        Map<UsagePeriod, Long> inCapacity = ReservedCoverage.coveredSeconds(periods, capacityWindows, from, until);
        Map<UsagePeriod, Long> covered = ReservedCoverage.coveredSeconds(periods, reservedWindows, from, until);
        SavingsPlanCoverage.Result planned =
                SavingsPlanCoverage.apply(prices, periods, reservedWindows, capacityWindows, plans, from, until);
        // One line per resource, usage type and purchase type: a start/stop/start instance is one line.
        Map<List<Object>, Line> lines = new LinkedHashMap<>();
        for (UsagePeriod p : periods) {
            if (p.type().unit() == UsageType.Unit.VCPU_HOURS) {
                // A one-off charge (surplus CPU credits): billed in the window it falls due in.
                if (!p.start().isBefore(from) && p.start().isBefore(until)) {
                    Line charged =
                            line(lines, p, LineItem.ON_DEMAND, prices.unitPrice(p.type(), p.detail(), p.region()));
                    charged.units = charged.units.add(p.quantity());
                }
                continue;
            }
            long billed = billedSeconds(p, from, to, now);
            if (billed <= 0) {
                continue;
            }
            if (p.type() == UsageType.SPOT) {
                // Each second at the Spot price in force then; the minimum is charged at the starting price.
                Instant billedFrom = p.start().isBefore(from) ? from : p.start();
                Line spot = line(lines, p, LineItem.SPOT, BigDecimal.ZERO);
                spot.seconds += billed;
                spot.cost = spot.cost.add(spotPrices.cost(p.detail(), p.region(), p.zone(), billedFrom, billed));
                continue;
            }
            long held = Math.min(billed, inCapacity.getOrDefault(p, 0L));
            long reserved = Math.min(billed - held, covered.getOrDefault(p, 0L));
            if (held > 0) {
                line(lines, p, LineItem.CAPACITY, BigDecimal.ZERO).seconds += held;
            }
            if (reserved > 0) {
                line(lines, p, LineItem.RESERVED, BigDecimal.ZERO).seconds += reserved;
            }
            long byPlans = 0;
            for (Map.Entry<SavingsPlan, Long> e :
                    planned.seconds().getOrDefault(p, Map.of()).entrySet()) {
                SavingsPlan plan = e.getKey();
                BigDecimal rate = plan.offering().rate(prices, p.detail(), p.region());
                // What the learner pays for these hours now: the plan's rate, less what was paid up front.
                BigDecimal payable =
                        rate.multiply(BigDecimal.ONE.subtract(plan.offering().upfrontShare()));
                line(lines, p, LineItem.SAVINGS_PLANS, payable).seconds += e.getValue();
                byPlans += e.getValue();
            }
            if (billed > held + reserved + byPlans) {
                line(lines, p, LineItem.ON_DEMAND, prices.unitPrice(p.type(), p.detail(), p.region())).seconds +=
                        billed - held - reserved - byPlans;
            }
        }
        List<LineItem> items = new ArrayList<>();
        lines.values().forEach(l -> items.add(l.item()));
        for (ReservedInstance ri : reservations) {
            items.addAll(fees(ri, from, to, until));
        }
        for (CapacityReservation cr : capacity) {
            capacityFee(cr, from, until).ifPresent(items::add);
        }
        for (SavingsPlan plan : plans) {
            items.addAll(planFees(plan, planned.usedUsd().getOrDefault(plan, BigDecimal.ZERO), from, to, until));
        }
        items.sort(Comparator.comparing(LineItem::service)
                .thenComparing(LineItem::usageType)
                .thenComparing(LineItem::purchaseType)
                .thenComparing(LineItem::resourceId));
        return new Bill(from, to, items);
    }

    private static Line line(Map<List<Object>, Line> lines, UsagePeriod p, String purchaseType, BigDecimal price) {
        // The price is part of the key: hours two plans pay for at different rates are two lines.
        // One-off charges add up their quantities, so theirs is not part of the key.
        Object quantity = p.type().unit() == UsageType.Unit.VCPU_HOURS ? "" : p.quantity();
        List<Object> key = List.of(p.type(), p.detail(), p.resourceId(), p.region(), quantity, purchaseType, price);
        return lines.computeIfAbsent(key, k -> new Line(p, purchaseType, price));
    }

    /** The upfront payment (if bought inside the window) and the hourly fee for the term's hours inside it. */
    private static List<LineItem> fees(ReservedInstance ri, Instant from, Instant to, Instant until) {
        List<LineItem> fees = new ArrayList<>();
        ReservedInstanceOffering o = ri.offering();
        BigDecimal count = BigDecimal.valueOf(ri.count());
        if (o.fixedPrice().signum() > 0
                && !ri.start().isBefore(from)
                && ri.start().isBefore(to)) {
            fees.add(new LineItem(
                    UsageType.RESERVED_UPFRONT,
                    o.instanceType(),
                    ri.id(),
                    LineItem.RESERVED,
                    count.setScale(SCALE),
                    o.fixedPrice(),
                    o.fixedPrice().multiply(count).setScale(SCALE),
                    o.region()));
        }
        Instant start = ri.start().isBefore(from) ? from : ri.start();
        Instant end = ri.end().isBefore(until) ? ri.end() : until;
        long seconds = Duration.between(start, end).toSeconds();
        if (o.hourlyRecurring().signum() > 0 && seconds > 0) {
            BigDecimal hours = count.multiply(BigDecimal.valueOf(seconds))
                    .divide(BigDecimal.valueOf(SECONDS_PER_HOUR), 12, RoundingMode.HALF_EVEN);
            fees.add(new LineItem(
                    UsageType.RESERVED_HOURLY,
                    o.instanceType(),
                    ri.id(),
                    LineItem.RESERVED,
                    hours.setScale(SCALE, RoundingMode.HALF_EVEN),
                    o.hourlyRecurring(),
                    hours.multiply(o.hourlyRecurring()).setScale(SCALE, RoundingMode.HALF_EVEN),
                    o.region()));
        }
        return fees;
    }

    /** The reservation's instance-hours inside the window, at the On-Demand rate of its type. */
    private Optional<LineItem> capacityFee(CapacityReservation cr, Instant from, Instant until) {
        Instant start = cr.start().isBefore(from) ? from : cr.start();
        Instant end = cr.endsAt().filter(e -> e.isBefore(until)).orElse(until);
        long seconds = Duration.between(start, end).toSeconds();
        if (seconds <= 0) {
            return Optional.empty();
        }
        BigDecimal rate = prices.unitPrice(UsageType.CAPACITY_RESERVATION, cr.instanceType(), cr.region());
        BigDecimal hours = BigDecimal.valueOf(cr.count())
                .multiply(BigDecimal.valueOf(seconds))
                .divide(BigDecimal.valueOf(SECONDS_PER_HOUR), 12, RoundingMode.HALF_EVEN);
        return Optional.of(new LineItem(
                UsageType.CAPACITY_RESERVATION,
                cr.instanceType(),
                cr.id(),
                LineItem.ON_DEMAND,
                hours.setScale(SCALE, RoundingMode.HALF_EVEN),
                rate.stripTrailingZeros(),
                hours.multiply(rate).setScale(SCALE, RoundingMode.HALF_EVEN),
                cr.region()));
    }

    /**
     * A plan's upfront payment (if bought inside the window) and its unused commitment: the hours of commitment no
     * usage spent, at the hourly part of the commitment, billed as AWS bills them, used or not.
     */
    private static List<LineItem> planFees(
            SavingsPlan plan, BigDecimal usedUsd, Instant from, Instant to, Instant until) {
        List<LineItem> fees = new ArrayList<>();
        SavingsPlanOffering o = plan.offering();
        Region region = o.region().orElse(Region.US_EAST_1);
        if (plan.upfrontPayment().signum() > 0
                && !plan.purchasedAt().isBefore(from)
                && plan.purchasedAt().isBefore(to)) {
            fees.add(new LineItem(
                    UsageType.SAVINGS_PLAN_UPFRONT,
                    o.usageType(),
                    plan.id(),
                    LineItem.SAVINGS_PLANS,
                    BigDecimal.ONE.setScale(SCALE),
                    plan.upfrontPayment(),
                    plan.upfrontPayment().setScale(SCALE),
                    region));
        }
        Instant start = plan.start().isBefore(from) ? from : plan.start();
        Instant end = plan.end().isBefore(until) ? plan.end() : until;
        long seconds = Duration.between(start, end).toSeconds();
        if (seconds <= 0) {
            return fees;
        }
        BigDecimal committedUsd = plan.commitment()
                .multiply(BigDecimal.valueOf(seconds))
                .divide(BigDecimal.valueOf(SECONDS_PER_HOUR), 12, RoundingMode.HALF_EVEN);
        BigDecimal unusedHours = committedUsd
                .subtract(usedUsd)
                .max(BigDecimal.ZERO)
                .divide(plan.commitment(), 12, RoundingMode.HALF_EVEN);
        if (unusedHours.setScale(SCALE, RoundingMode.HALF_EVEN).signum() > 0) {
            fees.add(new LineItem(
                    UsageType.SAVINGS_PLAN_UNUSED,
                    o.usageType(),
                    plan.id(),
                    LineItem.SAVINGS_PLAN_UNUSED,
                    unusedHours.setScale(SCALE, RoundingMode.HALF_EVEN),
                    plan.recurringHourly().stripTrailingZeros(),
                    unusedHours.multiply(plan.recurringHourly()).setScale(SCALE, RoundingMode.HALF_EVEN),
                    region));
        }
        return fees;
    }

    /** Seconds of {@code p} inside [from, to), plus what is missing to the minimum if the period starts there. */
    static long billedSeconds(UsagePeriod p, Instant from, Instant to, Instant now) {
        Instant end = p.end().orElse(now);
        Instant start = p.start().isBefore(from) ? from : p.start();
        Instant stop = end.isAfter(to) ? to : end;
        long inside = Math.max(0, Duration.between(start, stop).toSeconds());
        boolean startsInside = !p.start().isBefore(from) && p.start().isBefore(to);
        long ran = Math.max(0, Duration.between(p.start(), end).toSeconds());
        long shortOfMinimum = p.minimum().toSeconds() - ran;
        return startsInside && shortOfMinimum > 0 ? inside + shortOfMinimum : inside;
    }

    /** Seconds accumulated for one line of the bill. */
    private static final class Line {
        final UsagePeriod period;
        final String purchaseType;
        final BigDecimal unitPrice;
        long seconds;
        /** One-off charges add up units instead of seconds. */
        BigDecimal units = BigDecimal.ZERO;
        /** Spot lines add up their cost as they go; the others multiply at the end. */
        BigDecimal cost = BigDecimal.ZERO;

        Line(UsagePeriod period, String purchaseType, BigDecimal unitPrice) {
            this.period = period;
            this.purchaseType = purchaseType;
            this.unitPrice = unitPrice;
        }

        LineItem item() {
            long perUnit = period.type().unit().monthly() ? SECONDS_PER_MONTH : SECONDS_PER_HOUR;
            BigDecimal exact = period.type().unit() == UsageType.Unit.VCPU_HOURS
                    ? units
                    : period.quantity()
                            .multiply(BigDecimal.valueOf(seconds))
                            .divide(BigDecimal.valueOf(perUnit), 12, RoundingMode.HALF_EVEN);
            if (period.type() == UsageType.SPOT) {
                BigDecimal average =
                        exact.signum() == 0 ? BigDecimal.ZERO : cost.divide(exact, 4, RoundingMode.HALF_EVEN);
                return new LineItem(
                        period.type(),
                        period.detail(),
                        period.resourceId(),
                        purchaseType,
                        exact.setScale(SCALE, RoundingMode.HALF_EVEN),
                        average,
                        cost.setScale(SCALE, RoundingMode.HALF_EVEN),
                        period.region());
            }
            return new LineItem(
                    period.type(),
                    period.detail(),
                    period.resourceId(),
                    purchaseType,
                    exact.setScale(SCALE, RoundingMode.HALF_EVEN),
                    unitPrice.stripTrailingZeros(),
                    exact.multiply(unitPrice).setScale(SCALE, RoundingMode.HALF_EVEN),
                    period.region());
        }
    }
}
