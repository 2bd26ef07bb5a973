package org.ec2tutor.sdk.model.account;

import software.amazon.awssdk.awscore.AwsResponse;

/** The base of every AWS Account Management response, as the SDK's generated service response bases are. */
public abstract class AccountResponse extends AwsResponse {

    protected AccountResponse(Builder builder) {
        super(builder);
    }

    /** The builder every response builder of the service extends. */
    public interface Builder extends AwsResponse.Builder {
        @Override
        AccountResponse build();
    }

    protected abstract static class BuilderImpl extends AwsResponse.BuilderImpl implements Builder {
        protected BuilderImpl() {}

        protected BuilderImpl(AccountResponse response) {
            super(response);
        }
    }
}
