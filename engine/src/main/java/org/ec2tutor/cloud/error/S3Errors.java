package org.ec2tutor.cloud.error;

/**
 * Amazon S3's refusals, with S3's own texts (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html;
 * docs/governance.md). One factory per situation, as {@link Ec2Errors} for EC2.
 */
public final class S3Errors {

    private S3Errors() {}

    public static AwsException noSuchBucket() {
        return new AwsException(AwsErrorCode.S3_NO_SUCH_BUCKET, "The specified bucket does not exist");
    }

    /** Another account's bucket: the tutor models no cross-account grants for S3 calls. */
    public static AwsException accessDenied() {
        return new AwsException(AwsErrorCode.S3_ACCESS_DENIED, "Access Denied");
    }

    public static AwsException noSuchKey() {
        return new AwsException(AwsErrorCode.S3_NO_SUCH_KEY, "The specified key does not exist.");
    }

    public static AwsException noSuchBucketPolicy() {
        return new AwsException(AwsErrorCode.S3_NO_SUCH_BUCKET_POLICY, "The bucket policy does not exist");
    }

    /** The name belongs to another account: bucket names are one namespace across all of AWS. */
    public static AwsException bucketAlreadyExists() {
        return new AwsException(
                AwsErrorCode.S3_BUCKET_ALREADY_EXISTS,
                "The requested bucket name is not available. The bucket namespace is shared by all users of the"
                        + " system. Please select a different name and try again.");
    }

    public static AwsException bucketAlreadyOwnedByYou() {
        return new AwsException(
                AwsErrorCode.S3_BUCKET_ALREADY_OWNED_BY_YOU,
                "Your previous request to create the named bucket succeeded and you already own it.");
    }

    public static AwsException bucketNotEmpty() {
        return new AwsException(AwsErrorCode.S3_BUCKET_NOT_EMPTY, "The bucket you tried to delete is not empty");
    }

    public static AwsException invalidBucketName() {
        return new AwsException(AwsErrorCode.S3_INVALID_BUCKET_NAME, "The specified bucket is not valid.");
    }

    /** A constraint naming no Region S3 knows, or {@code us-east-1} spelled out (its constraint is empty). */
    public static AwsException invalidLocationConstraint() {
        return new AwsException(
                AwsErrorCode.S3_INVALID_LOCATION_CONSTRAINT, "The specified location-constraint is not valid");
    }

    /** A request sent to one Region's endpoint that asks for a bucket in another (or in none, outside us-east-1). */
    public static AwsException illegalLocationConstraint(String constraintOrEmpty) {
        return new AwsException(
                AwsErrorCode.S3_ILLEGAL_LOCATION_CONSTRAINT,
                "The " + (constraintOrEmpty.isEmpty() ? "unspecified" : constraintOrEmpty)
                        + " location constraint is incompatible for the region specific endpoint this request was"
                        + " sent to.");
    }

    /** A policy that is not a JSON object. */
    public static AwsException policyNotJson() {
        return new AwsException(
                AwsErrorCode.S3_MALFORMED_POLICY, "Policies must be valid JSON and the first byte must be '{'");
    }

    public static AwsException policyMissingField(String field) {
        return new AwsException(AwsErrorCode.S3_MALFORMED_POLICY, "Missing required field " + field);
    }

    public static AwsException policyInvalidEffect() {
        return new AwsException(AwsErrorCode.S3_MALFORMED_POLICY, "Invalid effect: must be Allow or Deny");
    }

    public static AwsException policyInvalidResource() {
        return new AwsException(AwsErrorCode.S3_MALFORMED_POLICY, "Policy has invalid resource");
    }
}
