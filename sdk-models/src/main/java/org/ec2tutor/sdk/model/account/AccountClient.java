package org.ec2tutor.sdk.model.account;

import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsClient;

/**
 * The AWS Account Management client, as the SDK generates service clients: one default method per operation that
 * throws {@code UnsupportedOperationException} until an implementation overrides it, and a {@code Consumer} overload
 * of each. Only the Region opt-in operations the tutor simulates are here (the SDK module is not available to this
 * build).
 */
public interface AccountClient extends AwsClient {

    String SERVICE_NAME = "account";

    String SERVICE_METADATA_ID = "account";

    default DisableRegionResponse disableRegion(DisableRegionRequest request) {
        throw new UnsupportedOperationException();
    }

    default DisableRegionResponse disableRegion(Consumer<DisableRegionRequest.Builder> request) {
        return disableRegion(
                DisableRegionRequest.builder().applyMutation(request).build());
    }

    default EnableRegionResponse enableRegion(EnableRegionRequest request) {
        throw new UnsupportedOperationException();
    }

    default EnableRegionResponse enableRegion(Consumer<EnableRegionRequest.Builder> request) {
        return enableRegion(EnableRegionRequest.builder().applyMutation(request).build());
    }

    default GetRegionOptStatusResponse getRegionOptStatus(GetRegionOptStatusRequest request) {
        throw new UnsupportedOperationException();
    }

    default GetRegionOptStatusResponse getRegionOptStatus(Consumer<GetRegionOptStatusRequest.Builder> request) {
        return getRegionOptStatus(
                GetRegionOptStatusRequest.builder().applyMutation(request).build());
    }

    default ListRegionsResponse listRegions(ListRegionsRequest request) {
        throw new UnsupportedOperationException();
    }

    default ListRegionsResponse listRegions(Consumer<ListRegionsRequest.Builder> request) {
        return listRegions(ListRegionsRequest.builder().applyMutation(request).build());
    }
}
