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

/**
 * Prices metered usage: each period is cut to the billed time window, On-Demand compute per second with its
 * one-minute minimum charged when the period starts, storage per GB-month prorated by the second over a 30-day
 * month (the proration the EBS pricing page's examples use).
 */
public final class BillCalculator {

    static final long SECONDS_PER_HOUR = 3_600;
    static final long SECONDS_PER_MONTH = 30L * 24 * 3_600;
    private static final int SCALE = 6;

    private final PriceList prices;

    public BillCalculator(PriceList prices) {
        this.prices = prices;
    }

    /** The bill of {@code periods} between {@code from} and {@code to}, usage measured as of {@code now}. */
    public Bill bill(List<UsagePeriod> periods, Instant from, Instant to, Instant now) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        // One line per resource and usage type: a start/stop/start instance is one line with its hours summed.
        Map<List<Object>, long[]> seconds = new LinkedHashMap<>();
        Map<List<Object>, UsagePeriod> firstOf = new LinkedHashMap<>();
        for (UsagePeriod p : periods) {
            long billed = billedSeconds(p, from, to, now);
            if (billed <= 0) {
                continue;
            }
            List<Object> key = List.of(p.type(), p.detail(), p.resourceId(), p.region(), p.quantity());
            seconds.computeIfAbsent(key, k -> new long[1])[0] += billed;
            firstOf.putIfAbsent(key, p);
        }
        List<LineItem> items = new ArrayList<>();
        for (var e : seconds.entrySet()) {
            UsagePeriod p = firstOf.get(e.getKey());
            items.add(lineItem(p, e.getValue()[0]));
        }
        items.sort(Comparator.comparing(LineItem::service).thenComparing(LineItem::usageType)
                .thenComparing(LineItem::resourceId));
        return new Bill(from, to, items);
    }

    private LineItem lineItem(UsagePeriod p, long seconds) {
        long perUnit = p.type().unit() == UsageType.Unit.HOURS ? SECONDS_PER_HOUR : SECONDS_PER_MONTH;
        BigDecimal exact = p.quantity().multiply(BigDecimal.valueOf(seconds))
                .divide(BigDecimal.valueOf(perUnit), 12, RoundingMode.HALF_EVEN);
        BigDecimal unitPrice = prices.unitPrice(p.type(), p.detail(), p.region());
        BigDecimal cost = exact.multiply(unitPrice).setScale(SCALE, RoundingMode.HALF_EVEN);
        return new LineItem(p.type(), p.detail(), p.resourceId(), exact.setScale(SCALE, RoundingMode.HALF_EVEN),
                unitPrice.stripTrailingZeros(), cost);
    }

    /** Seconds of {@code p} inside [from, to), plus what is missing to the minimum if the period starts there. */
    static long billedSeconds(UsagePeriod p, Instant from, Instant to, Instant now) {
        Instant end = p.end().orElse(now);
        Instant start = p.start().isBefore(from) ? from : p.start();
        Instant stop = end.isAfter(to) ? to : end;
        long inside = Math.max(0, Duration.between(start, stop).getSeconds());
        boolean startsInside = !p.start().isBefore(from) && p.start().isBefore(to);
        long ran = Math.max(0, Duration.between(p.start(), end).getSeconds());
        long shortOfMinimum = p.minimum().getSeconds() - ran;
        return startsInside && shortOfMinimum > 0 ? inside + shortOfMinimum : inside;
    }
}
