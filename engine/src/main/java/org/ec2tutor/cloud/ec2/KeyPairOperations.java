package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.error.Ec2Errors;

/** Key pairs, so that {@code --key-name} behaves as in AWS: it must name a key pair of the account. */
public final class KeyPairOperations {

    /** A created key pair and its private key material (shown once, as AWS does). */
    public record Created(KeyPair keyPair, String material) {}

    private final Ec2Context ctx;

    KeyPairOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    private Map<String, KeyPair> keys() {
        return ctx.resources().keyPairs.computeIfAbsent(ctx.caller().id(), k -> new LinkedHashMap<>());
    }

    public Created create(String name, String keyType) {
        if (name == null || name.isEmpty() || name.length() > 255) {
            throw Ec2Errors.invalidValueFor(name, "KeyName");
        }
        if (keys().containsKey(name)) {
            throw Ec2Errors.keyPairDuplicate(name);
        }
        String id = ctx.world().ids.resourceId("key");
        StringBuilder fingerprint = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            fingerprint
                    .append(i == 0 ? "" : ":")
                    .append(String.format("%02x", ctx.world().ids.nextInt(256)));
        }
        KeyPair pair = new KeyPair(id, name, fingerprint.toString(), keyType, ctx.now());
        keys().put(name, pair);
        String material = "-----BEGIN RSA PRIVATE KEY-----\n(simulated key material for " + name
                + "; ec2-tutor never creates real keys)\n-----END RSA PRIVATE KEY-----";
        return new Created(pair, material);
    }

    public List<KeyPair> describe(List<String> names) {
        if (names.isEmpty()) {
            return List.copyOf(keys().values());
        }
        List<KeyPair> out = new ArrayList<>();
        for (String name : names) {
            KeyPair k = keys().get(name);
            if (k == null) {
                throw Ec2Errors.keyPairNotFound(name);
            }
            out.add(k);
        }
        return out;
    }

    /** DeleteKeyPair succeeds also for an unknown name, as AWS does. */
    public void delete(String name) {
        keys().remove(name);
    }
}
