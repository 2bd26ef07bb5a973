package org.ec2tutor.cloud.error;

import java.util.Objects;

/**
 * A request the simulated cloud refuses, with AWS's error code and message text. Thrown before anything changes:
 * an operation either succeeds or leaves the account exactly as it was.
 */
public final class AwsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AwsErrorCode code;

    public AwsException(AwsErrorCode code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code);
    }

    public AwsErrorCode code() {
        return code;
    }

    // getMessage() must stay AWS's own text (the surfaces print it); the code belongs only in toString, as in the SDK.
    @SuppressWarnings("OverrideThrowableToString")
    @Override
    public String toString() {
        return code.code() + ": " + getMessage();
    }
}
