package org.ec2tutor.jshell;

import java.util.List;

/** What one Java cell did, snippet by snippet, in the order JShell reported it. */
public sealed interface JavaOutcome {

    /** A snippet that worked; {@code display} is what jshell would show (may be empty for statements). */
    record Ok(String display) implements JavaOutcome {}

    /** The compiler refused a snippet; nothing of it ran. */
    record CompileError(List<Diagnostic> diagnostics) implements JavaOutcome {}

    /**
     * The snippet threw. {@code frames} are the learner's own frames ({@code line N} of the cell); an
     * {@code Ec2Exception} is recognised by the session and shown as the CLI shows AWS errors.
     */
    record Thrown(String exceptionClass, String message, List<String> frames) implements JavaOutcome {}

    /** The snippet was refused before running (e.g. it calls System.exit), or when it reached an exit at run time. */
    record Refused(String message) implements JavaOutcome {}

    /**
     * The agent JVM the snippet ran in ended (System.exit, Runtime.halt, out of memory, a crash, a limit): every
     * Java declaration went with it; the session and its account did not.
     */
    record Lost(String message) implements JavaOutcome {}

    /** The snippet was stopped by {@link JavaEvaluator#stop()}. */
    record Stopped() implements JavaOutcome {}

    /** A compiler message with its position in the cell (0-based offsets, 1-based line and column). */
    record Diagnostic(String message, long start, long end, int line, int column, String sourceLine) {}
}
