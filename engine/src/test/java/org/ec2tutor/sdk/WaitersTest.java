package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Waiters poll with the real delays and advance the virtual clock instead of sleeping. */
class WaitersTest {

    private final TestCloud t = TestCloud.seeded(8);
    private final Instant start = t.cloud.now();

    private Duration elapsed() {
        return Duration.between(start, t.cloud.now());
    }

    @Test
    void instanceRunningReturnsAfterTwoPolls() {
        String id = t.launch("t3.micro");
        var r = t.ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id));
        assertThat(r.attemptsExecuted()).isEqualTo(3);
        assertThat(elapsed()).isEqualTo(Duration.ofSeconds(30));
        assertThat(r.matched().response()).isPresent();
    }

    @Test
    void instanceStoppedAndTerminated() {
        String id = t.launchRunning();
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.ec2.waiter().waitUntilInstanceStopped(b -> b.instanceIds(id));
        assertThat(t.state(id).toString()).isEqualTo("stopped");
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        t.ec2.waiter().waitUntilInstanceTerminated(b -> b.instanceIds(id));
        assertThat(t.state(id).toString()).isEqualTo("terminated");
    }

    @Test
    void waitingForRunningOnATerminatedInstanceFailsAtOnce() {
        String id = t.launchRunning();
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        Instant before = t.cloud.now();
        assertThatThrownBy(() -> t.ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id)))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("transitioned the waiter to failure state");
        assertThat(t.cloud.now()).isEqualTo(before);
    }

    @Test
    void waitingForAStateThatNeverComesExceedsMaxAttempts() {
        String id = t.launchRunning();
        Instant before = t.cloud.now();
        assertThatThrownBy(() -> t.ec2.waiter().waitUntilInstanceStopped(b -> b.instanceIds(id)))
                .isInstanceOf(SdkClientException.class)
                .hasMessage("The waiter has exceeded the max retry attempts: 40");
        assertThat(Duration.between(before, t.cloud.now())).isEqualTo(Duration.ofSeconds(15 * 39));
    }

    @Test
    void maxAttemptsCanBeOverridden() {
        String id = t.launchRunning();
        assertThatThrownBy(() -> t.ec2.waiter().waitUntilInstanceStopped(b -> b.instanceIds(id), o -> o.maxAttempts(2)))
                .hasMessage("The waiter has exceeded the max retry attempts: 2");
    }

    @Test
    void instanceExistsRetriesOnNotFoundThenGivesUp() {
        assertThatThrownBy(() -> t.ec2.waiter().waitUntilInstanceExists(b -> b.instanceIds("i-0123456789abcdef0")))
                .hasMessage("The waiter has exceeded the max retry attempts: 40");
        assertThat(elapsed()).isEqualTo(Duration.ofSeconds(5 * 39));
    }

    @Test
    void instanceStatusOkWaitsForTheChecks() {
        String id = t.launch("t3.micro");
        t.ec2.waiter().waitUntilInstanceStatusOk(b -> b.instanceIds(id));
        assertThat(elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void imageAvailableAndSnapshotCompleted() {
        String builder = t.launchRunning();
        String imageId = t.ec2.createImage(
                        b -> b.instanceId(builder).name("waited").noReboot(true))
                .imageId();
        t.ec2.waiter().waitUntilImageExists(b -> b.imageIds(imageId));
        var r = t.ec2.waiter().waitUntilImageAvailable(b -> b.imageIds(imageId));
        assertThat(r.matched().response().get().images().get(0).stateAsString()).isEqualTo("available");
        String snap = t.image(imageId).blockDeviceMappings().get(0).ebs().snapshotId();
        t.ec2.waiter().waitUntilSnapshotCompleted(b -> b.snapshotIds(snap));
        assertThat(t.ec2.describeSnapshots(b -> b.snapshotIds(snap))
                        .snapshots()
                        .get(0)
                        .progress())
                .isEqualTo("100%");
    }

    @Test
    void imageAvailableFailsForAFailedImage() {
        String builder = t.launchRunning();
        String imageId = t.ec2.createImage(
                        b -> b.instanceId(builder).name("will-fail").noReboot(true))
                .imageId();
        t.ec2.terminateInstances(b -> b.instanceIds(builder));
        assertThatThrownBy(() -> t.ec2.waiter().waitUntilImageAvailable(b -> b.imageIds(imageId)))
                .hasMessageContaining("failure state");
    }
}
