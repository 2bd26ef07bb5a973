package org.ec2tutor.cloud.ec2;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the public key out of an OpenSSH private key file ({@code openssh-key-v1}, PROTOCOL.key in OpenSSH's
 * sources): cipher name, KDF name, KDF options, the number of keys, then each public key blob in clear, each a
 * length-prefixed string.
 */
final class OpenSshKey {

    private OpenSshKey() {}

    /** The first public key blob, reading from {@code offset} (just after the magic); empty when malformed. */
    static Optional<byte[]> publicBlob(byte[] file, int offset) {
        try {
            ByteBuffer in = ByteBuffer.wrap(file, offset, file.length - offset);
            for (int i = 0; i < 3; i++) {
                skip(in);
            }
            if (in.getInt() < 1) {
                return Optional.empty();
            }
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                return Optional.empty();
            }
            int start = in.position();
            return Optional.of(Arrays.copyOfRange(file, start, start + length));
        } catch (RuntimeException e) {
            return Optional.empty(); // a truncated or garbled file is not a key
        }
    }

    private static void skip(ByteBuffer in) {
        int length = in.getInt();
        in.position(in.position() + length);
    }
}
