package org.ec2tutor.sdk.model.account;

import software.amazon.awssdk.awscore.AwsRequest;

/** The base of every AWS Account Management request, as the SDK's generated service request bases are. */
public abstract class AccountRequest extends AwsRequest {

    protected AccountRequest(Builder builder) {
        super(builder);
    }

    @Override
    public abstract Builder toBuilder();

    /** The builder every request builder of the service extends. */
    public interface Builder extends AwsRequest.Builder {
        @Override
        AccountRequest build();
    }

    protected abstract static class BuilderImpl extends AwsRequest.BuilderImpl implements Builder {
        protected BuilderImpl() {}

        protected BuilderImpl(AccountRequest request) {
            super(request);
        }
    }
}
