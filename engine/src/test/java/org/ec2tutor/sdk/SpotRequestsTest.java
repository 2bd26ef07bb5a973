package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.RequestSpotInstancesRequest;
import software.amazon.awssdk.services.ec2.model.SpotInstanceRequest;

/**
 * Spot requests (issue 22): RequestSpotInstances one-time and persistent, their states and status codes over time,
 * cancelling, the relaunch of a persistent request, and RunInstances' own Spot requests.
 */
class SpotRequestsTest {

    private final TestCloud t = TestCloud.seeded(22);

    private String request(Consumer<RequestSpotInstancesRequest.Builder> more) {
        return t.ec2.requestSpotInstances(b -> {
                    b.launchSpecification(s -> s.imageId(AL2023)
                            .instanceType("t3.micro")
                            .placement(p -> p.availabilityZone("us-east-1a")));
                    more.accept(b);
                })
                .spotInstanceRequests()
                .get(0)
                .spotInstanceRequestId();
    }

    private SpotInstanceRequest describe(String id) {
        return t.ec2.describeSpotInstanceRequests(b -> b.spotInstanceRequestIds(id))
                .spotInstanceRequests()
                .get(0);
    }

    private static String state(SpotInstanceRequest r) {
        return r.stateAsString() + "/" + r.status().code();
    }

    private void interrupt(String instanceId) {
        t.cloud.transact(() -> t.cloud
                .ec2(t.cloud.accounts().learner(), Region.US_EAST_1)
                .spotInterruptions()
                .interrupt(instanceId));
    }

    private List<LineItem> spotLines() {
        return t.bill().items().stream().filter(i -> i.type() == UsageType.SPOT).toList();
    }

    @Test
    void aOneTimeRequestIsEvaluatedThenFulfilled() {
        Instant asked = t.cloud.now();
        SpotInstanceRequest first = t.ec2.requestSpotInstances(
                        b -> b.launchSpecification(s -> s.imageId(AL2023).instanceType("t3.micro")))
                .spotInstanceRequests()
                .get(0);
        assertThat(first.spotInstanceRequestId()).matches("sir-[0-9a-f]{8}");
        assertThat(state(first)).isEqualTo("open/pending-evaluation");
        assertThat(first.typeAsString()).isEqualTo("one-time");
        assertThat(first.validUntil()).isEqualTo(asked.plus(Duration.ofDays(7)));
        assertThat(first.instanceId()).isNull();

        t.advance(Duration.ofSeconds(5));
        SpotInstanceRequest fulfilled = describe(first.spotInstanceRequestId());
        assertThat(state(fulfilled)).isEqualTo("active/fulfilled");
        assertThat(fulfilled.status().updateTime()).isEqualTo(asked.plus(Duration.ofSeconds(5)));
        var instance = t.describe(fulfilled.instanceId());
        assertThat(instance.spotInstanceRequestId()).isEqualTo(first.spotInstanceRequestId());
        assertThat(instance.instanceLifecycleAsString()).isEqualTo("spot");
        assertThat(instance.launchTime()).isEqualTo(asked.plus(Duration.ofSeconds(5)));
        assertThat(fulfilled.launchedAvailabilityZone())
                .isEqualTo(instance.placement().availabilityZone());

        t.advance(Duration.ofHours(2));
        assertThat(t.state(fulfilled.instanceId())).isEqualTo(InstanceStateName.RUNNING);
        assertThat(spotLines()).hasSize(1);
        assertThat(spotLines().get(0).resourceId()).isEqualTo(fulfilled.instanceId());
    }

    @Test
    void cancellingBeforeFulfilmentLaunchesNothing() {
        String id = request(b -> {});
        var cancelled = t.ec2.cancelSpotInstanceRequests(b -> b.spotInstanceRequestIds(id))
                .cancelledSpotInstanceRequests()
                .get(0);
        assertThat(cancelled.stateAsString()).isEqualTo("cancelled");
        t.advance(Duration.ofMinutes(5));
        assertThat(state(describe(id))).isEqualTo("cancelled/canceled-before-fulfillment");
        assertThat(t.ec2.describeInstances(b -> {}).reservations()).isEmpty();
    }

    @Test
    void cancellingAFulfilledRequestLeavesItsInstanceRunning() {
        String id = request(b -> {});
        t.advance(Duration.ofMinutes(1));
        String instanceId = describe(id).instanceId();
        t.ec2.cancelSpotInstanceRequests(b -> b.spotInstanceRequestIds(id));
        assertThat(state(describe(id))).isEqualTo("cancelled/request-canceled-and-instance-running");
        t.advance(Duration.ofMinutes(10));
        assertThat(t.state(instanceId)).isEqualTo(InstanceStateName.RUNNING);

        t.ec2.terminateInstances(b -> b.instanceIds(instanceId));
        t.advance(Duration.ofMinutes(2));
        assertThat(state(describe(id))).isEqualTo("cancelled/instance-terminated-by-user");
    }

    @Test
    void aOneTimeRequestClosesWhenItsInstanceIsInterrupted() {
        String id = request(b -> {});
        t.advance(Duration.ofMinutes(1));
        String instanceId = describe(id).instanceId();
        interrupt(instanceId);
        // The status says why at the notice, while the instance still runs (User Guide, "Spot request status").
        assertThat(state(describe(id))).isEqualTo("active/instance-terminated-no-capacity");
        assertThat(t.state(instanceId)).isEqualTo(InstanceStateName.RUNNING);
        t.advance(Duration.ofMinutes(5));
        assertThat(state(describe(id))).isEqualTo("closed/instance-terminated-no-capacity");
        assertThat(t.state(instanceId)).isEqualTo(InstanceStateName.TERMINATED);
        assertThat(spotLines())
                .as("interrupted by EC2 in its first hour: not charged")
                .allSatisfy(l -> assertThat(l.costUsd()).isZero());
    }

    @Test
    void aOneTimeRequestClosesWhenTheUserTerminates() {
        String id = request(b -> {});
        t.advance(Duration.ofMinutes(1));
        t.ec2.terminateInstances(b -> b.instanceIds(describe(id).instanceId()));
        t.advance(Duration.ofMinutes(2));
        assertThat(state(describe(id))).isEqualTo("closed/instance-terminated-by-user");
    }

    @Test
    void aPersistentRequestLaunchesANewInstanceAfterAnInterruption() {
        String id = request(b -> b.type("persistent"));
        t.advance(Duration.ofHours(2));
        String first = describe(id).instanceId();
        interrupt(first);
        t.advance(Duration.ofMinutes(2));
        t.advance(Duration.ofSeconds(2));
        // Terminated now (the notice was two minutes; shutting down takes a moment) and back to evaluation.
        SpotInstanceRequest reopened = describe(id);
        assertThat(t.state(first)).isIn(InstanceStateName.SHUTTING_DOWN, InstanceStateName.TERMINATED);
        t.advance(Duration.ofMinutes(1));
        SpotInstanceRequest again = describe(id);
        assertThat(state(again)).isEqualTo("active/fulfilled");
        assertThat(again.instanceId()).isNotEqualTo(first);
        assertThat(t.describe(again.instanceId()).spotInstanceRequestId()).isEqualTo(id);
        assertThat(reopened.spotInstanceRequestId()).isEqualTo(id);
        t.advance(Duration.ofHours(1));
        assertThat(spotLines()).extracting(LineItem::resourceId).containsExactlyInAnyOrder(first, again.instanceId());
        assertThat(spotLines()).allSatisfy(l -> assertThat(l.costUsd()).isPositive());
    }

    @Test
    void aPersistentRequestAlsoRelaunchesAfterTheUserTerminates() {
        String id = request(b -> b.type("persistent"));
        t.advance(Duration.ofMinutes(1));
        String first = describe(id).instanceId();
        t.ec2.terminateInstances(b -> b.instanceIds(first));
        t.advance(Duration.ofMinutes(2));
        SpotInstanceRequest again = describe(id);
        assertThat(state(again)).isEqualTo("active/fulfilled");
        assertThat(again.instanceId()).isNotEqualTo(first);
        // Cancelling first is how a learner stops it for good.
        t.ec2.cancelSpotInstanceRequests(b -> b.spotInstanceRequestIds(id));
        t.ec2.terminateInstances(b -> b.instanceIds(again.instanceId()));
        t.advance(Duration.ofMinutes(5));
        assertThat(state(describe(id))).isEqualTo("cancelled/instance-terminated-by-user");
        assertThat(t.ec2.describeInstances(b -> b.filters(Filter.builder()
                                .name("instance-state-name")
                                .values("pending", "running")
                                .build()))
                        .reservations())
                .isEmpty();
    }

    @Test
    void aPriceBelowTheSpotPriceKeepsTheRequestOpen() {
        String id = request(b -> b.spotPrice("0.0001"));
        t.advance(Duration.ofMinutes(1));
        SpotInstanceRequest r = describe(id);
        assertThat(state(r)).isEqualTo("open/price-too-low");
        assertThat(r.status().message())
                .startsWith("Your Spot request price of 0.0001 is lower than the minimum required Spot request "
                        + "fulfillment price of ");
        assertThat(r.spotPrice()).isEqualTo("0.000100");
        assertThat(r.instanceId()).isNull();
        t.advance(Duration.ofDays(8));
        assertThat(state(describe(id))).isEqualTo("cancelled/schedule-expired");
        assertThat(spotLines()).isEmpty();
    }

    @Test
    void runInstancesWithSpotOptionsMakesAFulfilledRequest() {
        String instanceId = t.launch(
                t.ec2,
                b -> b.imageId(AL2023).instanceType("t3.micro").instanceMarketOptions(m -> m.marketType("spot")));
        String requestId = t.describe(instanceId).spotInstanceRequestId();
        SpotInstanceRequest r = describe(requestId);
        assertThat(state(r)).isEqualTo("active/fulfilled");
        assertThat(r.instanceId()).isEqualTo(instanceId);
        assertThat(r.typeAsString()).isEqualTo("one-time");
        assertThat(t.ec2.describeSpotInstanceRequests(b -> b.filters(Filter.builder()
                                .name("instance-id")
                                .values(instanceId)
                                .build()))
                        .spotInstanceRequests())
                .extracting(SpotInstanceRequest::spotInstanceRequestId)
                .containsExactly(requestId);
    }

    @Test
    void mistakesAreRefusedWithAwsCodes() {
        var e = awsError("InvalidParameterCombination", () -> request(b -> b.instanceInterruptionBehavior("stop")));
        assertThat(message(e)).contains("persistent");
        e = awsError(
                "InvalidSpotInstanceRequestID.NotFound",
                () -> t.ec2.describeSpotInstanceRequests(b -> b.spotInstanceRequestIds("sir-12345678")));
        assertThat(message(e)).isEqualTo("The spot instance request ID 'sir-12345678' does not exist");
        awsError(
                "InvalidSpotInstanceRequestID.Malformed",
                () -> t.ec2.cancelSpotInstanceRequests(b -> b.spotInstanceRequestIds("sir-x")));
        e = awsError(
                "InvalidParameterValue",
                () -> t.ec2.requestSpotInstances(
                        b -> b.launchSpecification(s -> s.imageId(AL2023).instanceType("t3.mega"))));
        assertThat(message(e)).isEqualTo("Invalid value 't3.mega' for InstanceType.");
        String mine = request(b -> {});
        awsError(
                "InvalidSpotInstanceRequestID.NotFound",
                () -> t.teammate.describeSpotInstanceRequests(b -> b.spotInstanceRequestIds(mine)));
    }

    @Test
    void aLaunchEc2RefusesFailsTheRequest() {
        String id = t.ec2.requestSpotInstances(b -> b.launchSpecification(
                        s -> s.imageId("ami-0123456789abcdef0").instanceType("t3.micro")))
                .spotInstanceRequests()
                .get(0)
                .spotInstanceRequestId();
        t.advance(Duration.ofMinutes(1));
        SpotInstanceRequest r = describe(id);
        assertThat(state(r)).isEqualTo("failed/bad-parameters");
        assertThat(r.status().message()).isEqualTo("The image id '[ami-0123456789abcdef0]' does not exist");
    }
}
