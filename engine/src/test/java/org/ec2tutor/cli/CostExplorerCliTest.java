package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.ec2tutor.cloud.billing.Bill;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;

/**
 * {@code aws ce} with the real CLI's options, against the bill {@code %bill} reads: the same line items, cut by time,
 * filtered and grouped.
 */
class CostExplorerCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CliFixture f;

    CostExplorerCliTest() throws IOException {
        f = new CliFixture(5, Files.createTempDirectory("ce"));
    }

    private Bill bill(String from, String to) {
        return f.cloud.transact(() ->
                f.cloud.ec2World().bill(f.cloud.accounts().learner().id(), Instant.parse(from), Instant.parse(to)));
    }

    private String fail(String line) {
        CliResult r = f.run(line);
        assertThat(r.succeeded()).as(line).isFalse();
        return r.stderr();
    }

    @Test
    void costAndUsageIsTheBillCutByDayAndGrouped() throws IOException {
        assertThat(f.cloud.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        String id = f.launch();
        f.ok("aws ec2 create-tags --resources " + id + " --tags Key=team,Value=blue");
        f.advance(Duration.ofHours(30));
        JsonNode daily = JSON.readTree(f.ok("aws ce get-cost-and-usage --time-period Start=2026-01-01,End=2026-01-03 "
                + "--granularity DAILY --metrics UnblendedCost UsageQuantity"));
        JsonNode days = daily.get("ResultsByTime");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).at("/TimePeriod/Start").asText()).isEqualTo("2026-01-01");
        assertThat(days.get(0).at("/TimePeriod/End").asText()).isEqualTo("2026-01-02");
        assertThat(days.get(0).at("/Total/UnblendedCost/Unit").asText()).isEqualTo("USD");
        assertThat(days.get(0).at("/Total/UsageQuantity/Unit").asText())
                .as("hours and GB-months")
                .isEqualTo("N/A");
        assertThat(days.get(0).at("/Estimated").asBoolean()).isFalse();
        assertThat(days.get(1).at("/Estimated").asBoolean())
                .as("the day is not over")
                .isTrue();
        Bill first = bill("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z");
        assertThat(new BigDecimal(days.get(0).at("/Total/UnblendedCost/Amount").asText()))
                .as("one source: the bill")
                .isEqualByComparingTo(first.totalUsd());

        JsonNode grouped = JSON.readTree(f.ok("aws ce get-cost-and-usage --time-period Start=2026-01-01,End=2026-01-02"
                + " --granularity MONTHLY --metrics NetUnblendedCost --group-by Type=DIMENSION,Key=SERVICE "
                + "Type=TAG,Key=team"));
        assertThat(grouped.at("/GroupDefinitions/1/Key").asText()).isEqualTo("team");
        JsonNode groups = grouped.at("/ResultsByTime/0/Groups");
        assertThat(grouped.at("/ResultsByTime/0/Total").isEmpty())
                .as("Total is {} when grouped")
                .isTrue();
        BigDecimal compute = first.items().stream()
                .filter(i -> i.type() == UsageType.COMPUTE)
                .map(LineItem::costUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode blue = null;
        for (JsonNode g : groups) {
            if (g.get("Keys").toString().equals("[\"Amazon Elastic Compute Cloud - Compute\",\"team$blue\"]")) {
                blue = g;
            }
        }
        assertThat(blue).as(groups.toString()).isNotNull();
        assertThat(new BigDecimal(blue.at("/Metrics/NetUnblendedCost/Amount").asText()))
                .isEqualByComparingTo(compute);

        JsonNode filtered = JSON.readTree(
                f.ok(
                        "aws ce get-cost-and-usage --time-period Start=2026-01-01,End=2026-01-02"
                                + " --granularity DAILY --metrics UnblendedCost --filter "
                                + "'{\"Not\":{\"Dimensions\":{\"Key\":\"SERVICE\",\"Values\":[\"Amazon Elastic Compute Cloud - Compute\"]}}}'"));
        assertThat(new BigDecimal(filtered.at("/ResultsByTime/0/Total/UnblendedCost/Amount")
                        .asText()))
                .isEqualByComparingTo(first.totalUsd().subtract(compute));
        assertThat(f.ok("aws ce get-cost-and-usage --time-period Start=2026-01-01T03:00:00Z,End=2026-01-01T05:00:00Z "
                        + "--granularity HOURLY --metrics UsageQuantity --filter "
                        + "'{\"Dimensions\":{\"Key\":\"INSTANCE_TYPE\",\"Values\":[\"t3.micro\"]}}' "
                        + "--query 'ResultsByTime[].[TimePeriod.Start,Total.UsageQuantity.Amount,Total.UsageQuantity.Unit]' "
                        + "--output text"))
                .isEqualTo("2026-01-01T03:00:00Z\t1\tHrs\n2026-01-01T04:00:00Z\t1\tHrs\n");
    }

    @Test
    void awsValidationErrors() {
        assertThat(fail("aws ce get-cost-and-usage --time-period Start=2026-01-02,End=2026-01-01 --granularity DAILY "
                        + "--metrics UnblendedCost"))
                .contains("An error occurred (ValidationException) when calling the GetCostAndUsage operation: "
                        + "Start date (and hour) should be before end date (and hour)");
        assertThat(fail("aws ce get-cost-and-usage --time-period Start=2026-01-01,End=2026-01-02 --granularity DAILY "
                        + "--metrics Dollars"))
                .contains("(ValidationException)");
        assertThat(fail("aws ce get-cost-and-usage --time-period Start=2026-01-01,End=2026-01-02 --granularity DAILY "
                        + "--metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE Type=DIMENSION,Key=REGION "
                        + "Type=DIMENSION,Key=USAGE_TYPE"))
                .contains("(ValidationException)");
        assertThat(
                        fail(
                                "aws ce get-cost-and-usage --time-period Start=2026-01-01,End=2026-01-02 --metrics UnblendedCost"))
                .contains("the following arguments are required: --granularity");
    }

    @Test
    void coverageOfReservationsAndSavingsPlans() throws IOException {
        f.launch();
        f.advance(Duration.ofHours(3));
        JsonNode ri =
                JSON.readTree(f.ok("aws ce get-reservation-coverage --time-period Start=2026-01-01,End=2026-01-02"));
        assertThat(ri.at("/Total/CoverageHours/ReservedHours").asText()).isEqualTo("0");
        assertThat(ri.at("/Total/CoverageHours/CoverageHoursPercentage").asText())
                .isEqualTo("0");
        assertThat(new BigDecimal(ri.at("/Total/CoverageHours/OnDemandHours").asText()))
                .isGreaterThan(new BigDecimal("2.9"));
        JsonNode sp =
                JSON.readTree(f.ok("aws ce get-savings-plans-coverage --time-period Start=2026-01-01,End=2026-01-02"));
        assertThat(sp.at("/SavingsPlansCoverages/0/Coverage/CoveragePercentage").asText())
                .isEqualTo("0");
        assertThat(sp.at("/SavingsPlansCoverages/0/TimePeriod/Start").asText()).isEqualTo("2026-01-01");
    }
}
