package org.ec2tutor.sdk.model.savingsplans;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;

/** An error of AWS Savings Plans: the service's code and message, as the SDK's generated service exception carries them. */
public final class SavingsPlansException extends AwsServiceException {

    private static final long serialVersionUID = 1L;

    private SavingsPlansException(BuilderImpl builder) {
        super(builder);
    }

    /** An exception with AWS's error code, message and HTTP status. */
    public static SavingsPlansException of(String code, String message, int status, String requestId) {
        BuilderImpl b = new BuilderImpl();
        b.awsErrorDetails(AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("SavingsPlans")
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build());
        b.statusCode(status);
        b.requestId(requestId);
        b.message(message);
        return b.build();
    }

    private static final class BuilderImpl extends AwsServiceException.BuilderImpl {
        @Override
        public SavingsPlansException build() {
            return new SavingsPlansException(this);
        }
    }
}
