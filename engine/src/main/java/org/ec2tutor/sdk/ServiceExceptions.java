package org.ec2tutor.sdk;

import java.util.Map;
import java.util.function.Supplier;
import org.ec2tutor.cloud.error.AwsException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.InsufficientS3BucketPolicyException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventCategoryException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidLookupAttributesException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidMaxResultsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidNextTokenException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTimeRangeException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;
import software.amazon.awssdk.services.cloudtrail.model.S3BucketDoesNotExistException;
import software.amazon.awssdk.services.cloudtrail.model.TrailAlreadyExistsException;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Domain refusals of S3 and CloudTrail as the exceptions the real SDK throws: the modelled subclass for the codes the
 * service model names ({@code NoSuchBucketException}, {@code TrailNotFoundException}, ...), else the service's base
 * exception, each with AWS's code, message, HTTP status and a request id.
 */
final class ServiceExceptions {

    private ServiceExceptions() {}

    private static final Map<String, Supplier<AwsServiceException.Builder>> S3 = Map.of(
            "NoSuchBucket", NoSuchBucketException::builder,
            "NoSuchKey", NoSuchKeyException::builder,
            "BucketAlreadyExists", BucketAlreadyExistsException::builder,
            "BucketAlreadyOwnedByYou", BucketAlreadyOwnedByYouException::builder);

    private static final Map<String, Supplier<AwsServiceException.Builder>> CLOUDTRAIL = Map.ofEntries(
            Map.entry("TrailAlreadyExistsException", TrailAlreadyExistsException::builder),
            Map.entry("TrailNotFoundException", TrailNotFoundException::builder),
            Map.entry("InvalidTrailNameException", InvalidTrailNameException::builder),
            Map.entry("S3BucketDoesNotExistException", S3BucketDoesNotExistException::builder),
            Map.entry("InsufficientS3BucketPolicyException", InsufficientS3BucketPolicyException::builder),
            Map.entry("InvalidTimeRangeException", InvalidTimeRangeException::builder),
            Map.entry("InvalidLookupAttributesException", InvalidLookupAttributesException::builder),
            Map.entry("InvalidMaxResultsException", InvalidMaxResultsException::builder),
            Map.entry("InvalidNextTokenException", InvalidNextTokenException::builder),
            Map.entry("InvalidEventCategoryException", InvalidEventCategoryException::builder));

    static S3Exception s3(AwsException e, String requestId) {
        return (S3Exception) build(S3.getOrDefault(e.code().code(), S3Exception::builder), "S3", e, requestId);
    }

    static CloudTrailException cloudTrail(AwsException e, String requestId) {
        return (CloudTrailException) build(
                CLOUDTRAIL.getOrDefault(e.code().code(), CloudTrailException::builder), "CloudTrail", e, requestId);
    }

    private static AwsServiceException build(
            Supplier<AwsServiceException.Builder> builder, String service, AwsException e, String requestId) {
        int status = e.code().httpStatus();
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(e.code().code())
                .errorMessage(e.getMessage())
                .serviceName(service)
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build();
        return builder.get()
                .awsErrorDetails(details)
                .statusCode(status)
                .requestId(requestId)
                .message(e.getMessage())
                .build();
    }
}
