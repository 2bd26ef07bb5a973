package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * The instance lifecycle as a learner sees it through the SDK client: sequences of calls, the states and codes
 * that describe-instances and the calls' responses report, and IncorrectInstanceState where the EC2 User Guide
 * says an operation is not allowed (the account is then unchanged).
 */
class InstanceStateTransitionsTest {

    private final TestCloud t = TestCloud.seeded(11);

    private InstanceStateName state(String id) {
        return t.state(id);
    }

    private int code(String id) {
        return t.describe(id).state().code();
    }

    @Test
    void aLaunchedInstanceIsPendingThenRunningAfterTime() {
        String id = t.launch("t3.micro");
        assertThat(state(id)).isEqualTo(InstanceStateName.PENDING);
        assertThat(code(id)).isZero();
        t.advance(Duration.ofSeconds(30));
        assertThat(state(id)).isEqualTo(InstanceStateName.RUNNING);
        assertThat(code(id)).isEqualTo(16);
    }

    @Test
    void stopThenStartGoesRunningStoppingStoppedPendingRunning() {
        String id = t.launchRunning();
        InstanceStateChange stop =
                t.ec2.stopInstances(b -> b.instanceIds(id)).stoppingInstances().get(0);
        assertThat(stop.previousState().code()).isEqualTo(16);
        assertThat(stop.currentState().code()).isEqualTo(64);
        assertThat(state(id)).isEqualTo(InstanceStateName.STOPPING);
        t.advance(Duration.ofMinutes(2));
        assertThat(state(id)).isEqualTo(InstanceStateName.STOPPED);
        assertThat(code(id)).isEqualTo(80);
        InstanceStateChange start =
                t.ec2.startInstances(b -> b.instanceIds(id)).startingInstances().get(0);
        assertThat(start.previousState().code()).isEqualTo(80);
        assertThat(start.currentState().code()).isZero();
        t.advance(Duration.ofMinutes(2));
        assertThat(state(id)).isEqualTo(InstanceStateName.RUNNING);
    }

    @Test
    void terminateGoesThroughShuttingDownAndNothingBringsItBack() {
        String id = t.launchRunning();
        InstanceStateChange c = t.ec2.terminateInstances(b -> b.instanceIds(id))
                .terminatingInstances()
                .get(0);
        assertThat(c.currentState().code()).isEqualTo(32);
        assertThat(state(id)).isEqualTo(InstanceStateName.SHUTTING_DOWN);
        t.advance(Duration.ofMinutes(2));
        assertThat(state(id)).isEqualTo(InstanceStateName.TERMINATED);
        assertThat(code(id)).isEqualTo(48);
        assertThat(message(awsError("IncorrectInstanceState", () -> t.ec2.startInstances(b -> b.instanceIds(id)))))
                .isEqualTo("The instance '" + id + "' is not in a state from which it can be started.");
        assertThat(message(awsError("IncorrectInstanceState", () -> t.ec2.stopInstances(b -> b.instanceIds(id)))))
                .isEqualTo("This instance '" + id + "' is not in a state from which it can be stopped.");
        t.ec2.rebootInstances(b -> b.instanceIds(id));
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(10));
        assertThat(state(id)).isEqualTo(InstanceStateName.TERMINATED);
    }

    @Test
    void anInstanceThatNeverRanCannotBeStopped() {
        String id = t.launch("t3.micro");
        assertThat(message(awsError("IncorrectInstanceState", () -> t.ec2.stopInstances(b -> b.instanceIds(id)))))
                .isEqualTo("Instance '" + id + "' cannot be stopped as it has never reached the 'running' state.");
        t.advance(Duration.ofSeconds(30));
        assertThat(state(id)).isEqualTo(InstanceStateName.RUNNING);
    }

    /** Puts a new instance in {@code state} by the calls and waits a learner would make; returns its id. */
    private String instanceIn(InstanceStateName state) {
        String id = t.launch("t3.micro");
        if (state == InstanceStateName.PENDING) {
            return id;
        }
        t.advance(Duration.ofSeconds(30));
        if (state == InstanceStateName.STOPPING || state == InstanceStateName.STOPPED) {
            t.ec2.stopInstances(b -> b.instanceIds(id));
        } else if (state == InstanceStateName.SHUTTING_DOWN || state == InstanceStateName.TERMINATED) {
            t.ec2.terminateInstances(b -> b.instanceIds(id));
        }
        if (state == InstanceStateName.STOPPED || state == InstanceStateName.TERMINATED) {
            t.advance(Duration.ofMinutes(2));
        }
        assertThat(state(id)).as("set-up").isEqualTo(state);
        return id;
    }

    /** Calls {@code operation}; returns the state change it reports (null for reboot, which reports none). */
    private InstanceStateChange call(String operation, String id) {
        return switch (operation) {
            case "start" ->
                t.ec2.startInstances(b -> b.instanceIds(id)).startingInstances().get(0);
            case "stop" ->
                t.ec2.stopInstances(b -> b.instanceIds(id)).stoppingInstances().get(0);
            case "terminate" ->
                t.ec2.terminateInstances(b -> b.instanceIds(id))
                        .terminatingInstances()
                        .get(0);
            case "reboot" -> {
                t.ec2.rebootInstances(b -> b.instanceIds(id));
                yield null;
            }
            default -> throw new IllegalArgumentException(operation);
        };
    }

    /**
     * Every operation from every state (EC2 User Guide, "Instance state changes"): {@code now} is the state
     * describe-instances shows at once after the call; {@code refused} means IncorrectInstanceState and no change.
     */
    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @CsvSource({
        "start, stopped, pending",
        "start, running, running",
        "start, pending, pending",
        "start, stopping, refused",
        "start, shutting-down, refused",
        "start, terminated, refused",
        "stop, running, stopping",
        "stop, stopped, stopped",
        "stop, stopping, stopping",
        "stop, pending, refused",
        "stop, shutting-down, refused",
        "stop, terminated, refused",
        "reboot, running, running",
        "reboot, terminated, terminated",
        "reboot, stopped, refused",
        "reboot, pending, refused",
        "reboot, stopping, refused",
        "reboot, shutting-down, refused",
        "terminate, running, shutting-down",
        "terminate, stopped, shutting-down",
        "terminate, pending, shutting-down",
        "terminate, stopping, shutting-down",
        "terminate, shutting-down, shutting-down",
        "terminate, terminated, terminated"
    })
    void everyOperationFromEveryState(String operation, String from, String now) {
        InstanceStateName before = InstanceStateName.fromValue(from);
        String id = instanceIn(before);
        if (now.equals("refused")) {
            assertThat(message(awsError("IncorrectInstanceState", () -> call(operation, id))))
                    .contains(id);
            assertThat(state(id)).as("unchanged").isEqualTo(before);
            return;
        }
        InstanceStateChange change = call(operation, id);
        InstanceStateName after = InstanceStateName.fromValue(now);
        if (change != null) {
            assertThat(change.previousState().name()).isEqualTo(before);
            assertThat(change.currentState().name()).isEqualTo(after);
            assertThat(change.currentState().code()).isEqualTo(code(id));
        }
        assertThat(state(id)).isEqualTo(after);
    }
}
