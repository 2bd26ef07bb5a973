package org.ec2tutor.cloud.s3;

import static org.ec2tutor.cloud.PolicyValues.conditionsHold;
import static org.ec2tutor.cloud.PolicyValues.matches;
import static org.ec2tutor.cloud.PolicyValues.strings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.S3Errors;
import org.ec2tutor.cloud.json.Json;

/**
 * A bucket policy as S3 checks it when it is put (a JSON object with statements, each with an Effect and resources in
 * this bucket) and as CloudTrail reads it: which actions a service principal is allowed on which resources. Deny
 * statements and condition keys other than the ones CloudTrail's documented policy uses are not evaluated
 * (docs/governance.md).
 */
public final class BucketPolicy {

    private final List<Map<String, Object>> statements;

    private BucketPolicy(List<Map<String, Object>> statements) {
        this.statements = statements;
    }

    /** Parses and checks a policy for {@code bucket}, or refuses it as S3 does ({@code MalformedPolicy}). */
    @SuppressWarnings("unchecked")
    public static BucketPolicy parse(String text, String bucket) {
        Object doc = Json.parse(text).orElseThrow(S3Errors::policyNotJson);
        if (!(doc instanceof Map<?, ?> map)) {
            throw S3Errors.policyNotJson();
        }
        Object st = map.get("Statement");
        if (st == null) {
            throw S3Errors.policyMissingField("Statement");
        }
        List<Object> list = st instanceof List<?> l ? (List<Object>) l : List.of(st);
        for (Object s : list) {
            if (!(s instanceof Map<?, ?> statement)) {
                throw S3Errors.policyNotJson();
            }
            Object effect = statement.get("Effect");
            if (effect == null) {
                throw S3Errors.policyMissingField("Effect");
            }
            if (!effect.equals("Allow") && !effect.equals("Deny")) {
                throw S3Errors.policyInvalidEffect();
            }
            if (statement.get("Principal") == null && statement.get("NotPrincipal") == null) {
                throw S3Errors.policyMissingField("Principal");
            }
            if (statement.get("Action") == null && statement.get("NotAction") == null) {
                throw S3Errors.policyMissingField("Action");
            }
            List<String> resources = strings(statement.get("Resource"));
            if (resources.isEmpty()) {
                throw S3Errors.policyMissingField("Resource");
            }
            for (String r : resources) {
                if (!r.equals("arn:aws:s3:::" + bucket)
                        && !r.startsWith("arn:aws:s3:::" + bucket + "/")
                        && !r.equals("*")) {
                    throw S3Errors.policyInvalidResource();
                }
            }
        }
        return new BucketPolicy(list.stream().map(s -> (Map<String, Object>) s).toList());
    }

    /** Parses a policy already accepted by {@link #parse}. */
    static Optional<BucketPolicy> of(Bucket bucket) {
        try {
            return bucket.policy().map(p -> parse(p, bucket.name()));
        } catch (AwsException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether an Allow statement lets the service principal {@code service} do {@code action} on {@code resourceArn},
     * with the request context given (condition keys such as {@code aws:SourceArn}; a key the context lacks fails
     * the condition, as in IAM).
     */
    public boolean allowsService(String service, String action, String resourceArn, Map<String, String> context) {
        for (Map<String, Object> s : statements) {
            if (!"Allow".equals(s.get("Effect"))) {
                continue;
            }
            if (!(s.get("Principal") instanceof Map<?, ?> principal)
                    || !strings(principal.get("Service")).contains(service)) {
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
