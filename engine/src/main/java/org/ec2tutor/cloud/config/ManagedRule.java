package org.ec2tutor.cloud.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS managed rules the simulator evaluates, each as its page in the AWS Config Developer Guide defines it
 * (docs/governance.md, section 8): its parameters and how it judges an EC2 instance. All three are
 * change-triggered and apply to {@code AWS::EC2::Instance} only.
 */
@SuppressWarnings("ImmutableEnumChecker") // the parameter tables are Set.of and Map.of: unmodifiable
public enum ManagedRule {

    /** Running instances whose AMI is not one of {@code amiIds} are non-compliant. */
    APPROVED_AMIS_BY_ID(Set.of("amiIds"), Map.of()) {
        @Override
        ComplianceType judge(ConfigurationItem item, Map<String, String> parameters) {
            if (!item.running()) {
                return ComplianceType.NOT_APPLICABLE;
            }
            return csv(parameters.get("amiIds")).contains(item.imageId())
                    ? ComplianceType.COMPLIANT
                    : ComplianceType.NON_COMPLIANT;
        }
    },

    /**
     * Running instances whose AMI has none of the listed tags are non-compliant: {@code key} asks for the key with
     * any value, {@code key:value} for that value.
     */
    APPROVED_AMIS_BY_TAG(Set.of(), Map.of("amisByTagKeyAndValue", "tag-key:tag-value,other-tag-key")) {
        @Override
        ComplianceType judge(ConfigurationItem item, Map<String, String> parameters) {
            if (!item.running()) {
                return ComplianceType.NOT_APPLICABLE;
            }
            for (String entry : csv(parameters.get("amisByTagKeyAndValue"))) {
                int colon = entry.indexOf(':');
                String key = colon < 0 ? entry : entry.substring(0, colon);
                Optional<String> value = colon < 0 ? Optional.empty() : Optional.of(entry.substring(colon + 1));
                String has = item.imageTags().get(key);
                if (has != null && value.map(has::equals).orElse(true)) {
                    return ComplianceType.COMPLIANT;
                }
            }
            return ComplianceType.NON_COMPLIANT;
        }
    },

    /** Instances with a public IPv4 address are non-compliant. */
    EC2_INSTANCE_NO_PUBLIC_IP(Set.of(), Map.of()) {
        @Override
        ComplianceType judge(ConfigurationItem item, Map<String, String> parameters) {
            if (!item.live()) {
                return ComplianceType.NOT_APPLICABLE;
            }
            return item.publicIp().isPresent() ? ComplianceType.NON_COMPLIANT : ComplianceType.COMPLIANT;
        }
    };

    private final Set<String> required;
    private final Map<String, String> optional;

    ManagedRule(Set<String> required, Map<String, String> optional) {
        this.required = required;
        this.optional = optional;
    }

    /** The managed rule with this source identifier, if the simulator evaluates it. */
    public static Optional<ManagedRule> find(String sourceIdentifier) {
        return Arrays.stream(values())
                .filter(r -> r.name().equals(sourceIdentifier))
                .findFirst();
    }

    /** The resource type every simulated managed rule evaluates. */
    public String resourceType() {
        return ConfigurationItem.EC2_INSTANCE;
    }

    /**
     * How the rule judges an item: a deleted resource is not applicable to any rule (managed rules answer that for
     * resources that are gone).
     */
    public ComplianceType evaluate(ConfigurationItem item, Map<String, String> parameters) {
        return item.deleted() ? ComplianceType.NOT_APPLICABLE : judge(item, parameters);
    }

    abstract ComplianceType judge(ConfigurationItem item, Map<String, String> parameters);

    /** The parameter names this rule accepts. */
    boolean accepts(String name) {
        return required.contains(name) || optional.containsKey(name);
    }

    /** The required parameters missing from {@code given}, in name order. */
    List<String> missing(Map<String, String> given) {
        return required.stream().filter(n -> !given.containsKey(n)).sorted().toList();
    }

    /** The given parameters with the rule's defaults for the optional ones left out. */
    Map<String, String> withDefaults(Map<String, String> given) {
        Map<String, String> all = new LinkedHashMap<>(optional);
        all.putAll(given);
        return all;
    }

    private static List<String> csv(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
