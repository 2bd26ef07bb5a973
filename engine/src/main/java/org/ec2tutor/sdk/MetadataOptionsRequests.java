package org.ec2tutor.sdk;

import java.util.Optional;
import org.ec2tutor.cloud.ec2.MetadataOptions;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsRequest;

/** IMDS options between the SDK's model and the domain: requests in, the {@code MetadataOptions} answer out. */
final class MetadataOptionsRequests {

    private MetadataOptionsRequests() {}

    static MetadataOptions.Change launch(InstanceMetadataOptionsRequest r) {
        if (r == null) {
            return MetadataOptions.Change.NONE;
        }
        return new MetadataOptions.Change(
                Optional.ofNullable(r.httpTokensAsString()),
                Optional.ofNullable(r.httpPutResponseHopLimit()),
                Optional.ofNullable(r.httpEndpointAsString()),
                Optional.ofNullable(r.httpProtocolIpv6AsString()),
                Optional.ofNullable(r.instanceMetadataTagsAsString()));
    }

    static MetadataOptions.Change modify(ModifyInstanceMetadataOptionsRequest r) {
        return new MetadataOptions.Change(
                Optional.ofNullable(r.httpTokensAsString()),
                Optional.ofNullable(r.httpPutResponseHopLimit()),
                Optional.ofNullable(r.httpEndpointAsString()),
                Optional.ofNullable(r.httpProtocolIpv6AsString()),
                Optional.ofNullable(r.instanceMetadataTagsAsString()));
    }

    static InstanceMetadataOptionsResponse response(MetadataOptions o, String state) {
        return InstanceMetadataOptionsResponse.builder()
                .state(state)
                .httpTokens(o.httpTokens())
                .httpPutResponseHopLimit(o.hopLimit())
                .httpEndpoint(o.httpEndpoint())
                .httpProtocolIpv6(o.httpProtocolIpv6())
                .instanceMetadataTags(o.instanceMetadataTags())
                .build();
    }
}
