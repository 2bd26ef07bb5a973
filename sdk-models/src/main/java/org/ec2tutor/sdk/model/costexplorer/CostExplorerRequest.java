package org.ec2tutor.sdk.model.costexplorer;

import software.amazon.awssdk.awscore.AwsRequest;

/** The base of every Cost Explorer request, as the SDK's generated service request bases are. */
public abstract class CostExplorerRequest extends AwsRequest {

    protected CostExplorerRequest(Builder builder) {
        super(builder);
    }

    @Override
    public abstract Builder toBuilder();

    /** The builder every request builder of the service extends. */
    public interface Builder extends AwsRequest.Builder {
        @Override
        CostExplorerRequest build();
    }

    protected abstract static class BuilderImpl extends AwsRequest.BuilderImpl implements Builder {
        protected BuilderImpl() {}

        protected BuilderImpl(CostExplorerRequest request) {
            super(request);
        }
    }
}
