package org.ec2tutor.sdk;

import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ssm.model.SsmException;

/** Domain refusals to the exception the real SDK throws: an {@link Ec2Exception} with AWS's code and message. */
final class Ec2Exceptions {

    private Ec2Exceptions() {}

    static Ec2Exception of(AwsException e, String requestId) {
        return build(e, requestId, null);
    }

    /** A fault in the simulator itself: still an Ec2Exception, as AWS answers its own faults. */
    static Ec2Exception internal(RuntimeException e, String requestId) {
        return build(Ec2Errors.internalError(), requestId, e);
    }

    /** The same for Systems Manager: an SsmException with the code and message. */
    static SsmException ssm(AwsException e, String requestId) {
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(e.code().code())
                .errorMessage(e.getMessage())
                .serviceName("Ssm")
                .sdkHttpResponse(SdkHttpResponse.builder()
                        .statusCode(e.code().httpStatus())
                        .build())
                .build();
        return (SsmException) SsmException.builder()
                .awsErrorDetails(details)
                .statusCode(e.code().httpStatus())
                .requestId(requestId)
                .message(e.getMessage())
                .build();
    }

    private static Ec2Exception build(AwsException e, String requestId, Throwable cause) {
        String message = e.getMessage();
        int status = e.code().httpStatus();
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(e.code().code())
                .errorMessage(message)
                .serviceName("Ec2")
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build();
        // getMessage() appends "(Service: Ec2, Status Code: 400, Request ID: ...)" from the details, as the real SDK
        // does.
        return (Ec2Exception) Ec2Exception.builder()
                .awsErrorDetails(details)
                .statusCode(status)
                .requestId(requestId)
                .message(message)
                .cause(cause)
                .build();
    }
}
