package org.ec2tutor.sdk.model.costexplorer;

import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsClient;

/**
 * The AWS Cost Explorer client, as the SDK generates service clients: one default method per operation that throws
 * {@code UnsupportedOperationException} until an implementation overrides it, and a {@code Consumer} overload of
 * each. Only the operations the tutor simulates are here (the SDK module is not available to this build).
 */
public interface CostExplorerClient extends AwsClient {

    String SERVICE_NAME = "ce";

    String SERVICE_METADATA_ID = "ce";

    default GetCostAndUsageResponse getCostAndUsage(GetCostAndUsageRequest request) {
        throw new UnsupportedOperationException();
    }

    default GetCostAndUsageResponse getCostAndUsage(Consumer<GetCostAndUsageRequest.Builder> request) {
        return getCostAndUsage(
                GetCostAndUsageRequest.builder().applyMutation(request).build());
    }

    default GetReservationCoverageResponse getReservationCoverage(GetReservationCoverageRequest request) {
        throw new UnsupportedOperationException();
    }

    default GetReservationCoverageResponse getReservationCoverage(
            Consumer<GetReservationCoverageRequest.Builder> request) {
        return getReservationCoverage(
                GetReservationCoverageRequest.builder().applyMutation(request).build());
    }

    default GetSavingsPlansCoverageResponse getSavingsPlansCoverage(GetSavingsPlansCoverageRequest request) {
        throw new UnsupportedOperationException();
    }

    default GetSavingsPlansCoverageResponse getSavingsPlansCoverage(
            Consumer<GetSavingsPlansCoverageRequest.Builder> request) {
        return getSavingsPlansCoverage(
                GetSavingsPlansCoverageRequest.builder().applyMutation(request).build());
    }
}
