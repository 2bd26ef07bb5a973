package org.ec2tutor.sdk.model.account;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An error of AWS Account Management: the service's code and message, as the SDK's generated service exception carries them. Shaped as
 * that class is (a static {@code builder()}, a {@code toBuilder()} that keeps the class), so the SDK's JSON error
 * unmarshaller builds it: the agent's client gives {@code AccountException::builder} to {@code AwsJsonProtocolFactory} as the
 * service's default exception, as a generated client does.
 */
public final class AccountException extends AwsServiceException {

    private static final long serialVersionUID = 1L;

    private AccountException(Builder builder) {
        super(builder);
    }

    /** An exception with AWS's error code, message and HTTP status. */
    public static AccountException of(String code, String message, int status, String requestId) {
        return builder()
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .serviceName("Account")
                        .sdkHttpResponse(
                                SdkHttpResponse.builder().statusCode(status).build())
                        .build())
                .statusCode(status)
                .requestId(requestId)
                .message(message)
                .build();
    }

    public static Builder builder() {
        return new BuilderImpl();
    }

    @Override
    public Builder toBuilder() {
        return new BuilderImpl(this);
    }

    public static Class<? extends Builder> serializableBuilderClass() {
        return BuilderImpl.class;
    }

    /** The builder, as the SDK's generated service exceptions have it (an {@code SdkPojo} without fields). */
    public interface Builder extends AwsServiceException.Builder {
        @Override
        Builder awsErrorDetails(AwsErrorDetails awsErrorDetails);

        @Override
        Builder message(String message);

        @Override
        Builder requestId(String requestId);

        @Override
        Builder statusCode(int statusCode);

        @Override
        Builder cause(Throwable cause);

        @Override
        Builder writableStackTrace(Boolean writableStackTrace);

        @Override
        Builder numAttempts(Integer numAttempts);

        @Override
        AccountException build();
    }

    private static final class BuilderImpl extends AwsServiceException.BuilderImpl implements Builder {
        BuilderImpl() {}

        BuilderImpl(AccountException ex) {
            super(ex);
        }

        @Override
        public BuilderImpl awsErrorDetails(AwsErrorDetails awsErrorDetails) {
            this.awsErrorDetails = awsErrorDetails;
            return this;
        }

        @Override
        public BuilderImpl message(String message) {
            this.message = message;
            return this;
        }

        @Override
        public BuilderImpl requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        @Override
        public BuilderImpl statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        @Override
        public BuilderImpl cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        @Override
        public BuilderImpl writableStackTrace(Boolean writableStackTrace) {
            this.writableStackTrace = writableStackTrace;
            return this;
        }

        @Override
        public BuilderImpl numAttempts(Integer numAttempts) {
            this.numAttempts = numAttempts;
            return this;
        }

        @Override
        public AccountException build() {
            return new AccountException(this);
        }
    }
}
