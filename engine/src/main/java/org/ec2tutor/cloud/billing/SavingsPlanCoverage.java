package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which On-Demand instance seconds Savings Plans pay for, hour by hour, by AWS's rules ("How Savings Plans apply to
 * your AWS usage"): Reserved Instances and Capacity Reservations apply first; then EC2 Instance plans, then Compute
 * plans; within a type the plans are pooled and the usage with the highest saving on On-Demand is covered first
 * (ties: the lowest plan rate first); a plan covers an hour's usage until its hourly commitment, spent at the plan's
 * rates, runs out; what is left runs at On-Demand. Only Linux instances of shared tenancy are covered here.
 */
final class SavingsPlanCoverage {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600);

    /**
     * What the plans covered.
     *
     * @param seconds per usage period, the seconds each plan paid for
     * @param usedUsd per plan, the commitment spent (covered seconds at the plan's rates)
     */
    record Result(Map<UsagePeriod, Map<SavingsPlan, Long>> seconds, Map<SavingsPlan, BigDecimal> usedUsd) {

        long coveredSeconds(UsagePeriod p) {
            return seconds.getOrDefault(p, Map.of()).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    private record Combination(UsagePeriod period, SavingsPlan plan, BigDecimal rate, BigDecimal saving) {}

    private SavingsPlanCoverage() {}

    static Result apply(
            PriceList prices,
            List<UsagePeriod> periods,
            List<ReservedCoverage.Window> reservations,
            List<ReservedCoverage.Window> capacity,
            List<SavingsPlan> plans,
            Instant from,
            Instant until) {
        Map<UsagePeriod, Map<SavingsPlan, Long>> seconds = new LinkedHashMap<>();
        Map<SavingsPlan, BigDecimal> used = new LinkedHashMap<>();
        if (plans.isEmpty() || !until.isAfter(from)) {
            return new Result(seconds, used);
        }
        List<UsagePeriod> compute =
                periods.stream().filter(p -> p.type() == UsageType.COMPUTE).toList();
        for (Instant hour = from.truncatedTo(ChronoUnit.HOURS); hour.isBefore(until); hour = hour.plusSeconds(3_600)) {
            Instant a = hour.isBefore(from) ? from : hour;
            Instant end = hour.plusSeconds(3_600);
            Instant b = end.isAfter(until) ? until : end;
            List<SavingsPlan> active = plans.stream()
                    .filter(s -> s.start().isBefore(b) && s.end().isAfter(a))
                    .toList();
            if (active.isEmpty()) {
                continue;
            }
            Map<UsagePeriod, Long> held = ReservedCoverage.coveredSeconds(compute, capacity, a, b);
            Map<UsagePeriod, Long> reserved = ReservedCoverage.coveredSeconds(compute, reservations, a, b);
            Map<UsagePeriod, Long> left = new HashMap<>();
            for (UsagePeriod p : compute) {
                long run = overlap(p.start(), p.end().orElse(b), a, b)
                        - held.getOrDefault(p, 0L)
                        - reserved.getOrDefault(p, 0L);
                if (run > 0) {
                    left.put(p, run);
                }
            }
            Map<SavingsPlan, BigDecimal> commitment = new HashMap<>();
            for (SavingsPlan s : active) {
                commitment.put(
                        s,
                        s.commitment()
                                .multiply(BigDecimal.valueOf(overlap(s.start(), s.end(), a, b)))
                                .divide(SECONDS_PER_HOUR, 12, RoundingMode.HALF_EVEN));
            }
            for (SavingsPlanType type : SavingsPlanType.values()) {
                for (Combination c : combinations(prices, left, active, type)) {
                    long usage = left.getOrDefault(c.period(), 0L);
                    BigDecimal budget = commitment.get(c.plan());
                    if (usage <= 0 || budget.signum() <= 0) {
                        continue;
                    }
                    long affordable = budget.multiply(SECONDS_PER_HOUR)
                            .divide(c.rate(), 0, RoundingMode.FLOOR)
                            .longValue();
                    long covered = Math.min(usage, affordable);
                    if (covered <= 0) {
                        continue;
                    }
                    BigDecimal spent = c.rate()
                            .multiply(BigDecimal.valueOf(covered))
                            .divide(SECONDS_PER_HOUR, 12, RoundingMode.HALF_EVEN);
                    left.put(c.period(), usage - covered);
                    commitment.put(c.plan(), budget.subtract(spent));
                    seconds.computeIfAbsent(c.period(), k -> new LinkedHashMap<>())
                            .merge(c.plan(), covered, Long::sum);
                    used.merge(c.plan(), spent, BigDecimal::add);
                }
            }
        }
        return new Result(seconds, used);
    }

    /** Every (usage, plan of this type) pair the plan covers, highest saving first, then lowest rate. */
    private static List<Combination> combinations(
            PriceList prices, Map<UsagePeriod, Long> left, List<SavingsPlan> active, SavingsPlanType type) {
        List<Combination> out = new ArrayList<>();
        for (UsagePeriod p : left.keySet()) {
            BigDecimal onDemand = prices.onDemandHourly(p.detail(), p.region());
            for (SavingsPlan s : active) {
                if (s.offering().planType() == type && s.offering().covers(p.detail(), p.region())) {
                    BigDecimal rate = s.offering().rate(prices, p.detail(), p.region());
                    BigDecimal saving = onDemand.subtract(rate).divide(onDemand, 12, RoundingMode.HALF_EVEN);
                    out.add(new Combination(p, s, rate, saving));
                }
            }
        }
        out.sort(Comparator.comparing(Combination::saving)
                .reversed()
                .thenComparing(Combination::rate)
                .thenComparing(c -> c.period().start())
                .thenComparing(c -> c.period().resourceId())
                .thenComparing(c -> c.plan().start())
                .thenComparing(c -> c.plan().id()));
        return out;
    }

    private static long overlap(Instant start, Instant end, Instant a, Instant b) {
        Instant s = start.isBefore(a) ? a : start;
        Instant e = end.isAfter(b) ? b : end;
        return Math.max(0, Duration.between(s, e).toSeconds());
    }
}
