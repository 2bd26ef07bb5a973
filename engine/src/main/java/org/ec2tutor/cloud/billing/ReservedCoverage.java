package org.ec2tutor.cloud.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ec2tutor.cloud.Region;

/**
 * Which running seconds reservations cover. A Reserved Instance applies automatically to running instances of its
 * type in its Region, a Capacity Reservation to those in its Availability Zone; at any moment a reservation covers
 * as many instances as it reserves, the longest-running first, and coverage is never banked for later (an unused
 * hour is lost).
 */
final class ReservedCoverage {

    /** A reservation as coverage sees it; {@code zone} empty for Regional ones. */
    record Window(String instanceType, Region region, Optional<String> zone, int count, Instant start, Instant end) {

        static Window of(ReservedInstance ri) {
            return new Window(
                    ri.offering().instanceType(),
                    ri.offering().region(),
                    Optional.empty(),
                    ri.count(),
                    ri.start(),
                    ri.end());
        }

        static Window of(CapacityReservation cr, Instant until) {
            return new Window(
                    cr.instanceType(),
                    cr.region(),
                    Optional.of(cr.zone()),
                    cr.count(),
                    cr.start(),
                    cr.endsAt().orElse(until));
        }

        boolean matches(UsagePeriod p) {
            return p.detail().equals(instanceType)
                    && p.region() == region
                    && zone.map(z -> z.equals(p.zone())).orElse(true);
        }
    }

    private ReservedCoverage() {}

    static Map<UsagePeriod, Long> coveredSeconds(
            List<UsagePeriod> periods, List<Window> reservations, Instant from, Instant until) {
        Map<UsagePeriod, Long> covered = new HashMap<>();
        if (reservations.isEmpty() || !until.isAfter(from)) {
            return covered;
        }
        List<UsagePeriod> compute =
                periods.stream().filter(p -> p.type() == UsageType.COMPUTE).toList();
        TreeSet<Instant> boundaries = new TreeSet<>(List.of(from, until));
        for (UsagePeriod p : compute) {
            boundaries.add(p.start());
            p.end().ifPresent(boundaries::add);
        }
        for (Window w : reservations) {
            boundaries.add(w.start());
            boundaries.add(w.end());
        }
        List<Instant> cuts = new ArrayList<>(boundaries.subSet(from, true, until, true));
        for (int i = 0; i + 1 < cuts.size(); i++) {
            Instant a = cuts.get(i);
            Instant b = cuts.get(i + 1);
            long seconds = Duration.between(a, b).toSeconds();
            // An instance is covered by one reservation at a time.
            Set<UsagePeriod> coveredNow = new HashSet<>();
            for (Window w : reservations) {
                if (w.start().isAfter(a) || !w.end().isAfter(a)) {
                    continue;
                }
                List<UsagePeriod> running = compute.stream()
                        .filter(w::matches)
                        .filter(p -> !p.start().isAfter(a)
                                && p.end().map(e -> !e.isBefore(b)).orElse(true))
                        .filter(p -> !coveredNow.contains(p))
                        .sorted(Comparator.comparing(UsagePeriod::start).thenComparing(UsagePeriod::resourceId))
                        .limit(w.count())
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
