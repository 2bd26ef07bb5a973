package org.ec2tutor.cloud.error;

/**
 * Amazon SQS's refusals, with the codes of SQS's JSON protocol and the messages SQS sends
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html, each operation's page;
 * docs/governance.md).
 */
public final class SqsErrors {

    private SqsErrors() {}

    public static AwsException queueDoesNotExist() {
        return new AwsException(AwsErrorCode.SQS_QUEUE_DOES_NOT_EXIST, "The specified queue does not exist.");
    }

    public static AwsException queueNameExists(String attribute) {
        return new AwsException(
                AwsErrorCode.SQS_QUEUE_ALREADY_EXISTS,
                "A queue already exists with the same name and a different value for attribute " + attribute);
    }

    public static AwsException invalidQueueName() {
        return new AwsException(
                AwsErrorCode.INVALID_PARAMETER_VALUE,
                "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    }

    public static AwsException invalidReceiptHandle(String handle) {
        return new AwsException(
                AwsErrorCode.SQS_RECEIPT_HANDLE_IS_INVALID,
                "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
    }

    public static AwsException unknownAttribute(String name) {
        return new AwsException(AwsErrorCode.SQS_INVALID_ATTRIBUTE_NAME, "Unknown Attribute " + name + ".");
    }

    public static AwsException invalidAttributeValue(String name) {
        return new AwsException(
                AwsErrorCode.SQS_INVALID_ATTRIBUTE_VALUE, "Invalid value for the parameter " + name + ".");
    }

    public static AwsException maxMessages(int value) {
        return new AwsException(
                AwsErrorCode.INVALID_PARAMETER_VALUE,
                "Value " + value + " for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10,"
                        + " if provided.");
    }

    public static AwsException emptyBody() {
        return new AwsException(AwsErrorCode.MISSING_PARAMETER, "The request must contain the parameter MessageBody.");
    }

    public static AwsException purgeInProgress(String queueArn) {
        return new AwsException(
                AwsErrorCode.SQS_PURGE_QUEUE_IN_PROGRESS,
                "Only one PurgeQueue operation on " + queueArn + " is allowed every 60 seconds.");
    }
}
