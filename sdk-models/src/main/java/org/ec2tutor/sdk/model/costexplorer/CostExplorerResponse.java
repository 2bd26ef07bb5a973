package org.ec2tutor.sdk.model.costexplorer;

import software.amazon.awssdk.awscore.AwsResponse;

/** The base of every Cost Explorer response, as the SDK's generated service response bases are. */
public abstract class CostExplorerResponse extends AwsResponse {

    protected CostExplorerResponse(Builder builder) {
        super(builder);
    }

    /** The builder every response builder of the service extends. */
    public interface Builder extends AwsResponse.Builder {
        @Override
        CostExplorerResponse build();
    }

    protected abstract static class BuilderImpl extends AwsResponse.BuilderImpl implements Builder {
        protected BuilderImpl() {}

        protected BuilderImpl(CostExplorerResponse response) {
            super(response);
        }
    }
}
