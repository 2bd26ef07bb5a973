package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Launch templates, Spot requests, credit specifications and monitoring as a learner types them (issue 22), with
 * the real CLI's option names and error lines.
 */
class LaunchCliTest {

    private static final String AMI = "ami-0fa3fe0fa7920f68e";

    private final CliFixture f = new CliFixture(22);

    private String fail(String line) {
        CliResult r = f.run(line);
        assertThat(r.succeeded()).as(line).isFalse();
        return r.stderr();
    }

    @Test
    void launchTemplatesFromCreateToDelete() {
        f.ok("LT=$(aws ec2 create-launch-template --launch-template-name web --version-description first "
                + "--launch-template-data '{\"ImageId\":\"" + AMI + "\",\"InstanceType\":\"t3.micro\"}' "
                + "--query LaunchTemplate.LaunchTemplateId --output text)");
        assertThat(f.var("LT")).matches("lt-[0-9a-f]{17}");
        assertThat(f.ok("aws ec2 create-launch-template-version --launch-template-name web --source-version 1 "
                        + "--launch-template-data '{\"InstanceType\":\"t3.small\"}' --query "
                        + "'LaunchTemplateVersion.[VersionNumber,LaunchTemplateData.ImageId,LaunchTemplateData.InstanceType]' "
                        + "--output text"))
                .isEqualTo("2\t" + AMI + "\tt3.small\n");
        assertThat(f.ok("aws ec2 describe-launch-template-versions --launch-template-id $LT --versions '$Latest' "
                        + "'$Default' --query 'LaunchTemplateVersions[].[VersionNumber,DefaultVersion]' --output text"))
                .isEqualTo("2\tFalse\n1\tTrue\n");
        assertThat(f.ok("aws ec2 modify-launch-template --launch-template-name web --default-version 2 "
                        + "--query LaunchTemplate.DefaultVersionNumber"))
                .isEqualTo("2\n");
        assertThat(f.ok("aws ec2 describe-launch-templates --launch-template-names web --query "
                        + "'LaunchTemplates[0].[DefaultVersionNumber,LatestVersionNumber]' --output text"))
                .isEqualTo("2\t2\n");
        assertThat(f.ok("aws ec2 run-instances --launch-template LaunchTemplateName=web,Version=1 "
                        + "--instance-type m5.large --query 'Instances[0].[ImageId,InstanceType]' --output text"))
                .isEqualTo(AMI + "\tm5.large\n");
        assertThat(f.ok("aws ec2 run-instances --launch-template LaunchTemplateId=$LT "
                        + "--query 'Instances[0].InstanceType' --output text"))
                .isEqualTo("t3.small\n");
        assertThat(f.ok("aws ec2 delete-launch-template-versions --launch-template-name web --versions 1 "
                        + "--query 'SuccessfullyDeletedLaunchTemplateVersions[].VersionNumber' --output text"))
                .isEqualTo("1\n");
        f.ok("aws ec2 delete-launch-template --launch-template-id $LT");
        assertThat(f.ok("aws ec2 describe-launch-templates --query 'length(LaunchTemplates)'"))
                .isEqualTo("0\n");
    }

    @Test
    void anUnknownTemplateIsRefusedNotIgnored() {
        assertThat(fail("aws ec2 run-instances --launch-template LaunchTemplateId=lt-0123456789abcdef0"))
                .isEqualTo("\nAn error occurred (InvalidLaunchTemplateId.NotFound) when calling the RunInstances "
                        + "operation: The specified launch template, with template ID lt-0123456789abcdef0, does not "
                        + "exist.\n");
        assertThat(fail("aws ec2 describe-launch-templates --launch-template-names nope"))
                .contains("An error occurred (InvalidLaunchTemplateName.NotFoundException) when calling the "
                        + "DescribeLaunchTemplates operation: The specified launch template, with template name nope, "
                        + "does not exist.");
        assertThat(f.ok("aws ec2 describe-instances --query 'length(Reservations)'"))
                .isEqualTo("0\n");
    }

    @Test
    void spotRequestsFromRequestToCancel() {
        f.ok("SIR=$(aws ec2 request-spot-instances --type persistent --launch-specification '{\"ImageId\":\"" + AMI
                + "\",\"InstanceType\":\"t3.micro\"}' --query 'SpotInstanceRequests[0].SpotInstanceRequestId' "
                + "--output text)");
        assertThat(f.ok("aws ec2 describe-spot-instance-requests --spot-instance-request-ids $SIR "
                        + "--query 'SpotInstanceRequests[0].[State,Status.Code]' --output text"))
                .isEqualTo("open\tpending-evaluation\n");
        f.advance(Duration.ofSeconds(10));
        assertThat(f.ok("aws ec2 describe-spot-instance-requests --filters Name=state,Values=active "
                        + "--query 'SpotInstanceRequests[0].[State,Status.Code]' --output text"))
                .isEqualTo("active\tfulfilled\n");
        assertThat(f.ok("aws ec2 cancel-spot-instance-requests --spot-instance-request-ids $SIR "
                        + "--query 'CancelledSpotInstanceRequests[0].State' --output text"))
                .isEqualTo("cancelled\n");
        assertThat(f.ok("aws ec2 describe-spot-instance-requests --spot-instance-request-ids $SIR "
                        + "--query 'SpotInstanceRequests[0].Status.Code' --output text"))
                .isEqualTo("request-canceled-and-instance-running\n");
        assertThat(fail("aws ec2 describe-spot-instance-requests --spot-instance-request-ids sir-12345678"))
                .contains("An error occurred (InvalidSpotInstanceRequestID.NotFound) when calling the "
                        + "DescribeSpotInstanceRequests operation: The spot instance request ID 'sir-12345678' does "
                        + "not exist");
    }

    @Test
    void creditSpecificationsAndMonitoring() {
        String id = f.launch();
        assertThat(f.ok("aws ec2 describe-instance-credit-specifications --instance-ids $ID "
                        + "--query 'InstanceCreditSpecifications[0].CpuCredits' --output text"))
                .isEqualTo("unlimited\n");
        assertThat(f.ok("aws ec2 modify-instance-credit-specification --instance-credit-specification "
                        + "InstanceId=$ID,CpuCredits=standard "
                        + "--query 'SuccessfulInstanceCreditSpecifications[0].InstanceId' --output text"))
                .isEqualTo(id + "\n");
        assertThat(f.ok("aws ec2 monitor-instances --instance-ids $ID "
                        + "--query 'InstanceMonitorings[0].Monitoring.State' --output text"))
                .isEqualTo("pending\n");
        f.advance(Duration.ofMinutes(1));
        assertThat(f.ok("aws ec2 describe-instances --instance-ids $ID "
                        + "--query 'Reservations[0].Instances[0].Monitoring.State' --output text"))
                .isEqualTo("enabled\n");
        assertThat(f.ok("aws ec2 unmonitor-instances --instance-ids $ID "
                        + "--query 'InstanceMonitorings[0].Monitoring.State' --output text"))
                .isEqualTo("disabling\n");
        assertThat(fail("aws ec2 run-instances --image-id " + AMI + " --instance-type m5.large "
                        + "--credit-specification CpuCredits=unlimited"))
                .contains("An error occurred (InstanceCreditSpecification.NotSupported) when calling the "
                        + "RunInstances operation: The m5.large instance type does not support T2 Unlimited.");
    }

    @Test
    void anUnknownInstanceTypeInDescribeInstanceTypes() {
        assertThat(fail("aws ec2 describe-instance-types --instance-types t3.mega"))
                .contains("An error occurred (InvalidInstanceType) when calling the DescribeInstanceTypes operation: "
                        + "The following supplied instance types do not exist: [t3.mega]");
    }
}
