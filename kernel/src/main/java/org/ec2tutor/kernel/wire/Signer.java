package org.ec2tutor.kernel.wire;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the exact bytes of header, parent header, metadata and content. Verification is constant-time and
 * refuses a signature seen before (a bounded {@link SignatureHistory}, as jupyter_client keeps, and across restarts
 * when the history is kept in a file). An empty key disables signing, as the protocol says. Thread-safe.
 */
public final class Signer {

    private final byte[] key;
    private final SignatureHistory seen;

    public Signer(String key) {
        this(key, SignatureHistory.inMemory());
    }

    public Signer(String key, SignatureHistory seen) {
        this.key = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
        this.seen = seen;
    }

    public boolean enabled() {
        return key.length > 0;
    }

    public String sign(List<byte[]> parts) {
        if (!enabled()) {
            return "";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] p : parts) {
                mac.update(p);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why a message is refused, or null if it verifies. */
    public synchronized String refusal(String signature, List<byte[]> parts) {
        if (!enabled()) {
            return null;
        }
        if (signature.isEmpty()) {
            return "unsigned message";
        }
        String expected = sign(parts);
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            return "invalid signature";
        }
        if (!seen.add(signature)) {
            return "duplicate signature (replayed message)";
        }
        return null;
    }
}
