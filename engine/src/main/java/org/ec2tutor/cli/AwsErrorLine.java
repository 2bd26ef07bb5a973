package org.ec2tutor.cli;

/** The one line every surface shows for an AWS error, as botocore words a ClientError. */
public final class AwsErrorLine {

    private AwsErrorLine() {}

    /** {@code An error occurred (CODE) when calling the OPERATION operation: MESSAGE}. */
    public static String of(String code, String message, String operation) {
        return "An error occurred (" + code + ") when calling the " + operation + " operation: " + message;
    }
}
