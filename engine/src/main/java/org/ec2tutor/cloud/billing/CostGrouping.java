package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dimensions Cost Explorer groups a bill by ({@code GroupBy Type=DIMENSION,Key=...}), with the group names it
 * uses: a line that is not instance usage has instance type {@code NoInstanceType}.
 */
public enum CostGrouping {
    SERVICE,
    PURCHASE_TYPE,
    INSTANCE_TYPE,
    USAGE_TYPE,
    REGION;

    public static Optional<CostGrouping> fromKey(String key) {
        try {
            return Optional.of(valueOf(key.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The group of one line. */
    public String groupOf(LineItem item) {
        return switch (this) {
            case SERVICE -> item.service();
            case PURCHASE_TYPE -> item.purchaseType();
            case USAGE_TYPE -> item.usageType();
            case REGION -> item.region().id();
            case INSTANCE_TYPE ->
                switch (item.type()) {
                    case COMPUTE,
                            WINDOWS_COMPUTE,
                            SPOT,
                            DEDICATED_INSTANCE,
                            CAPACITY_RESERVATION,
                            RESERVED_HOURLY,
                            RESERVED_UPFRONT -> item.detail();
                    default -> "NoInstanceType";
                };
        };
    }

    /** The bill's cost per group, in the order groups first appear on it. */
    public Map<String, BigDecimal> totals(Bill bill) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (LineItem i : bill.items()) {
            totals.merge(groupOf(i), i.costUsd(), BigDecimal::add);
        }
        return totals;
    }
}
