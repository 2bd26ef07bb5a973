package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Buying a Reserved Instance the way AWS's documentation shows it, with the real CLI's option names. */
class ReservedInstancesCliTest {

    private final CliFixture f;

    ReservedInstancesCliTest() throws IOException {
        f = new CliFixture(5, Files.createTempDirectory("ri"));
    }

    /** Runs a line that must fail and returns what it printed on standard error. */
    private String fail(String line) {
        CliResult r = f.run(line);
        assertThat(r.succeeded()).as(line).isFalse();
        return r.stderr();
    }

    @Test
    void findBuyAndListAReservation() {
        String prices = f.ok("aws ec2 describe-reserved-instances-offerings --instance-type m5.large "
                + "--offering-class standard --product-description Linux/UNIX --min-duration 31536000 "
                + "--max-duration 31536000 --query 'ReservedInstancesOfferings[].[OfferingType,FixedPrice]' "
                + "--output text");
        // Prices print as AWS sends them (two decimals), not as a widened Java float.
        assertThat(prices)
                .containsPattern("(?m)^No Upfront\t0\\.0$")
                .containsPattern("(?m)^All Upfront\t\\d+\\.\\d{1,2}$");
        assertThat(f.ok("aws ec2 describe-reserved-instances-offerings --query 'length(ReservedInstancesOfferings)'"))
                .as("the CLI follows NextToken through every page: 12 offerings for each of the 48 non-mac types")
                .isEqualTo("576\n");
        f.ok("OFF=$(aws ec2 describe-reserved-instances-offerings --instance-type m5.large --offering-class standard "
                + "--offering-type 'No Upfront' --min-duration 31536000 --max-duration 31536000 "
                + "--query 'ReservedInstancesOfferings[0].ReservedInstancesOfferingId' --output text)");
        f.ok("RI=$(aws ec2 purchase-reserved-instances-offering --reserved-instances-offering-id $OFF "
                + "--instance-count 2 --query ReservedInstancesId --output text)");
        assertThat(f.ok("aws ec2 describe-reserved-instances --reserved-instances-ids $RI --query "
                        + "'ReservedInstances[0].[State,InstanceCount,InstanceType,OfferingType]' --output text"))
                .isEqualTo("active\t2\tm5.large\tNo Upfront\n");
    }

    @Test
    void mistakesGetTheCliAndAwsErrors() {
        assertThat(fail("aws ec2 purchase-reserved-instances-offering --reserved-instances-offering-id x"))
                .contains("the following arguments are required: --instance-count");
        assertThat(fail("aws ec2 purchase-reserved-instances-offering --reserved-instances-offering-id "
                        + "438012d3-4052-4cc7-b2e3-8d3372e0e706 --instance-count 1"))
                .contains("An error occurred (InvalidReservedInstancesOfferingId) when calling the "
                        + "PurchaseReservedInstancesOffering operation: The specified Reserved Instances offering "
                        + "does not exist.");
        assertThat(fail("aws ec2 describe-reserved-instances --reserved-instances-ids nope"))
                .contains("InvalidReservedInstancesId");
    }
}
