package org.ec2tutor.endpoint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ec2tutor.sdk.AccessKey;

/**
 * AWS Signature Version 4 checked as AWS checks it: the canonical request rebuilt from what arrived (method, path,
 * query, the signed headers, the payload hash), the signing key derived from the caller's secret and the credential
 * scope, the signatures compared in constant time. The clock skew check is left out: the simulated clock is not the
 * caller's. Stateless and thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html">Create
 *     a signed AWS API request</a>
 */
final class SigV4 {

    /** Why a request was refused; {@link WireProtocol#authError} names AWS's code for each. */
    enum Problem {
        MISSING,
        UNKNOWN_KEY,
        BAD_SIGNATURE
    }

    /** The outcome of a check. */
    sealed interface Result permits Verified, Refused {}

    /** Signed by {@code key} for {@code region} and {@code service}. */
    record Verified(AccessKey key, String region, String service) implements Result {}

    /** Refused; {@code service} is the scope's service when the header could be read (it picks the error shape). */
    record Refused(Problem problem, Optional<String> service, String detail) implements Result {}

    /** The credential scope of an Authorization header: key id, date, Region, service. */
    record Scope(String accessKeyId, String date, String region, String service) {
        String text() {
            return date + "/" + region + "/" + service + "/aws4_request";
        }
    }

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request\\s*,\\s*"
                    + "SignedHeaders=([^,\\s]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");

    private SigV4() {}

    /** The scope of a well-formed Authorization header. */
    static Optional<Scope> scope(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        return m.matches() ? Optional.of(new Scope(m.group(1), m.group(2), m.group(3), m.group(4))) : Optional.empty();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Checks a request.
     *
     * @param headers header values by lower-case name
     */
    static Result verify(
            String method,
            String rawPath,
            String rawQuery,
            Map<String, List<String>> headers,
            byte[] body,
            Function<String, Optional<AccessKey>> keys) {
        String authorization = first(headers, "authorization");
        if (authorization == null) {
            return new Refused(Problem.MISSING, Optional.empty(), "no Authorization header");
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches()) {
            return new Refused(Problem.BAD_SIGNATURE, Optional.empty(), "malformed Authorization header");
        }
        Scope scope = new Scope(m.group(1), m.group(2), m.group(3), m.group(4));
        Optional<AccessKey> key = keys.apply(scope.accessKeyId());
        if (key.isEmpty()) {
            return new Refused(Problem.UNKNOWN_KEY, Optional.of(scope.service()), "unknown key " + scope.accessKeyId());
        }
        String amzDate = first(headers, "x-amz-date");
        if (amzDate == null || !amzDate.startsWith(scope.date())) {
            return new Refused(Problem.BAD_SIGNATURE, Optional.of(scope.service()), "X-Amz-Date outside the scope");
        }
        String signedHeaders = m.group(5);
        StringBuilder canonical = new StringBuilder(512)
                .append(method)
                .append('\n')
                // S3 signs the path as sent; every other service its encoding encoded once more.
                .append(scope.service().equals("s3") ? s3Path(rawPath) : canonicalPath(rawPath))
                .append('\n')
                .append(canonicalQuery(rawQuery))
                .append('\n');
        for (String name : signedHeaders.split(";", -1)) {
            List<String> values = headers.get(name);
            if (values == null) {
                return new Refused(Problem.BAD_SIGNATURE, Optional.of(scope.service()), "signed header missing");
            }
            List<String> trimmed = new ArrayList<>();
            values.forEach(v -> trimmed.add(SPACES.matcher(v.trim()).replaceAll(" ")));
            canonical.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        String payloadHash = first(headers, "x-amz-content-sha256");
        String bodyHash = hex(sha256(body));
        // A STREAMING-* payload (S3's aws-chunked uploads) is signed as that literal; the signatures of its chunks
        // are not checked (docs/governance.md, "S3 over HTTP").
        if (payloadHash == null) {
            payloadHash = bodyHash;
        } else if (!payloadHash.equals("UNSIGNED-PAYLOAD")
                && !payloadHash.startsWith("STREAMING-")
                && !payloadHash.equals(bodyHash)) {
            return new Refused(Problem.BAD_SIGNATURE, Optional.of(scope.service()), "payload hash differs");
        }
        canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope.text() + "\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] expected = signature(key.get().secretAccessKey(), scope, stringToSign);
        byte[] given = HexFormat.of().parseHex(m.group(6));
        if (!MessageDigest.isEqual(expected, given)) {
            return new Refused(Problem.BAD_SIGNATURE, Optional.of(scope.service()), "signature differs");
        }
        return new Verified(key.get(), scope.region(), scope.service());
    }

    static byte[] signature(String secret, Scope scope, String stringToSign) {
        return hmac(signingKey(secret, scope), stringToSign);
    }

    /** A signing key, as AWS derives it: the same for every request of a day, Region and service. */
    private record KeyScope(String secret, String date, String region, String service) {}

    /**
     * Derived signing keys by scope: four HMACs saved per request (the SDKs cache them the same way). Only the
     * documented keys' scopes get here once their key id is known, so it stays small; cleared when full, to be safe.
     */
    private static final Map<KeyScope, byte[]> SIGNING_KEYS = new ConcurrentHashMap<>();

    private static byte[] signingKey(String secret, Scope scope) {
        KeyScope at = new KeyScope(secret, scope.date(), scope.region(), scope.service());
        byte[] cached = SIGNING_KEYS.get(at);
        if (cached != null) {
            return cached;
        }
        byte[] k = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scope.date());
        k = hmac(k, scope.region());
        k = hmac(k, scope.service());
        k = hmac(k, "aws4_request");
        if (SIGNING_KEYS.size() >= 1_000) {
            SIGNING_KEYS.clear();
        }
        SIGNING_KEYS.put(at, k);
        return k;
    }

    private static String s3Path(String rawPath) {
        return rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    }

    /** Each path segment URI-encoded once more (AWS services other than S3 sign the encoded path encoded again). */
    private static String canonicalPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            out.append(c == '/' ? "/" : encode(String.valueOf(c)));
        }
        return out.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String part : rawQuery.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(new String[] {encode(percentDecode(name)), encode(percentDecode(value))});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        List<String> out = new ArrayList<>();
        pairs.forEach(p -> out.add(p[0] + "=" + p[1]));
        return String.join("&", out);
    }

    /** RFC 3986 encoding: everything but {@code A-Za-z0-9-_.~}. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** %XX decoding only: a {@code +} in a signed query is a plus. Bad escapes are kept as they are. */
    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%'
                    && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
