package org.ec2tutor.cloud.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which running seconds Reserved Instances cover. A reservation applies automatically to running instances of its
 * type in its Region; at any moment it covers as many instances as it reserves, the longest-running first, and
 * coverage is never banked for later (an unused hour is lost).
 */
final class ReservedCoverage {

    private ReservedCoverage() {}

    static Map<UsagePeriod, Long> coveredSeconds(List<UsagePeriod> periods, List<ReservedInstance> reservations,
            Instant from, Instant until) {
        Map<UsagePeriod, Long> covered = new HashMap<>();
        if (reservations.isEmpty() || !until.isAfter(from)) {
            return covered;
        }
        List<UsagePeriod> compute = periods.stream().filter(p -> p.type() == UsageType.COMPUTE).toList();
        TreeSet<Instant> boundaries = new TreeSet<>(List.of(from, until));
        for (UsagePeriod p : compute) {
            boundaries.add(p.start());
            p.end().ifPresent(boundaries::add);
        }
        for (ReservedInstance ri : reservations) {
            boundaries.add(ri.start());
            boundaries.add(ri.end());
        }
        List<Instant> cuts = new ArrayList<>(boundaries.subSet(from, true, until, true));
        for (int i = 0; i + 1 < cuts.size(); i++) {
            Instant a = cuts.get(i);
            Instant b = cuts.get(i + 1);
            long seconds = Duration.between(a, b).getSeconds();
            // An instance is covered by one reservation at a time.
            Set<UsagePeriod> coveredNow = new HashSet<>();
            for (ReservedInstance ri : reservations) {
                if (ri.start().isAfter(a) || !ri.end().isAfter(a)) {
                    continue;
                }
                ReservedInstanceOffering o = ri.offering();
                List<UsagePeriod> running = compute.stream()
                        .filter(p -> p.detail().equals(o.instanceType()) && p.region() == o.region())
                        .filter(p -> !p.start().isAfter(a) && p.end().map(e -> !e.isBefore(b)).orElse(true))
                        .filter(p -> !coveredNow.contains(p))
                        .sorted(Comparator.comparing(UsagePeriod::start).thenComparing(UsagePeriod::resourceId))
                        .limit(ri.count())
                        .toList();
                for (UsagePeriod p : running) {
                    coveredNow.add(p);
                    covered.merge(p, seconds, Long::sum);
                }
            }
        }
        return covered;
    }
}
