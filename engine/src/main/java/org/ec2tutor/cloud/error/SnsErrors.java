package org.ec2tutor.cloud.error;

/**
 * Amazon SNS's refusals (https://docs.aws.amazon.com/sns/latest/api/CommonErrors.html and each operation's page;
 * docs/governance.md).
 */
public final class SnsErrors {

    private SnsErrors() {}

    public static AwsException topicNotFound() {
        return new AwsException(AwsErrorCode.SNS_NOT_FOUND, "Topic does not exist");
    }

    public static AwsException subscriptionNotFound() {
        return new AwsException(AwsErrorCode.SNS_NOT_FOUND, "Subscription does not exist");
    }

    public static AwsException invalidParameter(String what) {
        return new AwsException(AwsErrorCode.INVALID_PARAMETER, "Invalid parameter: " + what);
    }
}
