package org.ec2tutor.cloud.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The states' AWS codes and names. Which operation is allowed from which state is tested by its effects, through
 * the SDK client, in {@code sdk.InstanceStateTransitionsTest}.
 */
class InstanceStateMachineTest {

    @ParameterizedTest
    @CsvSource({
        "PENDING, 0, pending",
        "RUNNING, 16, running",
        "SHUTTING_DOWN, 32, shutting-down",
        "TERMINATED, 48, terminated",
        "STOPPING, 64, stopping",
        "STOPPED, 80, stopped"
    })
    void statesCarryAwsCodesAndNames(InstanceState state, int code, String name) {
        assertThat(state.code()).isEqualTo(code);
        assertThat(state.awsName()).isEqualTo(name);
        assertThat(InstanceState.fromAwsName(name)).contains(state);
    }
}
