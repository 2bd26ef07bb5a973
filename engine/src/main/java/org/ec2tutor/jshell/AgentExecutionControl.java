package org.ec2tutor.jshell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import org.ec2tutor.agent.ChannelStreams;

/**
 * JShell's remote execution over the agent's stream (the JDK's own protocol, no JDI): the compiler stays in this JVM,
 * snippets load and run in the agent. In a grading session the bytecode guard still checks what is loaded (a second
 * wall). Stopping a snippet kills the agent: the JDK's remote side only stops through a debugger.
 */
final class AgentExecutionControl extends StreamingExecutionControl {

    private final AgentLink link;
    private final AtomicReference<String> refusal;
    private final AtomicBoolean grading;

    private AgentExecutionControl(
            java.io.ObjectOutput out,
            java.io.ObjectInput in,
            AgentLink link,
            AtomicReference<String> refusal,
            AtomicBoolean grading) {
        super(out, in);
        this.link = link;
        this.refusal = refusal;
        this.grading = grading;
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        if (grading.get()) {
            for (ClassBytecodes c : classes) {
                Optional<String> why = GradingGuard.refusal(c.bytecodes());
                if (why.isPresent()) {
                    refusal.set(String.format(GuardedExecutionControl.GRADING_REFUSED, why.get()));
                    throw new ClassInstallException(refusal.get(), new boolean[classes.length]);
                }
            }
        }
        super.load(classes);
    }

    /** The agent's class path was fixed when it started; this JVM's must not reach it. */
    @Override
    public void addToClasspath(String path) {}

    @Override
    public void stop() {
        link.kill();
    }

    @Override
    public void close() {
        super.close();
        link.close();
    }

    /** The provider JShell's builder takes: the agent is already running; this connects JShell to it. */
    static final class Provider implements ExecutionControlProvider {
        private final AgentLink link;
        private final Map<String, OutputStream> outputs;
        private final AtomicReference<String> refusal;
        private final AtomicBoolean grading;

        Provider(
                AgentLink link,
                Map<String, OutputStream> outputs,
                AtomicReference<String> refusal,
                AtomicBoolean grading) {
            this.link = link;
            this.outputs = outputs;
            this.refusal = refusal;
            this.grading = grading;
        }

        @Override
        public String name() {
            return "ec2-tutor-agent";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            try {
                return Util.remoteInputOutput(
                        ChannelStreams.in(link.jshellChannel()),
                        ChannelStreams.out(link.jshellChannel()),
                        outputs,
                        // The agent's System.in reads JShell's input: the running cell's (see JavaEvaluator).
                        Map.of("in", env.userIn()),
                        (in, out) -> new AgentExecutionControl(out, in, link, refusal, grading));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
