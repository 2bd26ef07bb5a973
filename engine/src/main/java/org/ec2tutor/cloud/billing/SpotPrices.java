package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.ec2tutor.cloud.Region;

/**
 * The Spot price model: for each instance type and Availability Zone, a price that holds for three hours at a time,
 * between 25% and 45% of the On-Demand rate (AWS: "up to 90% off"; typical Linux discounts are 55-75%). It depends
 * only on the cloud's seed, the type, the zone and the time, so the same seed gives the same prices, whatever the
 * learner does.
 */
public final class SpotPrices {

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
        long step = Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
        long mix = seed * 0x9E3779B97F4A7C15L ^ instanceType.hashCode() * 31L ^ (long) zone.hashCode() << 20 ^ step;
        double factor = 0.25 + 0.20 * new SplittableRandom(mix).nextDouble();
        return prices.onDemandHourly(instanceType, region)
                .multiply(BigDecimal.valueOf(factor))
                .setScale(4, RoundingMode.HALF_UP);
    }

    /** When the price in force at {@code at} was set. */
    public static Instant stepStart(Instant at) {
        long step = Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
        return Instant.ofEpochSecond(step * STEP.toSeconds());
    }

    /** What {@code seconds} of use starting at {@code start} cost, each second at the price in force then. */
    public BigDecimal cost(String instanceType, Region region, String zone, Instant start, long seconds) {
        BigDecimal total = BigDecimal.ZERO;
        Instant at = start;
        long left = seconds;
        while (left > 0) {
            Instant next = stepStart(at).plus(STEP);
            long inStep = Math.min(left, Duration.between(at, next).toSeconds());
            total = total.add(price(instanceType, region, zone, at).multiply(BigDecimal.valueOf(inStep)));
            left -= inStep;
            at = at.plusSeconds(inStep);
        }
        return total.divide(BigDecimal.valueOf(3600), 12, RoundingMode.HALF_EVEN);
    }
}
