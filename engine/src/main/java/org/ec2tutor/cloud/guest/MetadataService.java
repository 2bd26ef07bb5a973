package org.ec2tutor.cloud.guest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instance metadata service at 169.254.169.254 as one guest sees it (EC2 User Guide, "How Instance Metadata
 * Service Version 2 works"): {@code PUT /latest/api/token} with a TTL header hands out a session token; reads carry it
 * in {@code X-aws-ec2-metadata-token}; with tokens required a read without one is 401; a bad or expired token is 401;
 * a disabled endpoint is 403; a missing path is 404. The paths themselves are the ones the host publishes in the
 * {@link Guest}.
 */
public final class MetadataService {

    /** What the instance's metadata options say the service does. */
    public record Settings(boolean tokensRequired, boolean enabled) {

        /** IMDSv1 and v2 both allowed, as for an image without {@code ImdsSupport v2.0}. */
        public static final Settings OPTIONAL = new Settings(false, true);
    }

    static final String TOKEN_PATH = "/latest/api/token";
    static final String TTL_HEADER = "x-aws-ec2-metadata-token-ttl-seconds";
    static final String TOKEN_HEADER = "x-aws-ec2-metadata-token";
    private static final int MAX_TTL_SECONDS = 21_600;

    private final Guest guest;
    private final Map<String, Instant> tokens = new HashMap<>();
    private Settings settings = Settings.OPTIONAL;
    private int issued;

    MetadataService(Guest guest) {
        this.guest = guest;
    }

    public Settings settings() {
        return settings;
    }

    public void configure(Settings settings) {
        this.settings = settings;
    }

    /** Tokens do not survive a stop: the new boot's service knows none of them. */
    void forgetTokens() {
        tokens.clear();
    }

    /** One request; header names are matched ignoring case, as HTTP does. */
    HttpAnswer handle(String method, String path, Map<String, String> headers, Instant now) {
        if (!settings.enabled()) {
            return HttpAnswer.imdsError(403, "Forbidden");
        }
        if (method.equals("PUT")) {
            return token(path, headers, now);
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return HttpAnswer.imdsError(405, "Method Not Allowed");
        }
        String token = headers.get(TOKEN_HEADER);
        if (token != null) {
            Instant expires = tokens.get(token);
            if (expires == null || !now.isBefore(expires)) {
                return HttpAnswer.imdsError(401, "Unauthorized");
            }
        } else if (settings.tokensRequired()) {
            return HttpAnswer.imdsError(401, "Unauthorized");
        }
        return read(path);
    }

    private HttpAnswer token(String path, Map<String, String> headers, Instant now) {
        if (!path.equals(TOKEN_PATH)) {
            // A token is issued only under /latest; a version path such as /2021-03-23/api/token is refused.
            return path.endsWith("/api/token")
                    ? HttpAnswer.imdsError(403, "Forbidden")
                    : HttpAnswer.imdsError(405, "Method Not Allowed");
        }
        if (headers.containsKey("x-forwarded-for")) {
            return HttpAnswer.imdsError(403, "Forbidden");
        }
        int ttl;
        try {
            ttl = Integer.parseInt(headers.getOrDefault(TTL_HEADER, "").strip());
        } catch (NumberFormatException e) {
            return HttpAnswer.imdsError(400, "Bad Request");
        }
        if (ttl < 1 || ttl > MAX_TTL_SECONDS) {
            return HttpAnswer.imdsError(400, "Bad Request");
        }
        String token = newToken(now);
        tokens.put(token, now.plus(Duration.ofSeconds(ttl)));
        return HttpAnswer.ok(token);
    }

    private HttpAnswer read(String path) {
        String prefix = "/latest/meta-data/";
        if (path.equals("/latest") || path.equals("/latest/")) {
            return HttpAnswer.ok(String.join(
                    "\n",
                    guest.userData().isPresent()
                            ? List.of("dynamic", "meta-data", "user-data")
                            : List.of("dynamic", "meta-data")));
        }
        if (path.equals("/latest/user-data")) {
            return guest.userData().map(HttpAnswer::ok).orElse(HttpAnswer.imdsError(404, "Not Found"));
        }
        if (path.equals("/latest/meta-data")) {
            path = prefix;
        }
        Optional<String> value = Optional.empty();
        if (path.startsWith(prefix)) {
            String rest = path.substring(prefix.length());
            value = rest.isEmpty() || rest.endsWith("/")
                    ? Optional.of(guest.metadataChildren(rest))
                            .filter(c -> !c.isEmpty())
                            .map(c -> String.join("\n", c))
                    : guest.metadata(rest);
        }
        return value.map(HttpAnswer::ok).orElse(HttpAnswer.imdsError(404, "Not Found"));
    }

    /** A token shaped like AWS's (base64, starting {@code AQAEA}), derived from the guest and a counter: deterministic. */
    private String newToken(Instant now) {
        issued++;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((guest.hostname() + "/" + issued + "/" + now).getBytes(StandardCharsets.UTF_8));
            return "AQAEA" + Base64.getEncoder().encodeToString(digest).substring(0, 43) + "==";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
