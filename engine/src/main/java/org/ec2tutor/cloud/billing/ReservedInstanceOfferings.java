package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ec2tutor.cloud.Region;

/**
 * The Reserved Instance offerings of a Region: for each instance type, 1 and 3 years, Standard and Convertible, each
 * payment option, priced from the On-Demand rate and the discounts of {@code prices.tsv}. Ids are name-based UUIDs,
 * so an offering id is the same in every session.
 */
public final class ReservedInstanceOfferings {

    private static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(8_760);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private ReservedInstanceOfferings() {}

    public static List<ReservedInstanceOffering> of(PriceList prices, List<String> instanceTypes, Region region) {
        List<ReservedInstanceOffering> offerings = new ArrayList<>();
        for (String type : instanceTypes) {
            BigDecimal onDemand = prices.onDemandHourly(type, region);
            for (int years : new int[] {1, 3}) {
                for (OfferingClass c : OfferingClass.values()) {
                    for (PaymentOption p : PaymentOption.values()) {
                        BigDecimal effective =
                                onDemand.multiply(BigDecimal.ONE.subtract(prices.reservedDiscount(c, years, p)));
                        offerings.add(offering(type, region, years, c, p, effective));
                    }
                }
            }
        }
        return offerings;
    }

    private static ReservedInstanceOffering offering(
            String type, Region region, int years, OfferingClass c, PaymentOption p, BigDecimal effectiveHourly) {
        BigDecimal termCost = effectiveHourly.multiply(HOURS_PER_YEAR).multiply(BigDecimal.valueOf(years));
        BigDecimal upfront = switch (p) {
            case ALL_UPFRONT -> termCost;
            case PARTIAL_UPFRONT -> termCost.multiply(HALF);
            case NO_UPFRONT -> BigDecimal.ZERO;
        };
        BigDecimal hourly = switch (p) {
            case ALL_UPFRONT -> BigDecimal.ZERO;
            case PARTIAL_UPFRONT -> effectiveHourly.multiply(HALF);
            case NO_UPFRONT -> effectiveHourly;
        };
        String key = String.join("/", type, region.id(), String.valueOf(years), c.awsName(), p.awsName());
        String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        return new ReservedInstanceOffering(
                id,
                type,
                region,
                years,
                c,
                p,
                upfront.setScale(2, RoundingMode.HALF_UP),
                hourly.setScale(4, RoundingMode.HALF_UP));
    }
}
