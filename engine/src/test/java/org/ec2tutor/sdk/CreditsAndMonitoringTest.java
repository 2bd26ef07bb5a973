package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.math.BigDecimal;
import java.time.Duration;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
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

    private java.util.List<LineItem> lines(UsageType type) {
        return t.bill().items().stream().filter(i -> i.type() == type).toList();
    }

    @Test
    void anUnlimitedT3KeptBusyIsChargedItsSurplusCreditsWhenItStops() {
        String t3 = t.launchRunning();
        String t2 = t.launch("t2.micro");
        t.advance(Duration.ofSeconds(30));
        GuestCommands guest = new GuestCommands(t);
        guest.run(t3, "sudo dnf install -y stress-ng", "stress-ng --cpu 0 --timeout 2h");
        guest.run(t2, "sudo dnf install -y stress-ng", "stress-ng --cpu 1 --timeout 2h");
        t.advance(Duration.ofHours(2));
        assertThat(lines(UsageType.CPU_CREDITS))
                .as("nothing is due while the instances run")
                .isEmpty();

        t.ec2.stopInstances(b -> b.instanceIds(t3, t2));
        t.advance(Duration.ofMinutes(5));
        // Two hours of both vCPUs spend 240 credits and earn 24; the few credits earned before the run and in the
        // minutes after it pay down a little: about 216 surplus credits, 3.6 vCPU-hours at $0.05. The t2.micro
        // runs standard: held to its baseline, never charged.
        assertThat(lines(UsageType.CPU_CREDITS)).singleElement().satisfies(line -> {
            assertThat(line.resourceId()).isEqualTo(t3);
            assertThat(line.usageType()).isEqualTo("CPUCredits:t3");
            assertThat(line.unit()).isEqualTo("vCPU-Hours");
            assertThat(line.unitPrice()).isEqualByComparingTo("0.05");
            assertThat(line.quantity()).isBetween(new BigDecimal("3.55"), new BigDecimal("3.6"));
            assertThat(line.costUsd()).isEqualByComparingTo(line.quantity().multiply(new BigDecimal("0.05")));
        });
    }

    @Test
    void stressNgNeedsItsPackageAndATimeout() {
        String id = t.launchRunning();
        GuestCommands guest = new GuestCommands(t);
        assertThat(guest.run(id, "stress-ng --cpu 1 --timeout 1m").code()).isEqualTo(127);
        var ran = guest.run(id, "sudo dnf install -y stress-ng", "stress-ng --cpu 1");
        assertThat(ran.code()).isEqualTo(1);
        assertThat(ran.err()).contains("needs --timeout");
        assertThat(guest.run(id, "nproc").out()).isEqualTo("2\n");
        assertThat(guest.run(id, "stress-ng --cpu 0 --timeout 1m").out()).isEqualTo("""
                        stress-ng: info:  [2471] setting to a 1 min, 0 secs run per stressor
                        stress-ng: info:  [2471] dispatching hogs: 2 cpu
                        stress-ng: info:  [2471] successful run completed in 1 min, 0 secs
                        """);
    }

    @Test
    void detailedMonitoringIsBilledPerMetricWhileTheInstanceRuns() {
        String id = t.launchRunning();
        t.ec2.monitorInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        t.advance(Duration.ofDays(15));
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofDays(10));
        t.ec2.startInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofDays(15));
        t.ec2.unmonitorInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofDays(5));
        // Enabled and running for about 30 days (15 before the stop, 15 after the start, less the seconds the
        // instance took to stop and start): 7 metrics at $0.30 a metric-month is about $2.10.
        assertThat(lines(UsageType.DETAILED_MONITORING)).singleElement().satisfies(line -> {
            assertThat(line.service()).isEqualTo("AmazonCloudWatch");
            assertThat(line.usageType()).isEqualTo("CW:MetricMonitorUsage");
            assertThat(line.quantity()).isBetween(new BigDecimal("6.99"), new BigDecimal("7.0"));
            assertThat(line.costUsd()).isBetween(new BigDecimal("2.097"), new BigDecimal("2.1"));
        });
    }
}
