package org.ec2tutor.cloud.billing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/**
 * Billing as the surfaces need it, for one account from one Region: its bill over a period, when it first paid, and
 * what a steady workload would cost. Each call is one transaction of the cloud. The cloud supplies itself through
 * {@link Ledger}, so billing depends on no more of it than this.
 */
public final class AccountBilling {

    /** What billing reads of the cloud. */
    public interface Ledger {
        <T> T transact(Supplier<T> work);

        Instant now();

        Bill bill(AccountId account, Instant from, Instant to);

        Optional<Instant> firstCharge(AccountId account);

        PriceList prices();

        SpotPrices spotPrices();

        /** The vCPUs of an instance type an On-Demand workload can run on (not mac: those need a host). */
        OptionalInt vcpusOfComparableType(String instanceType);

        /** Notes that the account read its bill: on AWS that is Cost Explorer's GetCostAndUsage, which lessons see. */
        void recordBillRead(AccountId account, Region region);
    }

    /** A workload priced under every purchase option, cheapest first. */
    public record Comparison(CostComparison.Workload workload, List<CostComparison.Option> options) {}

    private final Ledger ledger;
    private final AccountId account;
    private final Region region;

    public AccountBilling(Ledger ledger, AccountId account, Region region) {
        this.ledger = ledger;
        this.account = account;
        this.region = region;
    }

    /** The bill between {@code from} and {@code to} (end exclusive), recorded as a GetCostAndUsage call. */
    public Bill read(Instant from, Instant to) {
        return ledger.transact(() -> {
            ledger.recordBillRead(account, region);
            return ledger.bill(account, from, to);
        });
    }

    /** The bill from the first charge up to now. */
    public Bill readToDate() {
        Instant to = ledger.transact(ledger::now);
        return read(firstCharge().orElse(to), to);
    }

    /** When the account first used or bought something billable, if it has. */
    public Optional<Instant> firstCharge() {
        return ledger.transact(() -> ledger.firstCharge(account));
    }

    /**
     * {@code count} instances of {@code instanceType} so many hours a day for so many months, priced from now on;
     * empty when the type is unknown or cannot run On-Demand (mac).
     */
    public Optional<Comparison> compare(String instanceType, int count, double hoursPerDay, int months) {
        return ledger.transact(() -> {
            OptionalInt vcpus = ledger.vcpusOfComparableType(instanceType);
            if (vcpus.isEmpty()) {
                return Optional.empty();
            }
            var workload =
                    new CostComparison.Workload(instanceType, vcpus.getAsInt(), region, count, hoursPerDay, months);
            return Optional.of(new Comparison(
                    workload, CostComparison.compare(ledger.prices(), ledger.spotPrices(), ledger.now(), workload)));
        });
    }
}
