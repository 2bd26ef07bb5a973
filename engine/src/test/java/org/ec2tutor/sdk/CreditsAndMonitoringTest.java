package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.InstanceCreditSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceCreditSpecificationRequest;

/** Credit specifications of T instances and detailed monitoring (issue 22). */
class CreditsAndMonitoringTest {

    private final TestCloud t = TestCloud.seeded(22);

    private String credits(String instanceId) {
        return t.ec2.describeInstanceCreditSpecifications(b -> b.instanceIds(instanceId))
                .instanceCreditSpecifications()
                .get(0)
                .cpuCredits();
    }

    @Test
    void t3LaunchesUnlimitedAndT2Standard() {
        assertThat(credits(t.launch("t3.micro"))).isEqualTo("unlimited");
        assertThat(credits(t.launch("t2.micro"))).isEqualTo("standard");
        assertThat(credits(t.launch("m5.large")))
                .as("non-burstable types report standard")
                .isEqualTo("standard");
    }

    @Test
    void theCreditOptionCanBeSetAtLaunchAndChanged() {
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023).instanceType("t3.micro").creditSpecification(c -> c.cpuCredits("standard")));
        assertThat(credits(id)).isEqualTo("standard");
        String other = t.launch("t3.small");
        assertThat(t.ec2.describeInstanceCreditSpecifications(b -> {}).instanceCreditSpecifications())
                .as("without ids: the instances running unlimited")
                .extracting(InstanceCreditSpecification::instanceId)
                .containsExactly(other);

        var result = t.ec2.modifyInstanceCreditSpecification(
                b -> b.instanceCreditSpecifications(InstanceCreditSpecificationRequest.builder()
                        .instanceId(id)
                        .cpuCredits("unlimited")
                        .build()));
        assertThat(result.successfulInstanceCreditSpecifications())
                .extracting(s -> s.instanceId())
                .containsExactly(id);
        assertThat(credits(id)).isEqualTo("unlimited");
    }

    @Test
    void nonBurstableInstancesRefuseACreditOption() {
        var e = awsError(
                "InstanceCreditSpecification.NotSupported",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023)
                                .instanceType("m5.large")
                                .creditSpecification(c -> c.cpuCredits("unlimited"))));
        assertThat(message(e)).isEqualTo("The m5.large instance type does not support T2 Unlimited.");
        String m5 = t.launch("m5.large");
        var result = t.ec2.modifyInstanceCreditSpecification(
                b -> b.instanceCreditSpecifications(InstanceCreditSpecificationRequest.builder()
                        .instanceId(m5)
                        .cpuCredits("unlimited")
                        .build()));
        assertThat(result.successfulInstanceCreditSpecifications()).isEmpty();
        var failed = result.unsuccessfulInstanceCreditSpecifications().get(0);
        assertThat(failed.instanceId()).isEqualTo(m5);
        assertThat(failed.error().codeAsString()).isEqualTo("InstanceCreditSpecification.NotSupported");
        awsError(
                "InvalidParameterValue",
                () -> t.ec2.modifyInstanceCreditSpecification(
                        b -> b.instanceCreditSpecifications(InstanceCreditSpecificationRequest.builder()
                                .instanceId(m5)
                                .cpuCredits("infinite")
                                .build())));
    }

    @Test
    void detailedMonitoringPassesThroughPendingAndDisabling() {
        String id = t.launchRunning();
        assertThat(t.describe(id).monitoring().stateAsString()).isEqualTo("disabled");
        var on = t.ec2.monitorInstances(b -> b.instanceIds(id))
                .instanceMonitorings()
                .get(0);
        assertThat(on.monitoring().stateAsString()).isEqualTo("pending");
        t.advance(Duration.ofMinutes(1));
        assertThat(t.describe(id).monitoring().stateAsString()).isEqualTo("enabled");
        var off = t.ec2.unmonitorInstances(b -> b.instanceIds(id))
                .instanceMonitorings()
                .get(0);
        assertThat(off.monitoring().stateAsString()).isEqualTo("disabling");
        t.advance(Duration.ofMinutes(1));
        assertThat(t.describe(id).monitoring().stateAsString()).isEqualTo("disabled");
        awsError(
                "InvalidInstanceID.NotFound",
                () -> t.ec2.monitorInstances(b -> b.instanceIds(id, "i-0123456789abcdef0")));
        assertThat(t.describe(id).monitoring().stateAsString())
                .as("a call naming an unknown instance changes nothing")
                .isEqualTo("disabled");
    }

    @Test
    void aLaunchCanAskForDetailedMonitoring() {
        String id =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").monitoring(m -> m.enabled(true)));
        assertThat(t.describe(id).monitoring().stateAsString()).isEqualTo("pending");
        t.advance(Duration.ofMinutes(1));
        assertThat(t.describe(id).monitoring().stateAsString()).isEqualTo("enabled");
    }
}
