package org.ec2tutor.cli;

/**
 * A command the CLI refuses before calling the service, with the text the real AWS CLI prints and its exit status
 * (252 for usage and parameter errors, 255 for other client-side failures).
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean showUsage;

    CliException(String message, int exitCode, boolean showUsage) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.showUsage = showUsage;
    }

    /** {@code aws: error: ...} after the usage banner, as argparse reports it. */
    static CliException usage(String message) {
        return new CliException("aws: error: " + message, 252, true);
    }

    /** A parameter the CLI could not turn into a request (shorthand, JSON, types). */
    static CliException parameter(String message) {
        return new CliException(message, 252, false);
    }

    /**
     * A client-side failure the real CLI reports through its general handler: a blank line, Python's message, exit
     * status 255 (for example {@code maximum recursion depth exceeded} for input nested too deeply).
     */
    static CliException general(String message) {
        return new CliException("\n" + message, 255, false);
    }

    /** The same error without the {@code aws: error: } prefix (argparse omits it for unknown options). */
    CliException withoutPrefix() {
        return new CliException(getMessage().replaceFirst("^aws: error: ", ""), exitCode, showUsage);
    }

    int exitCode() {
        return exitCode;
    }

    boolean showUsage() {
        return showUsage;
    }
}
