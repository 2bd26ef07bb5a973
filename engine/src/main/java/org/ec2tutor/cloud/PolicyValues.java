package org.ec2tutor.cloud;

import java.util.List;
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
