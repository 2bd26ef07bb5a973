package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.Region;

/**
 * What a steady workload costs under each purchase option the simulator prices: On-Demand for the hours used, and
 * every Reserved Instance offering and Savings Plan, whose terms are paid in full (every hour of the term, used or
 * not; a 3-year term for a 12-month need is still three years).
 */
public final class CostComparison {

    /**
     * The workload: {@code count} instances of one type, so many hours a day, for so many months of 730 hours (the
     * month of the AWS Pricing Calculator, so that 12 months are exactly a 1-year term).
     */
    public record Workload(String instanceType, int vcpus, Region region, int count, double hoursPerDay, int months) {

        /** The family, e.g. {@code m5}: what a Dedicated Host is allocated for. */
        String family() {
            return instanceType.substring(0, instanceType.indexOf('.'));
        }
    }

    /**
     * One way to pay.
     *
     * @param upfront paid at the start of each term
     * @param total everything paid for the workload's duration, commitments included
     * @param committedMonths how long the option binds you (0 for On-Demand)
     */
    public record Option(String name, BigDecimal upfront, BigDecimal total, int committedMonths) {}

    private static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);
    private static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(8_760);

    private CostComparison() {}

    /** The options without Spot, cheapest first. */
    public static List<Option> compare(PriceList prices, Workload w) {
        return compare(prices, Optional.empty(), w);
    }

    /**
     * The options, cheapest first; with a Spot price model, also Spot at the prices the model gives from
     * {@code from} on in the Region's first zone (what you would pay if never interrupted).
     */
    public static List<Option> compare(PriceList prices, SpotPrices spot, Instant from, Workload w) {
        return compare(prices, Optional.of(new SpotStart(spot, from)), w);
    }

    private record SpotStart(SpotPrices prices, Instant from) {}

    private static List<Option> compare(PriceList prices, Optional<SpotStart> spot, Workload w) {
        BigDecimal count = BigDecimal.valueOf(w.count());
        BigDecimal usedHours = BigDecimal.valueOf(w.hoursPerDay())
                .divide(BigDecimal.valueOf(24), 12, RoundingMode.HALF_EVEN)
                .multiply(HOURS_PER_MONTH)
                .multiply(BigDecimal.valueOf(w.months()));
        List<Option> options = new ArrayList<>();
        options.add(new Option(
                "On-Demand",
                money(BigDecimal.ZERO),
                money(prices.onDemandHourly(w.instanceType(), w.region())
                        .multiply(usedHours)
                        .multiply(count)),
                0));
        spot.ifPresent(s -> {
            // Running around the clock for the whole period, the average price is what the used hours pay.
            long wholePeriod = HOURS_PER_MONTH
                    .multiply(BigDecimal.valueOf(w.months()))
                    .multiply(BigDecimal.valueOf(3600))
                    .longValue();
            BigDecimal average = s.prices()
                    .cost(
                            w.instanceType(),
                            w.region(),
                            w.region().availabilityZones().get(0),
                            s.from(),
                            wholePeriod)
                    .divide(HOURS_PER_MONTH.multiply(BigDecimal.valueOf(w.months())), 12, RoundingMode.HALF_EVEN);
            options.add(new Option(
                    "Spot (if never interrupted)",
                    money(BigDecimal.ZERO),
                    money(average.multiply(usedHours).multiply(count)),
                    0));
        });
        for (ReservedInstanceOffering o : ReservedInstanceOfferings.of(prices, List.of(w.instanceType()), w.region())) {
            int termMonths = 12 * o.years();
            int terms = (w.months() + termMonths - 1) / termMonths;
            BigDecimal perTerm = o.fixedPrice()
                    .add(o.hourlyRecurring().multiply(HOURS_PER_YEAR).multiply(BigDecimal.valueOf(o.years())));
            String name = "RI " + o.offeringClass().awsName() + " " + o.years() + "y "
                    + o.paymentOption().awsName();
            BigDecimal upfront = money(o.fixedPrice().multiply(count));
            BigDecimal total = money(perTerm.multiply(count).multiply(BigDecimal.valueOf(terms)));
            options.add(new Option(name, upfront, total, terms * termMonths));
        }
        options.addAll(savingsPlans(prices, w, count));
        prices.host(w.family()).ifPresent(rate -> {
            // A host is billed around the clock while allocated, whatever runs on it, however many hours a day.
            int hosts = (w.count() * w.vcpus() + rate.vcpus() - 1) / rate.vcpus();
            BigDecimal hourly = rate.usdPerHour().multiply(prices.regionFactor(w.region()));
            options.add(new Option(
                    "Dedicated Host (" + hosts + " " + w.family() + " host" + (hosts == 1 ? "" : "s") + ")",
                    money(BigDecimal.ZERO),
                    money(hourly.multiply(BigDecimal.valueOf(hosts))
                            .multiply(HOURS_PER_MONTH)
                            .multiply(BigDecimal.valueOf(w.months()))),
                    0));
        });
        // On a tie the Reserved Instance comes first: it is what can actually be bought here.
        options.sort(Comparator.comparing(Option::total)
                .thenComparing(o -> o.name().contains("Savings Plan"))
                .thenComparing(Option::name));
        return options;
    }

    /**
     * The Savings Plans that would cover the workload, as {@code create-savings-plan} sells them: a commitment of
     * the plan's rate times the instances, per hour, rounded up to AWS's $0.001 step, paid every hour of each term
     * (all of it up front for All Upfront). No Upfront and All Upfront, the ends of the range, like the bill's rates.
     */
    private static List<Option> savingsPlans(PriceList prices, Workload w, BigDecimal count) {
        List<Option> out = new ArrayList<>();
        for (SavingsPlanOffering o : SavingsPlanOfferings.of(List.of(w.instanceType()))) {
            boolean applies = o.region().map(r -> r == w.region()).orElse(true);
            boolean ends =
                    o.paymentOption() == PaymentOption.NO_UPFRONT || o.paymentOption() == PaymentOption.ALL_UPFRONT;
            if (!applies || !ends) {
                continue;
            }
            BigDecimal commitment =
                    o.rate(prices, w.instanceType(), w.region()).multiply(count).setScale(3, RoundingMode.CEILING);
            int termMonths = 12 * o.years();
            int terms = (w.months() + termMonths - 1) / termMonths;
            BigDecimal perTerm = commitment.multiply(HOURS_PER_YEAR).multiply(BigDecimal.valueOf(o.years()));
            out.add(new Option(
                    o.planType().label() + " Savings Plan " + o.years() + "y "
                            + o.paymentOption().awsName() + " ($" + commitment.toPlainString() + "/h)",
                    money(perTerm.multiply(o.upfrontShare())),
                    money(perTerm.multiply(BigDecimal.valueOf(terms))),
                    terms * termMonths));
        }
        return out;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
