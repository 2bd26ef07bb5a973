package org.ec2tutor.cli;

/**
 * What one {@code aws} command printed and its exit status, with the real CLI's meanings: 0 success, 252 a command
 * line it could not parse, 254 an error from the service, 255 any other failure (e.g. a waiter that gave up).
 */
public record CliResult(int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    static CliResult ok(String stdout) {
        return new CliResult(0, stdout, "");
    }

    static CliResult error(int exitCode, String stderr) {
        return new CliResult(exitCode, "", stderr);
    }
}
