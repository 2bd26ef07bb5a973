package org.ec2tutor.sdk.model.config;

import software.amazon.awssdk.awscore.AwsRequest;

/** The base of every AWS Config request, as the SDK's generated service request bases are. */
public abstract class ConfigRequest extends AwsRequest {

    protected ConfigRequest(Builder builder) {
        super(builder);
    }

    @Override
    public abstract Builder toBuilder();

    /** The builder every request builder of the service extends. */
    public interface Builder extends AwsRequest.Builder {
        @Override
        ConfigRequest build();
    }

    protected abstract static class BuilderImpl extends AwsRequest.BuilderImpl implements Builder {
        protected BuilderImpl() {}

        protected BuilderImpl(ConfigRequest request) {
            super(request);
        }
    }
}
