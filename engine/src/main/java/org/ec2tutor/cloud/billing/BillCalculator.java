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

/**
 * Prices metered usage: each period is cut to the billed time window, On-Demand compute per second with its
 * one-minute minimum charged when the period starts, storage per GB-month prorated by the second over a 30-day
 * month (the proration the EBS pricing page's examples use). Running hours covered by a Reserved Instance cost
 * nothing more; the reservation's own upfront and hourly fees are billed whether it is used or not.
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
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        Instant until = to.isBefore(now) ? to : now;
        Map<UsagePeriod, Long> inCapacity = ReservedCoverage.coveredSeconds(
                periods,
                capacity.stream().map(c -> ReservedCoverage.Window.of(c, until)).toList(),
                from,
                until);
        Map<UsagePeriod, Long> covered = ReservedCoverage.coveredSeconds(
                periods, reservations.stream().map(ReservedCoverage.Window::of).toList(), from, until);
        // One line per resource, usage type and purchase type: a start/stop/start instance is one line.
        Map<List<Object>, Line> lines = new LinkedHashMap<>();
        for (UsagePeriod p : periods) {
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
            if (billed > held + reserved) {
                line(lines, p, LineItem.ON_DEMAND, prices.unitPrice(p.type(), p.detail(), p.region())).seconds +=
                        billed - held - reserved;
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
        items.sort(Comparator.comparing(LineItem::service)
                .thenComparing(LineItem::usageType)
                .thenComparing(LineItem::purchaseType)
                .thenComparing(LineItem::resourceId));
        return new Bill(from, to, items);
    }

    private static Line line(Map<List<Object>, Line> lines, UsagePeriod p, String purchaseType, BigDecimal price) {
        List<Object> key = List.of(p.type(), p.detail(), p.resourceId(), p.region(), p.quantity(), purchaseType);
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
                    o.fixedPrice().multiply(count).setScale(SCALE)));
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
                    hours.multiply(o.hourlyRecurring()).setScale(SCALE, RoundingMode.HALF_EVEN)));
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
                hours.multiply(rate).setScale(SCALE, RoundingMode.HALF_EVEN)));
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
        /** Spot lines add up their cost as they go; the others multiply at the end. */
        BigDecimal cost = BigDecimal.ZERO;

        Line(UsagePeriod period, String purchaseType, BigDecimal unitPrice) {
            this.period = period;
            this.purchaseType = purchaseType;
            this.unitPrice = unitPrice;
        }

        LineItem item() {
            long perUnit = period.type().unit() == UsageType.Unit.HOURS ? SECONDS_PER_HOUR : SECONDS_PER_MONTH;
            BigDecimal exact = period.quantity()
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
                        cost.setScale(SCALE, RoundingMode.HALF_EVEN));
            }
            return new LineItem(
                    period.type(),
                    period.detail(),
                    period.resourceId(),
                    purchaseType,
                    exact.setScale(SCALE, RoundingMode.HALF_EVEN),
                    unitPrice.stripTrailingZeros(),
                    exact.multiply(unitPrice).setScale(SCALE, RoundingMode.HALF_EVEN));
        }
    }
}
