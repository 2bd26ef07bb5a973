package org.ec2tutor.cloud.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/**
 * An AWS Config rule of one account in one Region: a managed rule with its parameters and the scope of resources
 * it evaluates. Replaced whole when PutConfigRule updates it (name, ARN and id stay).
 *
 * @param inputParameters the JSON string as given, shown back by DescribeConfigRules
 * @param parameters the parsed parameters with the rule's defaults, what evaluation reads
 * @param resourceTypes the scope's resource types, as given (may be empty)
 */
public record ConfigRule(
        AccountId account,
        Region region,
        String name,
        String arn,
        String id,
        Optional<String> description,
        ManagedRule source,
        Optional<String> inputParameters,
        Map<String, String> parameters,
        List<String> resourceTypes,
        Optional<String> scopeTagKey,
        Optional<String> scopeTagValue,
        Optional<String> scopeResourceId) {

    public ConfigRule {
        parameters = Map.copyOf(parameters);
        resourceTypes = List.copyOf(resourceTypes);
    }

    /** The rule's state: evaluations run while a rule exists, so a listed rule is always active. */
    public String state() {
        return "ACTIVE";
    }

    /**
     * Whether the rule evaluates this item: the rule's own resource type must be in scope (an empty list means the
     * rule's own), and the scope's resource id and tag, when given, must match.
     */
    boolean covers(ConfigurationItem item) {
        if (!resourceTypes.isEmpty() && !resourceTypes.contains(source.resourceType())) {
            return false;
        }
        if (scopeResourceId.isPresent() && !scopeResourceId.get().equals(item.resourceId())) {
            return false;
        }
        if (scopeTagKey.isPresent()) {
            String value = item.tags().get(scopeTagKey.get());
            return value != null && scopeTagValue.map(value::equals).orElse(true);
        }
        return true;
    }
}
