package org.ec2tutor.sdk.model.savingsplans;

import software.amazon.awssdk.awscore.AwsResponse;

/** The base of every AWS Savings Plans response, as the SDK's generated service response bases are. */
public abstract class SavingsPlansResponse extends AwsResponse {

    protected SavingsPlansResponse(Builder builder) {
        super(builder);
    }

    /** The builder every response builder of the service extends. */
    public interface Builder extends AwsResponse.Builder {
        @Override
        SavingsPlansResponse build();
    }

    protected abstract static class BuilderImpl extends AwsResponse.BuilderImpl implements Builder {
        protected BuilderImpl() {}

        protected BuilderImpl(SavingsPlansResponse response) {
            super(response);
        }
    }
}
