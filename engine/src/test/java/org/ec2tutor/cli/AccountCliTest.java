package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.ec2tutor.cloud.ec2.RegionOptIns;
import org.junit.jupiter.api.Test;

/** {@code aws account} as the AWS CLI spells it: a learner enables an opt-in Region and then uses EC2 there. */
class AccountCliTest {

    private final CliFixture f;

    AccountCliTest() throws IOException {
        f = new CliFixture(19, Files.createTempDirectory("account"));
    }

    private String fail(String line) {
        CliResult r = f.run(line);
        assertThat(r.succeeded()).as(line).isFalse();
        return r.stderr();
    }

    @Test
    void enableAnOptInRegionThenUseIt() {
        assertThat(fail("aws ec2 describe-instances --region af-south-1"))
                .contains("An error occurred (AuthFailure) when calling the DescribeInstances operation");
        assertThat(f.ok("aws account get-region-opt-status --region-name af-south-1"))
                .isEqualTo("{\n    \"RegionName\": \"af-south-1\",\n    \"RegionOptStatus\": \"DISABLED\"\n}\n");
        assertThat(f.ok("aws account enable-region --region-name af-south-1")).isEmpty();
        assertThat(f.ok("aws account list-regions --region-opt-status-contains ENABLING ENABLED "
                        + "--query 'Regions[].[RegionName,RegionOptStatus]' --output text"))
                .isEqualTo("af-south-1\tENABLING\n");
        f.advance(RegionOptIns.ENABLING_TIME);
        assertThat(f.ok("aws account get-region-opt-status --region-name af-south-1 --query RegionOptStatus"
                        + " --output text"))
                .isEqualTo("ENABLED\n");
        assertThat(f.ok("aws ec2 describe-availability-zones --region af-south-1 --query "
                        + "'AvailabilityZones[].ZoneName' --output text"))
                .isEqualTo("af-south-1a\taf-south-1b\taf-south-1c\n");
        assertThat(f.ok("aws account list-regions --query 'length(Regions)'")).isEqualTo("34\n");
        assertThat(f.ok("aws account list-regions --max-items 2 --query 'Regions[].RegionName' --output text"))
                .startsWith("af-south-1\tap-east-1\n");
    }

    @Test
    void mistakesGetTheCliAndServiceErrors() {
        assertThat(fail("aws account enable-region")).contains("the following arguments are required: --region-name");
        assertThat(fail("aws account enable-region --region-name us-east-1"))
                .contains("An error occurred (ValidationException) when calling the EnableRegion operation: The Region"
                        + " us-east-1 is enabled by default and cannot be enabled or disabled.");
        assertThat(fail("aws account get-region-opt-status --region-name us-east-7"))
                .contains("An error occurred (ValidationException) when calling the GetRegionOptStatus operation");
        f.ok("aws account enable-region --region-name il-central-1");
        assertThat(fail("aws account disable-region --region-name il-central-1"))
                .contains("An error occurred (ConflictException) when calling the DisableRegion operation");
    }
}
