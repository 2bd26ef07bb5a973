package org.ec2tutor.cli;

import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;

/**
 * What one {@code aws} command (or shell line) printed, its exit status with the real CLI's meanings (0 success, 252
 * a command line it could not parse, 254 an error from the service, 255 any other failure, e.g. a waiter that gave
 * up; 127 and 2 are bash's), and what it amounted to, typed: the response it printed or the service's error.
 */
public record CliResult(int exitCode, String stdout, String stderr, Outcome outcome) {

    /** What a command amounted to, beyond its text. */
    public sealed interface Outcome {}

    /**
     * The service answered {@code operation} with {@code response}; {@code plainJson} when it was printed whole in the
     * default JSON (no {@code --query}, no {@code --output}), so another view of the same response shows the same.
     */
    public record Response(String service, String operation, SdkPojo response, boolean plainJson) implements Outcome {}

    /** The service refused {@code operation}: AWS's error code and message. */
    public record ServiceError(String operation, String code, String message) implements Outcome {

        /** The line the CLI prints for it (botocore's ClientError wording). */
        public String line() {
            return AwsErrorLine.of(code, message, operation);
        }
    }

    /** Nothing beyond the text: help, a usage error, a shell builtin, a waiter. */
    public record Printed() implements Outcome {}

    private static final Printed PRINTED = new Printed();

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The service's error, if that is why the command failed. */
    public Optional<ServiceError> serviceError() {
        return outcome instanceof ServiceError e ? Optional.of(e) : Optional.empty();
    }

    static CliResult ok(String stdout) {
        return new CliResult(0, stdout, "", PRINTED);
    }

    static CliResult error(int exitCode, String stderr) {
        return new CliResult(exitCode, "", stderr, PRINTED);
    }

    /** The same outcome with other text (a shell line adds what its substitutions printed). */
    CliResult withText(int exit, String out, String err) {
        return new CliResult(exit, out, err, outcome);
    }
}
