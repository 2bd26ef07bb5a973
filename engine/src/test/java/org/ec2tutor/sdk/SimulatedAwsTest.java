package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The embedding entry as a Java developer uses it in their own tests. */
class SimulatedAwsTest {

    @Test
    void oneLineGivesAWorkingClient() {
        Ec2Client ec2 = SimulatedAws.newEc2Client();
        String id = ec2.runInstances(b -> b.imageId("resolve:ssm:/aws/service/ami-amazon-linux-latest/"
                                + "al2023-ami-kernel-default-x86_64")
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1))
                .instances()
                .get(0)
                .instanceId();
        ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id));
        assertThat(ec2.describeInstances(b -> b.instanceIds(id))
                        .reservations()
                        .get(0)
                        .instances()
                        .get(0)
                        .state()
                        .nameAsString())
                .isEqualTo("running");
    }

    @Test
    void embeddedCloudsHaveNoQuotas() {
        Ec2Client ec2 = SimulatedAws.newEc2Client();
        var r = ec2.runInstances(b -> b.imageId(TestCloud.AL2023)
                .instanceType("m5.24xlarge")
                .minCount(2)
                .maxCount(2));
        assertThat(r.instances()).hasSize(2);
    }

    @Test
    void aDefaultSubnetHoldsAtMost4091Instances() {
        Ec2Client ec2 = SimulatedAws.newEc2Client();
        var e = TestCloud.awsError(
                "InsufficientFreeAddressesInSubnet",
                () -> ec2.runInstances(b -> b.imageId(TestCloud.AL2023)
                        .instanceType("t3.nano")
                        .minCount(5000)
                        .maxCount(5000)));
        assertThat(TestCloud.message(e))
                .matches("There are not enough free addresses in subnet 'subnet-[0-9a-f]{17}' "
                        + "to satisfy the requested number of instances.");
        assertThat(ec2.runInstances(b -> b.imageId(TestCloud.AL2023)
                                .instanceType("t3.nano")
                                .minCount(4000)
                                .maxCount(5000))
                        .instances())
                .as("MaxCount launches what fits")
                .hasSize(4091);
    }

    @Test
    void profilesAndRegionsSelectAccounts() {
        SimulatedAws aws = SimulatedAws.create(5);
        assertThat(aws.ec2("teammate", "eu-west-1").toString()).isEqualTo("SimulatedEc2Client[teammate@eu-west-1]");
        assertThat(aws.ec2("777788889999", "us-east-1").toString()).contains("outsider");
        assertThatThrownBy(() -> aws.ec2("nobody", "us-east-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aws.ec2("default", "mars-1")).isInstanceOf(IllegalArgumentException.class);
        aws.advance(Duration.ofMinutes(1));
        assertThat(aws.cloud().now().toString()).isEqualTo("2026-01-01T00:01:00Z");
    }
}
