package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every Region through the aws command: no "Could not connect" for a real Region name. */
class RegionsCliTest {

    private final CliFixture f = new CliFixture(8);

    @Test
    void allRegionsShowTheirOptInStatus() {
        assertThat(f.ok("aws ec2 describe-regions --all-regions"
                        + " --query \"length(Regions[?OptInStatus=='not-opted-in'])\""))
                .isEqualTo("17\n");
        assertThat(f.ok("aws ec2 describe-regions --region-names ap-east-1 --query Regions[0].OptInStatus"
                        + " --output text"))
                .isEqualTo("not-opted-in\n");
    }

    @Test
    void aRealRegionAnswersAndANotEnabledOneRefusesAsAws() {
        assertThat(f.ok("aws ec2 describe-availability-zones --region us-west-2"
                        + " --query AvailabilityZones[].ZoneName --output text"))
                .isEqualTo("us-west-2a\tus-west-2b\tus-west-2c\tus-west-2d\n");
        CliResult r = f.run("aws ec2 describe-instances --region af-south-1");
        assertThat(r.exitCode()).isEqualTo(254);
        assertThat(r.stderr())
                .isEqualTo("\nAn error occurred (AuthFailure) when calling the DescribeInstances operation: "
                        + "AWS was not able to validate the provided access credentials\n");
    }
}
