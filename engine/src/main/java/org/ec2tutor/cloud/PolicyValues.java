package org.ec2tutor.cloud;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a resource policy's JSON values read, as IAM reads them, for every policy the simulator evaluates (S3 bucket
 * policies, SQS queue and SNS topic policies): a field is one string or a list of them, and {@code *} / {@code ?}
 * are wildcards in actions, resources and {@code *Like} conditions.
 */
public final class PolicyValues {

    private PolicyValues() {}

    /** IAM's wildcards: {@code *} any run of characters, {@code ?} one; actions compare without case. */
    public static boolean matches(String pattern, String value, boolean ignoreCase) {
        StringBuilder re = new StringBuilder(ignoreCase ? "(?i)" : "");
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.matches(re.toString(), value);
    }

    /**
     * Whether a statement's {@code Condition} holds for the request {@code context}: every operator's keys must hold
     * ({@code *Like} operators take wildcards); condition keys compare without case, as in IAM, and a key the context
     * lacks fails.
     */
    public static boolean conditionsHold(Object condition, Map<String, String> context) {
        if (!(condition instanceof Map<?, ?> operators)) {
            return true;
        }
        for (Map.Entry<?, ?> op : operators.entrySet()) {
            if (!(op.getValue() instanceof Map<?, ?> keys)) {
                return false;
            }
            boolean like = String.valueOf(op.getKey()).endsWith("Like");
            for (Map.Entry<?, ?> k : keys.entrySet()) {
                String actual = context.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(String.valueOf(k.getKey())))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
                if (actual == null
                        || strings(k.getValue()).stream()
                                .noneMatch(v -> like ? matches(v, actual, false) : v.equals(actual))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A field that holds one string or a list of them, as a list (anything else: empty). */
    public static List<String> strings(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> l) {
            return l.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }
}
