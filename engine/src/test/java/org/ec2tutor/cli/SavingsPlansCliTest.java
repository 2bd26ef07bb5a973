package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Savings Plans with the real CLI's command and option names, and every member of the responses as it prints. */
class SavingsPlansCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CliFixture f;

    SavingsPlansCliTest() throws IOException {
        f = new CliFixture(5, Files.createTempDirectory("sp"));
    }

    private String fail(String line) {
        CliResult r = f.run(line);
        assertThat(r.succeeded()).as(line).isFalse();
        return r.stderr();
    }

    @Test
    void findBuyAndListAPlan() throws IOException {
        JsonNode offering = JSON.readTree(f.ok("aws savingsplans describe-savings-plans-offerings --plan-types "
                        + "EC2Instance --payment-options 'No Upfront' --durations 31536000 --filters "
                        + "name=instanceFamily,values=m5 name=region,values=us-east-1"))
                .get("searchResults");
        assertThat(offering).hasSize(1);
        JsonNode o = offering.get(0);
        assertThat(o.get("planType").asText()).isEqualTo("EC2Instance");
        assertThat(o.get("paymentOption").asText()).isEqualTo("No Upfront");
        assertThat(o.get("durationSeconds").asLong()).isEqualTo(31_536_000L);
        assertThat(o.get("currency").asText()).isEqualTo("USD");
        assertThat(o.get("productTypes").toString()).isEqualTo("[\"EC2\"]");
        assertThat(o.get("description").asText())
                .isEqualTo("1 year No Upfront EC2 Instance Savings Plan for m5 in us-east-1");
        assertThat(o.get("properties").toString())
                .isEqualTo(
                        "[{\"name\":\"region\",\"value\":\"us-east-1\"},{\"name\":\"instanceFamily\",\"value\":\"m5\"}]");
        f.ok("OFF=" + o.get("offeringId").asText());

        JsonNode rates = JSON.readTree(f.ok("aws savingsplans describe-savings-plans-offering-rates "
                        + "--savings-plan-offering-ids $OFF --filters name=instanceType,values=m5.large"))
                .get("searchResults");
        assertThat(rates).hasSize(1);
        assertThat(rates.get(0).get("rate").asText()).isEqualTo("0.060480");
        assertThat(rates.get(0).get("unit").asText()).isEqualTo("Hrs");
        assertThat(rates.get(0).get("usageType").asText()).isEqualTo("BoxUsage:m5.large");
        assertThat(rates.get(0).at("/savingsPlanOffering/offeringId").asText()).isEqualTo(f.var("OFF"));

        f.ok("SP=$(aws savingsplans create-savings-plan --savings-plan-offering-id $OFF --commitment 0.1 "
                + "--query savingsPlanId --output text)");
        assertThat(f.ok("aws savingsplans describe-savings-plans --savings-plan-ids $SP --query "
                        + "'savingsPlans[0].[state,savingsPlanType,ec2InstanceFamily,region,commitment,"
                        + "recurringPaymentAmount,upfrontPaymentAmount,termDurationInSeconds]' --output text"))
                .isEqualTo("payment-pending\tEC2Instance\tm5\tus-east-1\t0.1\t0.1\t0.00\t31536000\n");
        f.advance(Duration.ofMinutes(1));
        assertThat(f.ok("aws savingsplans describe-savings-plans --states active --query "
                        + "'savingsPlans[].savingsPlanId' --output text"))
                .isEqualTo(f.var("SP") + "\n");
        assertThat(f.ok("aws savingsplans describe-savings-plans --filters name=region,values=eu-west-1 "
                        + "--query 'length(savingsPlans)'"))
                .isEqualTo("0\n");
        assertThat(f.ok("aws savingsplans describe-savings-plans --query savingsPlans[0].savingsPlanArn --output text"))
                .matches("arn:aws:savingsplans::\\d{12}:savingsplan/" + f.var("SP") + "\n");
    }

    @Test
    void mistakesGetTheCliAndServiceErrors() {
        assertThat(fail("aws savingsplans create-savings-plan --commitment 1"))
                .contains("the following arguments are required: --savings-plan-offering-id");
        assertThat(fail("aws savingsplans create-savings-plan --savings-plan-offering-id "
                        + "00000000-0000-0000-0000-000000000000 --commitment 1"))
                .contains("An error occurred (ResourceNotFoundException) when calling the CreateSavingsPlan operation");
        assertThat(fail("aws savingsplans create-savings-plan --savings-plan-offering-id x --commitment 0.0001"))
                .contains("(ValidationException)");
        assertThat(fail("aws savingsplans describe-savings-plans --states nope"))
                .contains("(ValidationException)");
        assertThat(fail("aws savingsplans describe-savings-plans-offerings --plan-types Nope"))
                .contains("(ValidationException)");
    }
}
