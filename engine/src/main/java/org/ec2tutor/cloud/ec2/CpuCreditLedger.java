package org.ec2tutor.cloud.ec2;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.DataFiles;
import org.ec2tutor.cloud.guest.CpuLoad;
import org.ec2tutor.cloud.guest.Guest;

/**
 * The CPU credits of one burstable instance over its life, reckoned when a bill asks (EC2 User Guide, "Unlimited
 * mode concepts" and the credit table in {@code burst-credits.tsv}). While running it earns its type's credits per
 * hour into a balance capped at 24 hours' worth and spends 60 per busy vCPU-hour (the guest's {@link CpuLoad}s; an
 * idle guest spends none). When the balance is empty an {@code unlimited} instance spends surplus credits, paid down
 * by later earnings; surplus above 24 hours' earnings is charged at the end of each hour, and all of it when the
 * instance stops or terminates or switches to {@code standard}. A {@code standard} instance is held to its baseline
 * instead and never charged. T2 balances are lost at a stop; T3, T3a and T4g keep theirs for seven days.
 */
final class CpuCreditLedger {

    /** Surplus credits charged at {@code at}; 60 credits are one vCPU-hour. */
    record Charge(Instant at, double credits) {
        BigDecimal vcpuHours() {
            return BigDecimal.valueOf(credits).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_EVEN);
        }
    }

    /** What changes the reckoning, in the order it happened. */
    private sealed interface Event permits Running, Stopped, Mode {
        Instant at();
    }

    private record Running(Instant at, String family, int vcpus, double earnPerHour, boolean unlimited)
            implements Event {}

    private record Stopped(Instant at) implements Event {}

    private record Mode(Instant at, boolean unlimited) implements Event {}

    private static final Duration BALANCE_KEPT_STOPPED = Duration.ofDays(7);
    private static final Map<String, Double> EARN_PER_HOUR = earnRates();

    private final Guest guest;
    private final List<Event> events = new ArrayList<>();

    /** The ledger of the instance whose guest is {@code guest} (where its CPU work is recorded). */
    CpuCreditLedger(Guest guest) {
        this.guest = guest;
    }

    /** Whether a type earns CPU credits (a burstable type in the credit table). */
    static boolean earnsCredits(InstanceType type) {
        return type.burstable() && EARN_PER_HOUR.containsKey(type.name());
    }

    void running(Instant at, InstanceType type, boolean unlimited) {
        if (earnsCredits(type)) {
            events.add(new Running(at, type.family(), type.vcpus(), EARN_PER_HOUR.get(type.name()), unlimited));
        }
    }

    void stopped(Instant at) {
        events.add(new Stopped(at));
    }

    void mode(Instant at, boolean unlimited) {
        events.add(new Mode(at, unlimited));
    }

    /** The instance family whose surplus rate applies (of its last run as a burstable type). */
    Optional<String> family() {
        String family = null;
        for (Event e : events) {
            if (e instanceof Running r) {
                family = r.family();
            }
        }
        return Optional.ofNullable(family);
    }

    /** Every surplus charge up to {@code until}, oldest first. */
    List<Charge> charges(Instant until) {
        Reckoning r = new Reckoning(guest.cpuLoads());
        for (Event e : events) {
            if (e.at().isAfter(until)) {
                break;
            }
            r.advanceTo(e.at());
            if (e instanceof Running run) {
                r.start(run);
            } else if (e instanceof Stopped) {
                r.stop();
            } else if (e instanceof Mode m) {
                r.switchMode(m.unlimited());
            }
        }
        r.advanceTo(until);
        return r.charges;
    }

    /** The state of the reckoning as it walks through time. */
    private static final class Reckoning {
        final List<CpuLoad> loads;
        final List<Charge> charges = new ArrayList<>();
        Instant at;
        boolean running;
        boolean unlimited;
        boolean loseBalanceAtStop;
        double earnPerHour;
        int vcpus;
        double balance;
        double surplus;
        Instant runStart;
        Instant stoppedAt;

        Reckoning(List<CpuLoad> loads) {
            this.loads = loads;
        }

        void start(Running run) {
            if (stoppedAt != null && Duration.between(stoppedAt, run.at()).compareTo(BALANCE_KEPT_STOPPED) > 0) {
                balance = 0;
            }
            running = true;
            runStart = run.at();
            unlimited = run.unlimited();
            earnPerHour = run.earnPerHour();
            vcpus = run.vcpus();
            loseBalanceAtStop = run.family().equals("t2");
        }

        void stop() {
            if (!running) {
                return;
            }
            charge(surplus);
            running = false;
            stoppedAt = at;
            if (loseBalanceAtStop) {
                balance = 0;
            }
        }

        void switchMode(boolean toUnlimited) {
            if (unlimited && !toUnlimited) {
                charge(surplus);
            }
            unlimited = toUnlimited;
        }

        void charge(double credits) {
            if (credits > 1e-9) {
                charges.add(new Charge(at, credits));
            }
            surplus = 0;
        }

        /** Moves on to {@code to}, cutting at every change of load and, while surplus can pile up, every hour. */
        void advanceTo(Instant to) {
            if (at == null) {
                at = to;
                return;
            }
            while (at.isBefore(to)) {
                Instant next = to;
                if (running) {
                    for (CpuLoad l : loads) {
                        if (!l.from().isBefore(runStart)) {
                            next = earliestAfter(next, l.from());
                            next = earliestAfter(next, l.to());
                        }
                    }
                }
                double spendPerHour = running ? busyVcpus() * 60 : 0;
                boolean piling = running && spendPerHour > earnPerHour && unlimited;
                Instant hourEnd = at.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
                if ((piling || surplus > cap()) && hourEnd.isBefore(next)) {
                    next = hourEnd;
                }
                step(Duration.between(at, next).toMillis() / 3_600_000.0, spendPerHour);
                at = next;
                if (at.equals(hourEnd) && surplus > cap()) {
                    double over = surplus - cap();
                    charges.add(new Charge(at, over));
                    surplus = cap();
                }
            }
        }

        /** One stretch of constant load: earnings pay down surplus first, spending uses the balance first. */
        private void step(double hours, double spendPerHour) {
            if (!running || hours <= 0) {
                return;
            }
            double net = (earnPerHour - spendPerHour) * hours;
            if (net >= 0) {
                double paid = Math.min(surplus, net);
                surplus -= paid;
                balance = Math.min(cap(), balance + net - paid);
            } else {
                double need = -net;
                double fromBalance = Math.min(balance, need);
                balance -= fromBalance;
                if (unlimited) {
                    surplus += need - fromBalance;
                }
                // A standard instance is held to its baseline once the balance is gone: nothing more is spent.
            }
        }

        private double cap() {
            return earnPerHour * 24;
        }

        private double busyVcpus() {
            double busy = 0;
            for (CpuLoad l : loads) {
                if (!l.from().isBefore(runStart) && !l.from().isAfter(at) && l.to().isAfter(at)) {
                    busy += l.busyVcpus();
                }
            }
            // Overlapping runs share the vCPUs: the guest can keep only its own vCPUs busy.
            return Math.min(busy, vcpus);
        }

        private Instant earliestAfter(Instant current, Instant candidate) {
            return candidate.isAfter(at) && candidate.isBefore(current) ? candidate : current;
        }
    }

    private static Map<String, Double> earnRates() {
        Map<String, Double> rates = new HashMap<>();
        for (String[] row : DataFiles.rows(CpuCreditLedger.class, "burst-credits.tsv")) {
            rates.put(row[0], Double.parseDouble(row[1]));
        }
        return rates;
    }
}
