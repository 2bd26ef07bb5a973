package org.ec2tutor.cloud.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import org.ec2tutor.cloud.ec2.InstanceStateMachine.Move;
import org.ec2tutor.cloud.ec2.InstanceStateMachine.Operation;
import org.ec2tutor.cloud.ec2.InstanceStateMachine.Refused;
import org.ec2tutor.cloud.ec2.InstanceStateMachine.Unchanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InstanceStateMachineTest {

    @ParameterizedTest
    @EnumSource(InstanceState.class)
    void everyOperationIsDefinedForEveryState(InstanceState state) {
        for (Operation op : Operation.values()) {
            assertThat(InstanceStateMachine.transition(op, state)).as(op + " from " + state).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @CsvSource({
        "START, STOPPED, move:PENDING", "START, RUNNING, same", "START, PENDING, same", "START, STOPPING, refused",
        "START, SHUTTING_DOWN, refused", "START, TERMINATED, refused",
        "STOP, RUNNING, move:STOPPING", "STOP, STOPPED, same", "STOP, STOPPING, same", "STOP, PENDING, refused",
        "STOP, SHUTTING_DOWN, refused", "STOP, TERMINATED, refused",
        "REBOOT, RUNNING, same", "REBOOT, TERMINATED, same", "REBOOT, STOPPED, refused", "REBOOT, PENDING, refused",
        "REBOOT, STOPPING, refused", "REBOOT, SHUTTING_DOWN, refused",
        "TERMINATE, RUNNING, move:SHUTTING_DOWN", "TERMINATE, STOPPED, move:SHUTTING_DOWN",
        "TERMINATE, PENDING, move:SHUTTING_DOWN", "TERMINATE, STOPPING, move:SHUTTING_DOWN",
        "TERMINATE, SHUTTING_DOWN, same", "TERMINATE, TERMINATED, same"
    })
    void transitionTableFollowsTheEc2UserGuide(Operation op, InstanceState from, String expected) {
        InstanceStateMachine.Transition t = InstanceStateMachine.transition(op, from);
        if (expected.startsWith("move:")) {
            assertThat(t).isEqualTo(new Move(InstanceState.valueOf(expected.substring(5))));
        } else if (expected.equals("same")) {
            assertThat(t).isInstanceOf(Unchanged.class);
        } else {
            assertThat(t).isInstanceOf(Refused.class);
        }
    }

    @Test
    void terminatedIsFinal() {
        for (Operation op : Operation.values()) {
            InstanceStateMachine.Transition t = InstanceStateMachine.transition(op, InstanceState.TERMINATED);
            assertThat(t).isNotInstanceOf(Move.class);
        }
    }

    @Test
    void refusalsUseAwsWording() {
        Refused stop = (Refused) InstanceStateMachine.transition(Operation.STOP, InstanceState.TERMINATED);
        assertThat(stop.message("i-0123456789abcdef0"))
                .isEqualTo("This instance 'i-0123456789abcdef0' is not in a state from which it can be stopped.");
        Refused start = (Refused) InstanceStateMachine.transition(Operation.START, InstanceState.TERMINATED);
        assertThat(start.message("i-0123456789abcdef0"))
                .isEqualTo("The instance 'i-0123456789abcdef0' is not in a state from which it can be started.");
        Refused neverRan = (Refused) InstanceStateMachine.transition(Operation.STOP, InstanceState.PENDING);
        assertThat(neverRan.message("i-0123456789abcdef0")).isEqualTo(
                "Instance 'i-0123456789abcdef0' cannot be stopped as it has never reached the 'running' state.");
    }

    @ParameterizedTest
    @CsvSource({"PENDING, 0, pending", "RUNNING, 16, running", "SHUTTING_DOWN, 32, shutting-down",
        "TERMINATED, 48, terminated", "STOPPING, 64, stopping", "STOPPED, 80, stopped"})
    void statesCarryAwsCodesAndNames(InstanceState state, int code, String name) {
        assertThat(state.code()).isEqualTo(code);
        assertThat(state.awsName()).isEqualTo(name);
        assertThat(InstanceState.fromAwsName(name)).contains(state);
    }
}
