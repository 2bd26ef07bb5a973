package org.ec2tutor.sdk;

import java.util.Map;
import java.util.function.Supplier;
import org.ec2tutor.cloud.error.AwsException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.LimitExceededException;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeValueException;
import software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Domain refusals of EventBridge, SQS and SNS as the exceptions the real SDK throws: the modelled subclass for the codes
 * the service model names, else the service's base exception, each with AWS's code, message, status and request id.
 */
final class MessagingExceptions {

    private MessagingExceptions() {}

    private static final Map<String, Supplier<AwsServiceException.Builder>> EVENTS = Map.of(
            "ResourceNotFoundException",
            software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException::builder,
            "InvalidEventPatternException",
            InvalidEventPatternException::builder,
            "LimitExceededException",
            LimitExceededException::builder);

    private static final Map<String, Supplier<AwsServiceException.Builder>> SQS = Map.of(
            "QueueDoesNotExist", QueueDoesNotExistException::builder,
            "QueueAlreadyExists", QueueNameExistsException::builder,
            "ReceiptHandleIsInvalid", ReceiptHandleIsInvalidException::builder,
            "InvalidAttributeName", InvalidAttributeNameException::builder,
            "InvalidAttributeValue", InvalidAttributeValueException::builder,
            "PurgeQueueInProgress", PurgeQueueInProgressException::builder);

    private static final Map<String, Supplier<AwsServiceException.Builder>> SNS = Map.of(
            "NotFound", NotFoundException::builder,
            "InvalidParameter", InvalidParameterException::builder);

    static RuntimeException events(AwsException e, String requestId) {
        return build(
                EVENTS.getOrDefault(e.code().code(), EventBridgeException::builder),
                "EventBridge",
                e.code().code(),
                e,
                requestId);
    }

    /**
     * SQS's JSON protocol keeps the Query protocol's code of a few errors for old clients (its x-amzn-query-error
     * header): the AWS CLI prints it and the SDK's exception carries it, e.g. {@code An error occurred
     * (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl operation} (docs/governance.md).
     */
    private static final Map<String, String> SQS_QUERY_CODES =
            Map.of("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue");

    static RuntimeException sqs(AwsException e, String requestId) {
        String code = e.code().code();
        return build(
                SQS.getOrDefault(code, SqsException::builder),
                "Sqs",
                SQS_QUERY_CODES.getOrDefault(code, code),
                e,
                requestId);
    }

    static RuntimeException sns(AwsException e, String requestId) {
        return build(
                SNS.getOrDefault(e.code().code(), SnsException::builder),
                "Sns",
                e.code().code(),
                e,
                requestId);
    }

    private static AwsServiceException build(
            Supplier<AwsServiceException.Builder> builder,
            String service,
            String code,
            AwsException e,
            String requestId) {
        int status = e.code().httpStatus();
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(code)
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
