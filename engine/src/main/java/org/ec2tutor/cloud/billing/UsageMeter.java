package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/**
 * The meter of the simulated cloud: the EC2 operations open a usage period when something starts costing money and
 * close it when it stops (an instance leaving {@code running}, a volume deleted). It records times only; prices are
 * applied when a bill is made, so the same history can be priced in different ways.
 */
public final class UsageMeter {

    /** "Every time you start your instance, Amazon EC2 charges a one-minute minimum" (StartInstances reference). */
    public static final Duration COMPUTE_MINIMUM = Duration.ofSeconds(60);

    /** Forgets an open period: Spot usage EC2 interrupts in its first hour is not charged. */
    public void waive(String resourceId, UsageType type) {
        Integer index = open.remove(key(resourceId, type));
        if (index != null) {
            UsagePeriod p = periods.get(index);
            periods.set(
                    index,
                    new UsagePeriod(
                            p.account(),
                            p.region(),
                            p.zone(),
                            p.resourceId(),
                            p.type(),
                            p.detail(),
                            BigDecimal.ZERO,
                            p.start(),
                            Optional.of(p.start()),
                            Duration.ZERO));
        }
    }

    private final List<UsagePeriod> periods = new ArrayList<>();
    /** Index in {@link #periods} of each open period, by type and resource, so metering stays O(1) per event. */
    private final Map<String, Integer> open = new HashMap<>();

    /** Starts billing {@code resourceId} for {@code type}; a period already open for it is left as it is. */
    public void open(
            AccountId account,
            Region region,
            String zone,
            String resourceId,
            UsageType type,
            String detail,
            long quantity,
            Instant at) {
        String key = key(resourceId, type, detail);
        if (open.containsKey(key)) {
            return;
        }
        open.put(key, periods.size());
        Duration minimum = switch (type) {
            case COMPUTE, WINDOWS_COMPUTE, SPOT, DEDICATED_INSTANCE, DEDICATED_HOST -> COMPUTE_MINIMUM;
            default -> Duration.ZERO;
        };
        periods.add(new UsagePeriod(
                account,
                region,
                zone,
                resourceId,
                type,
                detail,
                BigDecimal.valueOf(quantity),
                at,
                Optional.empty(),
                minimum));
    }

    /**
     * Stops billing {@code resourceId} for {@code type} (every band of it); nothing happens if it is not being
     * billed.
     */
    public void close(String resourceId, UsageType type, Instant at) {
        Integer index = open.remove(key(resourceId, type));
        if (index != null) {
            periods.set(index, periods.get(index).closedAt(at));
        }
        if (type.banded()) {
            String prefix = key(resourceId, type) + ' ';
            open.keySet().stream()
                    .filter(k -> k.startsWith(prefix))
                    .sorted()
                    .toList()
                    .forEach(k -> {
                        int i = open.remove(k);
                        periods.set(i, periods.get(i).closedAt(at));
                    });
        }
    }

    /** Every period of {@code account}, in the order they started. */
    public List<UsagePeriod> periods(AccountId account) {
        return periods.stream().filter(p -> p.account().equals(account)).toList();
    }

    private static String key(String resourceId, UsageType type) {
        return type.name() + ' ' + resourceId;
    }

    /** A banded type (io2's IOPS) keeps one open period per band of the same resource. */
    private static String key(String resourceId, UsageType type, String detail) {
        return type.banded() ? key(resourceId, type) + ' ' + detail : key(resourceId, type);
    }
}
