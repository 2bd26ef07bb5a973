package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Cost Explorer's GetCostAndUsage over the simulated bill: the period cut into hours, days or months (UTC), each
 * bucket's bill read the way {@code %bill} reads it, filtered, grouped by up to two dimensions or tags, and summed
 * per metric. One source: the numbers are the bill's line items.
 */
public final class CostQuery {

    /** How finely the period is cut. */
    public enum Granularity {
        HOURLY,
        DAILY,
        MONTHLY
    }

    /** A GroupBy or filter key: a DIMENSION ({@code SERVICE}) or a TAG ({@code Environment}). */
    public record Key(boolean tag, String name) {}

    /** Cost Explorer's Expression, as far as the simulator evaluates it. */
    public sealed interface Filter {
        boolean test(LineItem item, Function<String, Map<String, String>> tagsOf);
    }

    /** {@code Dimensions} or {@code Tags}: the line's value is one of {@code values}. */
    public record Match(Key key, List<String> values) implements Filter {
        @Override
        public boolean test(LineItem item, Function<String, Map<String, String>> tagsOf) {
            return values.contains(valueOf(key, item, tagsOf));
        }
    }

    public record And(List<Filter> all) implements Filter {
        @Override
        public boolean test(LineItem item, Function<String, Map<String, String>> tagsOf) {
            return all.stream().allMatch(f -> f.test(item, tagsOf));
        }
    }

    public record Or(List<Filter> any) implements Filter {
        @Override
        public boolean test(LineItem item, Function<String, Map<String, String>> tagsOf) {
            return any.stream().anyMatch(f -> f.test(item, tagsOf));
        }
    }

    public record Not(Filter negated) implements Filter {
        @Override
        public boolean test(LineItem item, Function<String, Map<String, String>> tagsOf) {
            return !negated.test(item, tagsOf);
        }
    }

    /** One metric's value: the amount and its unit ({@code USD}, {@code Hrs}, or {@code N/A} for mixed units). */
    public record Metric(BigDecimal amount, String unit) {}

    /** One group of a bucket: its keys in GroupBy order and its metrics. */
    public record Group(List<String> keys, Map<String, Metric> metrics) {}

    /** One bucket of the period: its total when ungrouped, its groups when grouped. */
    public record Bucket(
            Instant start, Instant end, Map<String, Metric> total, List<Group> groups, boolean estimated) {}

    /** The metrics of the model; the cost ones are the same number here (no credits, refunds or amortising). */
    public static final Set<String> METRICS = Set.of(
            "AmortizedCost",
            "BlendedCost",
            "NetAmortizedCost",
            "NetUnblendedCost",
            "NormalizedUsageAmount",
            "UnblendedCost",
            "UsageQuantity");

    private CostQuery() {}

    /** The dimension keys GroupBy and filters take here, validated. */
    public static Key dimension(String name) {
        if (CostGrouping.fromKey(name).isEmpty() || !name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            throw Ec2Errors.costExplorerInvalid("Dimension " + name + " is not supported here: use SERVICE, "
                    + "USAGE_TYPE, INSTANCE_TYPE, REGION or PURCHASE_TYPE");
        }
        return new Key(false, name);
    }

    public static List<Bucket> run(
            Function<Instant[], Bill> bills,
            Function<String, Map<String, String>> tagsOf,
            Instant start,
            Instant end,
            Granularity granularity,
            List<String> metrics,
            List<Key> groupBy,
            Optional<Filter> filter,
            Instant now) {
        if (!start.isBefore(end)) {
            throw Ec2Errors.costExplorerStartAfterEnd();
        }
        if (metrics.isEmpty()) {
            throw Ec2Errors.costExplorerInvalid("Metrics must not be empty");
        }
        metrics.forEach(m -> {
            if (!METRICS.contains(m)) {
                throw Ec2Errors.costExplorerBadMetric(m);
            }
        });
        if (groupBy.size() > 2) {
            throw Ec2Errors.costExplorerInvalid("You can group by at most two dimensions or tags");
        }
        List<Bucket> out = new ArrayList<>();
        for (Instant a = start; a.isBefore(end); ) {
            Instant b = next(a, granularity);
            if (b.isAfter(end)) {
                b = end;
            }
            Bill bill = bills.apply(new Instant[] {a, b});
            List<LineItem> items = bill.items().stream()
                    .filter(i -> filter.map(f -> f.test(i, tagsOf)).orElse(true))
                    .toList();
            boolean estimated = b.isAfter(now);
            if (groupBy.isEmpty()) {
                out.add(new Bucket(a, b, metrics(items, metrics), List.of(), estimated));
            } else {
                Map<List<String>, List<LineItem>> groups = new LinkedHashMap<>();
                for (LineItem i : items) {
                    List<String> keys = groupBy.stream()
                            .map(k -> k.tag() ? k.name() + "$" + valueOf(k, i, tagsOf) : valueOf(k, i, tagsOf))
                            .toList();
                    groups.computeIfAbsent(keys, k -> new ArrayList<>()).add(i);
                }
                List<Group> g = new ArrayList<>();
                groups.forEach((keys, lines) -> g.add(new Group(keys, metrics(lines, metrics))));
                out.add(new Bucket(a, b, Map.of(), g, estimated));
            }
            a = b;
        }
        return out;
    }

    private static Instant next(Instant a, Granularity g) {
        ZonedDateTime t = a.atZone(ZoneOffset.UTC);
        return switch (g) {
            case HOURLY -> t.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
            case DAILY -> t.truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
            case MONTHLY ->
                t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).plusMonths(1).toInstant();
        };
    }

    private static Map<String, Metric> metrics(List<LineItem> items, List<String> metrics) {
        Map<String, Metric> out = new LinkedHashMap<>();
        for (String m : metrics) {
            if (m.equals("UsageQuantity") || m.equals("NormalizedUsageAmount")) {
                java.util.TreeSet<String> units = new java.util.TreeSet<>();
                items.forEach(i -> units.add(i.unit()));
                BigDecimal q = items.stream().map(LineItem::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                out.put(m, new Metric(q, units.size() == 1 ? units.first() : "N/A"));
            } else {
                BigDecimal c = items.stream().map(LineItem::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
                out.put(m, new Metric(c, "USD"));
            }
        }
        return out;
    }

    /** A line's value for a key; a resource without the tag is in the group {@code ""} (AWS prints {@code Key$}). */
    static String valueOf(Key key, LineItem item, Function<String, Map<String, String>> tagsOf) {
        if (key.tag()) {
            return tagsOf.apply(item.resourceId()).getOrDefault(key.name(), "");
        }
        return CostGrouping.fromKey(key.name()).orElseThrow().groupOf(item);
    }
}
