package org.ec2tutor.jshell;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An agent JVM that cannot start says why, in the JVM's own words, instead of only an exit status. */
class AgentStartFailureTest {

    @Test
    void anAgentThatEndsAsItStartsReportsWhatTheJvmSaid() {
        // A heap limit below the agent's initial heap: the JVM refuses to start, as it would a bad option.
        AgentLaunch tooSmall = new AgentLaunch(1, 0, false);
        AgentHost host = (op, args) -> List.of();
        assertThatThrownBy(() -> AgentLink.start(tooSmall, host, URI.create("http://127.0.0.1:9")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the Java agent ended as it started (exit status 1)")
                .hasMessageContaining("Initial heap size set to a larger value than the maximum heap size");
    }
}
