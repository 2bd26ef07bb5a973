package org.ec2tutor.cloud.error;

/**
 * AWS CloudTrail's refusals (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/CommonErrors.html and each
 * operation's page; docs/governance.md). Texts AWS is known to send are AWS's; the lookup validation messages are
 * not published, so they are short descriptions of the rule (docs/governance.md says which).
 */
public final class CloudTrailErrors {

    private CloudTrailErrors() {}

    public static AwsException trailAlreadyExists(String name, String accountId) {
        return new AwsException(
                AwsErrorCode.CT_TRAIL_ALREADY_EXISTS, "Trail " + name + " already exists for customer: " + accountId);
    }

    public static AwsException trailNotFound(String trailArn, String accountId) {
        return new AwsException(
                AwsErrorCode.CT_TRAIL_NOT_FOUND, "Unknown trail: " + trailArn + " for the user: " + accountId);
    }

    public static AwsException invalidTrailName() {
        return new AwsException(
                AwsErrorCode.CT_INVALID_TRAIL_NAME,
                "Trail name must starts with a letter or number, contain only ASCII letters, numbers, periods,"
                        + " underscores and dashes, be between 3 and 128 characters, and have no adjacent periods,"
                        + " underscores or dashes.");
    }

    public static AwsException bucketDoesNotExist(String bucket) {
        return new AwsException(AwsErrorCode.CT_S3_BUCKET_DOES_NOT_EXIST, "S3 bucket does not exist: " + bucket);
    }

    public static AwsException insufficientBucketPolicy(String bucket) {
        return new AwsException(
                AwsErrorCode.CT_INSUFFICIENT_S3_BUCKET_POLICY,
                "Incorrect S3 bucket policy is detected for bucket: " + bucket);
    }

    public static AwsException invalidTimeRange() {
        return new AwsException(AwsErrorCode.CT_INVALID_TIME_RANGE, "Start time must be before end time.");
    }

    public static AwsException tooManyLookupAttributes() {
        return new AwsException(
                AwsErrorCode.CT_INVALID_LOOKUP_ATTRIBUTES, "Only one lookup attribute is allowed per request.");
    }

    public static AwsException invalidLookupAttribute(String key) {
        return new AwsException(
                AwsErrorCode.CT_INVALID_LOOKUP_ATTRIBUTES,
                "Lookup attribute key " + key + " is not valid. Valid keys are EventId, EventName, ReadOnly,"
                        + " Username, ResourceType, ResourceName, EventSource and AccessKeyId.");
    }

    public static AwsException lookupValueTooLong() {
        return new AwsException(
                AwsErrorCode.CT_INVALID_LOOKUP_ATTRIBUTES,
                "The attribute value must be between 1 and 2000 characters long.");
    }

    public static AwsException invalidMaxResults() {
        return new AwsException(AwsErrorCode.CT_INVALID_MAX_RESULTS, "MaxResults must be between 1 and 50.");
    }

    public static AwsException invalidNextToken() {
        return new AwsException(
                AwsErrorCode.CT_INVALID_NEXT_TOKEN,
                "Invalid NextToken. Use the token from the previous response with the same parameters.");
    }

    public static AwsException invalidEventCategory() {
        return new AwsException(
                AwsErrorCode.CT_INVALID_EVENT_CATEGORY, "The only valid EventCategory value is insight.");
    }
}
