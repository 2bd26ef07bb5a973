package org.ec2tutor.sdk.model.config;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;

/** An error of AWS Config: the service's code and message, as the SDK's generated service exception carries them. */
public final class ConfigException extends AwsServiceException {

    private static final long serialVersionUID = 1L;

    private ConfigException(BuilderImpl builder) {
        super(builder);
    }

    /** An exception with AWS's error code, message and HTTP status. */
    public static ConfigException of(String code, String message, int status, String requestId) {
        BuilderImpl b = new BuilderImpl();
        b.awsErrorDetails(AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("Config")
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build());
        b.statusCode(status);
        b.requestId(requestId);
        b.message(message);
        return b.build();
    }

    private static final class BuilderImpl extends AwsServiceException.BuilderImpl {
        @Override
        public ConfigException build() {
            return new ConfigException(this);
        }
    }
}
