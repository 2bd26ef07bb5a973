package org.ec2tutor.sdk.model.savingsplans;

import software.amazon.awssdk.awscore.AwsRequest;

/** The base of every AWS Savings Plans request, as the SDK's generated service request bases are. */
public abstract class SavingsPlansRequest extends AwsRequest {

    protected SavingsPlansRequest(Builder builder) {
        super(builder);
    }

    @Override
    public abstract Builder toBuilder();

    /** The builder every request builder of the service extends. */
    public interface Builder extends AwsRequest.Builder {
        @Override
        SavingsPlansRequest build();
    }

    protected abstract static class BuilderImpl extends AwsRequest.BuilderImpl implements Builder {
        protected BuilderImpl() {}

        protected BuilderImpl(SavingsPlansRequest request) {
            super(request);
        }
    }
}
