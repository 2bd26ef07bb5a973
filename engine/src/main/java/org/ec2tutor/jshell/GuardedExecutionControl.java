package org.ec2tutor.jshell;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local execution (snippets run in this JVM, ~10 ms per eval instead of ~180 ms remote), refusing to load
 * a snippet that would call {@code System.exit}: the tutor would die with it. Stopping a runaway snippet is the
 * JDK's own local stop.
 */
final class GuardedExecutionControl extends LocalExecutionControl {

    static final String EXIT_REFUSED = "ec2-tutor does not run %s: it would end the whole tutor session, not just "
            + "your code. Use return, or let the cell finish.";

    static final String GRADING_REFUSED = "not allowed when grading: Java cells may not use %s.";

    /** JShell reports a refused load as a valid snippet that never ran; the refusal is left here for the evaluator. */
    private final AtomicReference<String> refusal;
    /** On once the session's own startup snippets are loaded, in a grading session. */
    private final AtomicBoolean grading;

    GuardedExecutionControl(AtomicReference<String> refusal, AtomicBoolean grading) {
        this.refusal = refusal;
        this.grading = grading;
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        for (ClassBytecodes c : classes) {
            Optional<String> exit = ExitCallScanner.find(c.bytecodes());
            if (exit.isPresent()) {
                refusal.set(String.format(EXIT_REFUSED, exit.get()));
                throw new ClassInstallException(String.format(EXIT_REFUSED, exit.get()), new boolean[classes.length]);
            }
            if (grading.get()) {
                Optional<String> why = GradingGuard.refusal(c.bytecodes());
                if (why.isPresent()) {
                    refusal.set(String.format(GRADING_REFUSED, why.get()));
                    throw new ClassInstallException(refusal.get(), new boolean[classes.length]);
                }
            }
        }
        super.load(classes);
    }

    /** The provider JShell's builder takes. */
    static final class Provider implements ExecutionControlProvider {
        private final AtomicReference<String> refusal;
        private final AtomicBoolean grading;

        Provider(AtomicReference<String> refusal, AtomicBoolean grading) {
            this.refusal = refusal;
            this.grading = grading;
        }

        @Override
        public String name() {
            return "ec2-tutor-local";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new GuardedExecutionControl(refusal, grading);
        }
    }
}
