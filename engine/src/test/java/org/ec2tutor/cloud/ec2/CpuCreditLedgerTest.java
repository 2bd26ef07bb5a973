package org.ec2tutor.cloud.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ec2tutor.cloud.guest.CpuLoad;
import org.ec2tutor.cloud.guest.Guest;
import org.junit.jupiter.api.Test;

/**
 * Surplus CPU credits reckoned by hand from the EC2 User Guide's rules: a t3.micro earns 12 credits an hour (cap 288),
 * spends 60 per busy vCPU-hour; a t2.micro earns 6 (cap 144) and loses its balance at a stop.
 */
class CpuCreditLedgerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final InstanceType T3_MICRO =
            InstanceTypeCatalog.standard().find("t3.micro").orElseThrow();
    private static final InstanceType T2_MICRO =
            InstanceTypeCatalog.standard().find("t2.micro").orElseThrow();

    private final Guest t3Guest = new Guest(Guest.Family.AMAZON_LINUX, "ip-172-31-0-1", 1, 2);

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static List<Double> credits(CpuCreditLedger ledger, Instant until) {
        return ledger.charges(until).stream()
                .map(CpuCreditLedger.Charge::credits)
                .toList();
    }

    @Test
    void surplusIsChargedWhenTheInstanceStops() {
        CpuCreditLedger ledger = new CpuCreditLedger(t3Guest);
        ledger.running(T0, T3_MICRO, true);
        t3Guest.addCpuLoad(new CpuLoad(T0, at(2), 2));
        ledger.stopped(at(2));
        // Two hours of both vCPUs: 240 spent, 24 earned, nothing in the balance: 216 surplus, charged at the stop.
        assertThat(ledger.charges(at(10))).singleElement().satisfies(c -> {
            assertThat(c.at()).isEqualTo(at(2));
            assertThat(c.credits()).isCloseTo(216, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(c.vcpuHours()).isEqualByComparingTo("3.6");
        });
    }

    @Test
    void surplusPaidDownByLaterEarningsIsNotCharged() {
        CpuCreditLedger ledger = new CpuCreditLedger(t3Guest);
        ledger.running(T0, T3_MICRO, true);
        t3Guest.addCpuLoad(new CpuLoad(T0, at(2), 2));
        // 18 idle hours earn 216 credits: the surplus is paid down before the stop.
        ledger.stopped(at(20));
        assertThat(ledger.charges(at(30))).isEmpty();
    }

    @Test
    void surplusAboveADaysEarningsIsChargedAtTheEndOfEachHour() {
        CpuCreditLedger ledger = new CpuCreditLedger(t3Guest);
        ledger.running(T0, T3_MICRO, true);
        t3Guest.addCpuLoad(new CpuLoad(T0, at(5), 2));
        ledger.stopped(at(5));
        // 108 surplus an hour: 324 at 03:00 (36 over the cap of 288), 108 more at 04:00 and at 05:00, then the
        // remaining 288 at the stop.
        assertThat(credits(ledger, at(6)))
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b))
                .containsExactly(36.0, 108.0, 108.0, 288.0);
        assertThat(ledger.charges(at(6)).stream().map(CpuCreditLedger.Charge::at))
                .containsExactly(at(3), at(4), at(5), at(5));
    }

    @Test
    void aStandardInstanceIsHeldToItsBaselineAndNeverCharged() {
        CpuCreditLedger ledger = new CpuCreditLedger(t3Guest);
        ledger.running(T0, T3_MICRO, false);
        t3Guest.addCpuLoad(new CpuLoad(T0, at(5), 2));
        ledger.stopped(at(5));
        assertThat(ledger.charges(at(6))).isEmpty();
    }

    @Test
    void switchingToStandardSettlesTheSurplus() {
        CpuCreditLedger ledger = new CpuCreditLedger(t3Guest);
        ledger.running(T0, T3_MICRO, true);
        t3Guest.addCpuLoad(new CpuLoad(T0, at(2), 2));
        ledger.mode(at(2), false);
        assertThat(credits(ledger, at(30)))
                .singleElement()
                .satisfies(c -> assertThat(c).isCloseTo(216, org.assertj.core.data.Offset.offset(1e-6)));
    }

    @Test
    void aLoadEndsWhenTheInstanceStops() {
        CpuCreditLedger ledger = new CpuCreditLedger(t3Guest);
        ledger.running(T0, T3_MICRO, true);
        t3Guest.addCpuLoad(new CpuLoad(T0, at(10), 2));
        ledger.stopped(at(1));
        ledger.running(at(2), T3_MICRO, true);
        ledger.stopped(at(3));
        // One loaded hour (108 surplus) before the stop; the stress run does not come back after the start.
        assertThat(credits(ledger, at(4)))
                .singleElement()
                .satisfies(c -> assertThat(c).isCloseTo(108, org.assertj.core.data.Offset.offset(1e-6)));
    }

    @Test
    void aT2LosesItsBalanceAtAStopAT3KeepsIt() {
        Guest t2Guest = new Guest(Guest.Family.AMAZON_LINUX, "ip-172-31-0-2", 1, 1);
        CpuCreditLedger t2 = new CpuCreditLedger(t2Guest);
        t2.running(T0, T2_MICRO, true);
        t2.stopped(at(24));
        t2.running(at(25), T2_MICRO, true);
        t2Guest.addCpuLoad(new CpuLoad(at(25), at(26), 1));
        t2.stopped(at(26));
        // The 144 credits a day idle earned are gone: an hour at 100% spends 60, earns 6, so 54 surplus.
        assertThat(credits(t2, at(27)))
                .singleElement()
                .satisfies(c -> assertThat(c).isCloseTo(54, org.assertj.core.data.Offset.offset(1e-6)));

        CpuCreditLedger t3 = new CpuCreditLedger(t3Guest);
        t3.running(T0, T3_MICRO, true);
        t3.stopped(at(24));
        t3.running(at(25), T3_MICRO, true);
        t3Guest.addCpuLoad(new CpuLoad(at(25), at(26), 2));
        t3.stopped(at(26));
        assertThat(t3.charges(at(27))).as("288 kept, 108 of it spent").isEmpty();
    }

    @Test
    void anIdleInstanceIsNeverCharged() {
        CpuCreditLedger ledger = new CpuCreditLedger(t3Guest);
        ledger.running(T0, T3_MICRO, true);
        assertThat(ledger.charges(at(24 * 365))).isEmpty();
    }
}
