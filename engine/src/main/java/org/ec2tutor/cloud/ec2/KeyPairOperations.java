package org.ec2tutor.cloud.ec2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Key pairs (docs/ec2-behaviour.md section 11): created (the private key is returned once and never kept) or
 * imported from an OpenSSH public key; {@code --key-name} at launch must name one of the account's.
 *
 * <p>The simulator makes no real keys: a created key's material is PEM- or PuTTY-shaped text around bytes from the
 * cloud's id source, and its fingerprint is computed from those bytes the way AWS computes it from a real key.
 */
public final class KeyPairOperations {

    /** A created key pair and its private key material (shown once, as AWS does). */
    public record Created(KeyPair keyPair, String material) {}

    private static final int MAX_NAME = 255;

    private final Ec2Context ctx;

    KeyPairOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    private Map<String, KeyPair> keys() {
        return ctx.resources().keyPairs.computeIfAbsent(ctx.caller().id(), k -> new LinkedHashMap<>());
    }

    public Created create(String name, Optional<String> keyType, Optional<String> keyFormat) {
        checkName(name);
        String type = keyType.orElse("rsa");
        if (!type.equals("rsa") && !type.equals("ed25519")) {
            throw Ec2Errors.invalidValueFor(type, "KeyType");
        }
        String format = keyFormat.orElse("pem");
        if (!format.equals("pem") && !format.equals("ppk")) {
            throw Ec2Errors.invalidValueFor(format, "KeyFormat");
        }
        byte[] secret = new byte[type.equals("rsa") ? 1190 : 64];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) ctx.world().ids.nextInt(256);
        }
        byte[] publicBlob = digest("SHA-256", secret);
        String algorithm = type.equals("rsa") ? "ssh-rsa" : "ssh-ed25519";
        String publicKey = algorithm + " " + Base64.getEncoder().encodeToString(publicBlob) + " " + name;
        // Created RSA keys: SHA-1 of the private key; ED25519: base64 SHA-256 (API reference, KeyPairInfo).
        String fingerprint = type.equals("rsa")
                ? colonHex(digest("SHA-1", secret))
                : Base64.getEncoder().withoutPadding().encodeToString(digest("SHA-256", publicBlob)) + "=";
        KeyPair pair = new KeyPair(
                ctx.world().ids.resourceId("key"), name, fingerprint, type, ctx.now(), publicKey, new Tags());
        keys().put(name, pair);
        return new Created(pair, material(type, format, secret, name));
    }

    /** ImportKeyPair: an OpenSSH public key line ({@code ssh-rsa AAAA... comment} or {@code ssh-ed25519 ...}). */
    public KeyPair importKey(String name, byte[] material) {
        checkName(name);
        String line = new String(material, StandardCharsets.UTF_8).strip();
        String[] parts = line.split("\\s+", -1);
        if (parts.length < 2 || !(parts[0].equals("ssh-rsa") || parts[0].equals("ssh-ed25519"))) {
            throw Ec2Errors.keyPairFormat();
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw Ec2Errors.keyPairFormat();
        }
        boolean rsa = parts[0].equals("ssh-rsa");
        // Imported RSA: MD5 of the public key (RFC 4716); ED25519: base64 SHA-256 (API reference, ImportKeyPair).
        String fingerprint = rsa
                ? colonHex(digest("MD5", blob))
                : Base64.getEncoder().withoutPadding().encodeToString(digest("SHA-256", blob)) + "=";
        KeyPair pair = new KeyPair(
                ctx.world().ids.resourceId("key"),
                name,
                fingerprint,
                rsa ? "rsa" : "ed25519",
                ctx.now(),
                parts[0] + " " + parts[1] + (parts.length > 2 ? " " + parts[2] : ""),
                new Tags());
        keys().put(name, pair);
        return pair;
    }

    public List<KeyPair> describe(List<String> names, List<String> ids, List<Filter> filters) {
        FilterSet<KeyPair> set = FilterSet.withTags(KeyPair::tags)
                .addOne("key-name", KeyPair::name)
                .addOne("key-pair-id", KeyPair::id)
                .addOne("fingerprint", KeyPair::fingerprint)
                .addOne("key-type", KeyPair::keyType);
        set.validate(filters);
        List<KeyPair> out = new ArrayList<>();
        if (names.isEmpty() && ids.isEmpty()) {
            out.addAll(keys().values());
        }
        for (String name : names) {
            KeyPair k = keys().get(name);
            if (k == null) {
                throw Ec2Errors.keyPairNotFound(name);
            }
            out.add(k);
        }
        for (String id : ids) {
            out.add(byId(id).orElseThrow(() -> Ec2Errors.keyPairIdNotFound(id)));
        }
        return out.stream().filter(k -> set.matches(k, filters)).toList();
    }

    /**
     * DeleteKeyPair by name or id; it succeeds also for an unknown name, as AWS does, and answers the id of the pair
     * it deleted.
     */
    public Optional<String> delete(Optional<String> name, Optional<String> id) {
        Optional<KeyPair> pair = name.map(n -> keys().get(n)).or(() -> id.flatMap(this::byId));
        pair.ifPresent(k -> keys().remove(k.name()));
        return pair.map(KeyPair::id);
    }

    private Optional<KeyPair> byId(String id) {
        return keys().values().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    private void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw Ec2Errors.missingParameter("KeyName");
        }
        if (name.length() > MAX_NAME) {
            throw Ec2Errors.invalidValueFor(name, "KeyName");
        }
        if (keys().containsKey(name)) {
            throw Ec2Errors.keyPairDuplicate(name);
        }
    }

    private static String material(String type, String format, byte[] secret, String name) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(secret);
        if (format.equals("ppk")) {
            return "PuTTY-User-Key-File-2: " + (type.equals("rsa") ? "ssh-rsa" : "ssh-ed25519") + "\n"
                    + "Encryption: none\nComment: " + name + "\nPrivate-Lines: " + body.split("\n").length + "\n"
                    + body + "\n";
        }
        String label = type.equals("rsa") ? "RSA PRIVATE KEY" : "OPENSSH PRIVATE KEY";
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----";
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    private static String colonHex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            if (out.length() > 0) {
                out.append(':');
            }
            out.append(String.format(Locale.ROOT, "%02x", b & 0xff));
        }
        return out.toString();
    }
}
