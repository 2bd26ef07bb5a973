package org.ec2tutor.cloud.sqs;

import static org.ec2tutor.cloud.PolicyValues.conditionsHold;
import static org.ec2tutor.cloud.PolicyValues.matches;
import static org.ec2tutor.cloud.PolicyValues.strings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.json.Json;

/**
 * A queue's or topic's access policy, read the way a service principal's delivery is checked: does an Allow statement
 * let {@code events.amazonaws.com} (or {@code sns.amazonaws.com}) do the action on this resource, with the condition
 * keys the delivery carries ({@code aws:SourceArn}, {@code aws:SourceAccount})? Deny statements are not evaluated;
 * docs/governance.md says so.
 */
public final class ResourcePolicy {

    private final List<Map<?, ?>> statements;

    private ResourcePolicy(List<Map<?, ?>> statements) {
        this.statements = statements;
    }

    /** The policy {@code text} holds, or empty when it is not a JSON object with statements. */
    public static Optional<ResourcePolicy> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return Json.parse(text).flatMap(doc -> {
            if (!(doc instanceof Map<?, ?> map) || map.get("Statement") == null) {
                return Optional.empty();
            }
            Object st = map.get("Statement");
            List<?> list = st instanceof List<?> l ? l : List.of(st);
            if (list.stream().anyMatch(s -> !(s instanceof Map<?, ?>))) {
                return Optional.empty();
            }
            return Optional.of(new ResourcePolicy(
                    list.stream().<Map<?, ?>>map(s -> (Map<?, ?>) s).toList()));
        });
    }

    /** Whether {@code policyText} lets the service principal do {@code action} on {@code resourceArn}. */
    public static boolean allows(
            String policyText, String service, String action, String resourceArn, Map<String, String> context) {
        return parse(policyText)
                .map(p -> p.allowsService(service, action, resourceArn, context))
                .orElse(false);
    }

    public boolean allowsService(String service, String action, String resourceArn, Map<String, String> context) {
        for (Map<?, ?> s : statements) {
            if (!"Allow".equals(s.get("Effect"))) {
                continue;
            }
            Object principal = s.get("Principal");
            boolean anyone = "*".equals(principal)
                    || (principal instanceof Map<?, ?> p
                            && strings(p.get("AWS")).contains("*"));
            boolean named = principal instanceof Map<?, ?> p
                    && strings(p.get("Service")).contains(service);
            if (!anyone && !named) {
                continue;
            }
            if (strings(s.get("Action")).stream().noneMatch(a -> matches(a, action, true))) {
                continue;
            }
            if (strings(s.get("Resource")).stream().noneMatch(r -> matches(r, resourceArn, false))) {
                continue;
            }
            if (conditionsHold(s.get("Condition"), context)) {
                return true;
            }
        }
        return false;
    }
}
