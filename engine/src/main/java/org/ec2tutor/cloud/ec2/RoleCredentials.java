package org.ec2tutor.cloud.ec2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code iam/} part of the instance metadata (EC2 User Guide, "Retrieve security credentials from instance
 * metadata"; docs/ec2-behaviour.md section 14): with an instance profile, {@code iam/info} and the role's temporary
 * credentials under {@code iam/security-credentials/ROLE}; without one, none of these paths (404). The credentials
 * are derived from the instance, the role and the time the profile was attached, so runs repeat; they are not valid
 * anywhere.
 */
final class RoleCredentials {

    /** How long the credentials last from their LastUpdated; AWS rotates them before they expire. */
    static final Duration LIFETIME = Duration.ofHours(6);

    private RoleCredentials() {}

    /** The paths to publish: each {@code iam/} path, null where the instance has no profile. */
    static Map<String, String> metadata(Instance i) {
        Map<String, String> paths = new LinkedHashMap<>();
        // A profile replaced or removed leaves no role's credentials behind.
        paths.put("iam/info", null);
        for (String name : InstanceProfiles.NAMES) {
            paths.put("iam/security-credentials/" + name, null);
        }
        if (i.instanceProfile().isEmpty()) {
            return paths;
        }
        InstanceProfiles.Profile p = i.instanceProfile().get();
        // The roles here have the name of their instance profile (InstanceProfiles).
        String role = p.name();
        Instant since = i.instanceProfileSince().truncatedTo(ChronoUnit.SECONDS);
        paths.put(
                "iam/info",
                "{\n  \"Code\" : \"Success\",\n  \"LastUpdated\" : \"" + since + "\",\n  \"InstanceProfileArn\" : \""
                        + p.arn() + "\",\n  \"InstanceProfileId\" : \"" + p.id() + "\"\n}");
        String digest = digest(i.id() + "/" + role + "/" + since);
        String keyId = "ASIA" + digest.substring(0, 16).toUpperCase(Locale.ROOT);
        String secret = Base64.getEncoder()
                .encodeToString(digest.substring(16, 46).getBytes(StandardCharsets.US_ASCII))
                .substring(0, 40);
        String token = "IQoJb3JpZ2luX2VjE"
                + Base64.getEncoder()
                        .encodeToString((digest + digest + i.id() + role).getBytes(StandardCharsets.US_ASCII));
        paths.put(
                "iam/security-credentials/" + role,
                "{\n  \"Code\" : \"Success\",\n  \"LastUpdated\" : \"" + since + "\",\n  \"Type\" : \"AWS-HMAC\",\n"
                        + "  \"AccessKeyId\" : \"" + keyId + "\",\n  \"SecretAccessKey\" : \"" + secret + "\",\n"
                        + "  \"Token\" : \"" + token + "\",\n  \"Expiration\" : \"" + since.plus(LIFETIME) + "\"\n}");
        return paths;
    }

    private static String digest(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (byte x : h) {
                b.append(String.format(Locale.ROOT, "%02x", x));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
