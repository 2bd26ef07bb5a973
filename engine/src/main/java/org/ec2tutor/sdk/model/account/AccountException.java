package org.ec2tutor.sdk.model.account;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;

/** An error of AWS Account Management: the service's code and message, as the SDK's generated service exception carries them. */
public final class AccountException extends AwsServiceException {

    private static final long serialVersionUID = 1L;

    private AccountException(BuilderImpl builder) {
        super(builder);
    }

    /** An exception with AWS's error code, message and HTTP status. */
    public static AccountException of(String code, String message, int status, String requestId) {
        BuilderImpl b = new BuilderImpl();
        b.awsErrorDetails(AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("Account")
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build());
        b.statusCode(status);
        b.requestId(requestId);
        b.message(message);
        return b.build();
    }

    private static final class BuilderImpl extends AwsServiceException.BuilderImpl {
        @Override
        public AccountException build() {
            return new AccountException(this);
        }
    }
}
