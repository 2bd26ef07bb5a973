package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/** What a lesson's checks can read about credit options, monitoring and what the bill charges for them (issue 22). */
class BillingFactsTest {

    private static final String AL2023 = "ami-0fa3fe0fa7920f68e";

    private final Cloud cloud = Cloud.create(22);
    private final SimulatedAws aws = SimulatedAws.on(cloud);
    private final Ec2Client ec2 = aws.ec2();
    private final SsmClient ssm = aws.ssm("default", "us-east-1");

    private LessonFacts facts() {
        return LessonFacts.of(cloud, cloud.accounts().learner());
    }

    @Test
    void aCheckSeesTheCreditOptionMonitoringAndTheSurplusCharged() {
        String id = ec2.runInstances(b -> b.imageId(AL2023)
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1)
                        .monitoring(m -> m.enabled(true)))
                .instances()
                .get(0)
                .instanceId();
        cloud.advance(Duration.ofMinutes(1));
        LessonFacts.InstanceFact fact = facts().instance(id);
        assertThat(fact.cpuCredits()).isEqualTo("unlimited");
        assertThat(fact.monitoring()).isEqualTo("enabled");
        assertThat(facts().billedUsd("CPUCredits")).isZero();

        ssm.sendCommand(b -> b.documentName("AWS-RunShellScript")
                .instanceIds(id)
                .parameters(Map.of("commands", List.of("dnf install -y stress-ng", "stress-ng --cpu 2 --timeout 1h"))));
        cloud.advance(Duration.ofHours(1));
        ec2.stopInstances(b -> b.instanceIds(id));
        cloud.advance(Duration.ofMinutes(5));
        // About 108 surplus credits (1.8 vCPU-hours at $0.05) less the few earned before the run started.
        assertThat(facts().billedUsd("CPUCredits")).isCloseTo(0.09, within(0.001));
        assertThat(facts().billedUsd("CW:")).isPositive();
        assertThat(facts().billedUsd("")).isGreaterThan(facts().billedUsd("CPUCredits"));
    }
}
