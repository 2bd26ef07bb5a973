package org.ec2tutor.sdk;

import org.ec2tutor.cloud.error.AwsException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** Domain refusals to the exception the real SDK throws: an {@link Ec2Exception} with AWS's code and message. */
final class Ec2Exceptions {

    private Ec2Exceptions() {}

    static Ec2Exception of(AwsException e, String requestId) {
        return build(e.code().code(), e.getMessage(), e.code().httpStatus(), requestId, null);
    }

    /** A fault in the simulator itself: still an Ec2Exception, as AWS answers its own faults. */
    static Ec2Exception internal(RuntimeException e, String requestId) {
        return build("InternalError", "An internal error has occurred", 500, requestId, e);
    }

    /** The same for Systems Manager: an SsmException with the code and message. */
    static software.amazon.awssdk.services.ssm.model.SsmException ssm(AwsException e, String requestId) {
        AwsErrorDetails details = AwsErrorDetails.builder().errorCode(e.code().code()).errorMessage(e.getMessage())
                .serviceName("Ssm").sdkHttpResponse(SdkHttpResponse.builder().statusCode(400).build()).build();
        return (software.amazon.awssdk.services.ssm.model.SsmException)
                software.amazon.awssdk.services.ssm.model.SsmException.builder().awsErrorDetails(details)
                        .statusCode(400).requestId(requestId).message(e.getMessage()).build();
    }

    private static Ec2Exception build(String code, String message, int status, String requestId, Throwable cause) {
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("Ec2")
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build();
        // getMessage() appends "(Service: Ec2, Status Code: 400, Request ID: ...)" from the details, as the real SDK does.
        return (Ec2Exception) Ec2Exception.builder()
                .awsErrorDetails(details)
                .statusCode(status)
                .requestId(requestId)
                .message(message)
                .cause(cause)
                .build();
    }
}
