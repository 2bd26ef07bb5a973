package org.ec2tutor.cli;

/**
 * Ctrl-C or a kernel interrupt reached a running {@code aws} line: it stops between service calls (pages, waiter
 * polls, commands of a script) and ends as the CLI ends on KeyboardInterrupt, a newline and status 130.
 */
final class Interrupted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The CLI's exit status on KeyboardInterrupt: 128 + SIGINT. */
    static final int EXIT_CODE = 130;

    private Interrupted() {
        super("interrupted", null, false, false);
    }

    /** Throws if this thread was interrupted, clearing the flag so the next cell starts afresh. */
    static void check() {
        if (Thread.interrupted()) {
            throw new Interrupted();
        }
    }

    static CliResult result() {
        return new CliResult(EXIT_CODE, "\n", "", new CliResult.Printed());
    }
}
