package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ec2tutor.cloud.Region;

/**
 * The Spot price model: for each instance type and Availability Zone, a price that holds for three hours at a time,
 * between 25% and 45% of the On-Demand rate (AWS: "up to 90% off"; typical Linux discounts are 55-75%). It depends
 * only on the cloud's seed, the type, the zone and the time, so the same seed gives the same prices, whatever the
 * learner does.
 */
public final class SpotPrices {

    /** How far back DescribeSpotPriceHistory reaches ("up to the past 90 days", the API reference). */
    public static final Duration HISTORY = Duration.ofDays(90);

    /** How long a price holds. */
    public static final Duration STEP = Duration.ofHours(3);

    private final long seed;
    private final PriceList prices;

    public SpotPrices(long seed, PriceList prices) {
        this.seed = seed;
        this.prices = prices;
    }

    /** The price per hour at {@code at}, USD, four decimals. */
    public BigDecimal price(String instanceType, Region region, String zone, Instant at) {
        return price(instanceType, zone, prices.onDemandHourly(instanceType, region), at);
    }

    private BigDecimal price(String instanceType, String zone, BigDecimal onDemand, Instant at) {
        long step = Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
        long mix = seed * 0x9E3779B97F4A7C15L ^ instanceType.hashCode() * 31L ^ (long) zone.hashCode() << 20 ^ step;
        double factor = 0.25 + 0.20 * new SplittableRandom(mix).nextDouble();
        return onDemand.multiply(BigDecimal.valueOf(factor)).setScale(4, RoundingMode.HALF_UP);
    }

    /** When the price in force at {@code at} was set. */
    public static Instant stepStart(Instant at) {
        long step = Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
        return Instant.ofEpochSecond(step * STEP.toSeconds());
    }

    /**
     * What {@code seconds} of use starting at {@code start} cost, each second at the price in force then. A bill asks
     * again for the same open period each time, a little longer: the sum so far is remembered per period start, so
     * each step of the history is priced once however often the bill is read (incremental, linear in time passed).
     */
    public BigDecimal cost(String instanceType, Region region, String zone, Instant start, long seconds) {
        List<Object> key = List.of(instanceType, region, zone, start);
        Partial done;
        synchronized (partials) {
            done = partials.get(key);
        }
        if (done == null || done.seconds() > seconds) {
            done = new Partial(0, 0);
        }
        BigDecimal onDemand = prices.onDemandHourly(instanceType, region);
        // Exact sum in ten-thousandths of a dollar times seconds (prices have four decimals): no BigDecimal per step.
        long sum = done.sum();
        Instant at = start.plusSeconds(done.seconds());
        long left = seconds - done.seconds();
        while (left > 0) {
            Instant next = stepStart(at).plus(STEP);
            long inStep = Math.min(left, Duration.between(at, next).toSeconds());
            long price = price(instanceType, zone, onDemand, at).unscaledValue().longValueExact();
            sum = Math.addExact(sum, Math.multiplyExact(price, inStep));
            left -= inStep;
            at = at.plusSeconds(inStep);
        }
        synchronized (partials) {
            partials.put(key, new Partial(seconds, sum));
        }
        return BigDecimal.valueOf(sum, 4).divide(BigDecimal.valueOf(3600), 12, RoundingMode.HALF_EVEN);
    }

    /** The cost of the first {@code seconds} of a period, in ten-thousandths of a dollar times seconds. */
    private record Partial(long seconds, long sum) {}

    /** Sums remembered for the most recently billed periods (a bound, so a long session cannot grow it forever). */
    private static final int REMEMBERED = 4096;

    private final Map<List<Object>, Partial> partials = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Partial> eldest) {
            return size() > REMEMBERED;
        }
    };
}
