package org.ec2tutor.cloud.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.InstanceTypeCatalog;
import org.junit.jupiter.api.Test;

/** Which way to pay is cheapest depends on how long and how much the workload runs. */
class CostComparisonTest {

    private final PriceList prices = PriceList.standard(
            name -> InstanceTypeCatalog.standard().find(name).orElseThrow().onDemandUsdPerHour(),
            name -> new PriceList.Shape(vcpus(name), false));

    private List<CostComparison.Option> compare(String type, int count, double hours, int months) {
        return CostComparison.compare(
                prices, new CostComparison.Workload(type, vcpus(type), Region.US_EAST_1, count, hours, months));
    }

    private static int vcpus(String type) {
        return InstanceTypeCatalog.standard().find(type).orElseThrow().vcpus();
    }

    private static CostComparison.Option named(List<CostComparison.Option> options, String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aYearRoundTheClockFavoursAOneYearReservationPaidUpfront() {
        var options = compare("m5.large", 3, 24, 12);
        assertThat(options).hasSize(22);
        assertThat(named(options, "On-Demand").total()).isEqualByComparingTo("2522.88"); // 0.096 x 8760 h x 3
        assertThat(options.get(0).name()).isEqualTo("RI standard 1y All Upfront");
        assertThat(named(options, "RI standard 3y All Upfront").total())
                .as("a 3-year term for a 1-year need is paid in full")
                .isGreaterThan(named(options, "On-Demand").total());
        assertThat(named(options, "RI standard 1y No Upfront").upfront()).isZero();
        assertThat(options).extracting(CostComparison.Option::total).isSorted();
    }

    @Test
    void threeYearsFavourThreeYearTermsAndPartTimeUseFavoursOnDemand() {
        assertThat(compare("m5.large", 1, 24, 36).get(0).name()).isEqualTo("RI standard 3y All Upfront");
        var partTime = compare("t3.micro", 1, 8, 36);
        assertThat(partTime.get(0).name()).isEqualTo("On-Demand");
        assertThat(named(partTime, "On-Demand").total())
                .isEqualByComparingTo(new BigDecimal("0.0104")
                        .multiply(BigDecimal.valueOf(8 * 365 * 3))
                        .setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void otherRegionsCostTheirFactorMore() {
        var dublin =
                CostComparison.compare(prices, new CostComparison.Workload("m5.large", 2, Region.EU_WEST_1, 1, 24, 12));
        assertThat(named(dublin, "On-Demand").total())
                .isEqualByComparingTo(named(compare("m5.large", 1, 24, 12), "On-Demand")
                        .total()
                        .multiply(new BigDecimal("1.10"))
                        .setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void aDedicatedHostIsPricedPerHostAroundTheClockHoweverFewHoursTheInstancesRun() {
        // One m5 host (96 vCPUs) holds 48 m5.large; 5.069 USD an host-hour for 8,760 hours.
        assertThat(named(compare("m5.large", 3, 8, 12), "Dedicated Host (1 m5 host)")
                        .total())
                .isEqualByComparingTo("44404.44");
        assertThat(named(compare("m5.large", 49, 24, 12), "Dedicated Host (2 m5 hosts)")
                        .total())
                .isEqualByComparingTo("88808.88");
        assertThat(compare("t3.micro", 1, 24, 12))
                .extracting(CostComparison.Option::name)
                .as("no t3 hosts are simulated")
                .noneMatch(n -> n.startsWith("Dedicated Host"));
    }

    @Test
    void savingsPlansAreSoldAsAnHourlyCommitmentThatCoversTheWorkload() {
        var options = compare("m5.large", 2, 24, 12);
        // EC2 Instance plan, 1 year, No Upfront: m5.large at $0.096 less 37% is $0.06048 an hour; two of them need
        // $0.12096, sold as $0.121 an hour for 8,760 hours.
        var ec2Plan = named(options, "EC2 Instance Savings Plan 1y No Upfront ($0.121/h)");
        assertThat(ec2Plan.total()).isEqualByComparingTo("1059.96");
        assertThat(ec2Plan.upfront()).isEqualByComparingTo("0.00");
        assertThat(ec2Plan.committedMonths()).isEqualTo(12);
        // Compute plan, 3 years, All Upfront: 51% off, $0.04704 each, $0.095 an hour for 26,280 hours, all up front.
        var computePlan = named(options, "Compute Savings Plan 3y All Upfront ($0.095/h)");
        assertThat(computePlan.total()).isEqualByComparingTo("2496.60");
        assertThat(computePlan.upfront()).isEqualByComparingTo("2496.60");
        assertThat(computePlan.committedMonths()).isEqualTo(36);
        assertThat(options)
                .extracting(CostComparison.Option::name)
                .filteredOn(n -> n.contains("Savings Plan"))
                .as("the two ends of the payment range, for both plan types and terms")
                .hasSize(8);
    }
}
