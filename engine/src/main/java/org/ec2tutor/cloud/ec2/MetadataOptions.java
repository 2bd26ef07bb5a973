package org.ec2tutor.cloud.ec2;

import java.util.Optional;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.guest.MetadataService;

/**
 * An instance's metadata options (API reference, InstanceMetadataOptionsRequest and ModifyInstanceMetadataOptions):
 * whether IMDSv2 tokens are required, the PUT response hop limit (1-64), whether the endpoint answers at all, IPv6 and
 * tags in metadata. An image with {@code ImdsSupport v2.0} (Amazon Linux 2023) gives its instances tokens required
 * and hop limit 2; any other image tokens optional and hop limit 1.
 */
public record MetadataOptions(
        boolean tokensRequired, int hopLimit, boolean endpointEnabled, boolean ipv6Enabled, boolean tagsEnabled) {

    static final MetadataOptions V1_ALLOWED = new MetadataOptions(false, 1, true, false, false);
    static final MetadataOptions V2_ONLY = new MetadataOptions(true, 2, true, false, false);

    /** What a launch or ModifyInstanceMetadataOptions asks to change; an empty value keeps the current one. */
    public record Change(
            Optional<String> httpTokens,
            Optional<Integer> hopLimit,
            Optional<String> httpEndpoint,
            Optional<String> httpProtocolIpv6,
            Optional<String> instanceMetadataTags) {

        public static final Change NONE =
                new Change(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        /** AWS's refusal of a value outside its enum or range, before anything changes. */
        void validate() {
            oneOf(httpTokens, "HttpTokens", "optional", "required");
            oneOf(httpEndpoint, "HttpEndpoint", "enabled", "disabled");
            oneOf(httpProtocolIpv6, "HttpProtocolIpv6", "enabled", "disabled");
            oneOf(instanceMetadataTags, "InstanceMetadataTags", "enabled", "disabled");
            hopLimit.filter(h -> h < 1 || h > 64).ifPresent(h -> {
                throw Ec2Errors.invalidValueFor(String.valueOf(h), "HttpPutResponseHopLimit");
            });
        }

        private static void oneOf(Optional<String> value, String parameter, String a, String b) {
            value.filter(v -> !v.equals(a) && !v.equals(b)).ifPresent(v -> {
                throw Ec2Errors.invalidValueFor(v, parameter);
            });
        }
    }

    static MetadataOptions forImage(Image image) {
        return imdsV2Only(image) ? V2_ONLY : V1_ALLOWED;
    }

    /**
     * Whether an image carries {@code ImdsSupport v2.0}: Amazon's current Linux images (those with a boot mode) do; the
     * attribute cannot be removed once set.
     */
    public static boolean imdsV2Only(Image image) {
        return image.bootMode().isPresent()
                && image.platform() == Platform.LINUX
                && image.ownerAlias().isPresent();
    }

    MetadataOptions with(Change c) {
        return new MetadataOptions(
                c.httpTokens().map("required"::equals).orElse(tokensRequired),
                c.hopLimit().orElse(hopLimit),
                c.httpEndpoint().map("enabled"::equals).orElse(endpointEnabled),
                c.httpProtocolIpv6().map("enabled"::equals).orElse(ipv6Enabled),
                c.instanceMetadataTags().map("enabled"::equals).orElse(tagsEnabled));
    }

    public String httpTokens() {
        return tokensRequired ? "required" : "optional";
    }

    public String httpEndpoint() {
        return endpointEnabled ? "enabled" : "disabled";
    }

    public String httpProtocolIpv6() {
        return ipv6Enabled ? "enabled" : "disabled";
    }

    public String instanceMetadataTags() {
        return tagsEnabled ? "enabled" : "disabled";
    }

    MetadataService.Settings guestSettings() {
        return new MetadataService.Settings(tokensRequired, endpointEnabled);
    }
}
