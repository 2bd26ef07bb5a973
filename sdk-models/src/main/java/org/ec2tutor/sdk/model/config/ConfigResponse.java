package org.ec2tutor.sdk.model.config;

import software.amazon.awssdk.awscore.AwsResponse;

/** The base of every AWS Config response, as the SDK's generated service response bases are. */
public abstract class ConfigResponse extends AwsResponse {

    protected ConfigResponse(Builder builder) {
        super(builder);
    }

    /** The builder every response builder of the service extends. */
    public interface Builder extends AwsResponse.Builder {
        @Override
        ConfigResponse build();
    }

    protected abstract static class BuilderImpl extends AwsResponse.BuilderImpl implements Builder {
        protected BuilderImpl() {}

        protected BuilderImpl(ConfigResponse response) {
            super(response);
        }
    }
}
