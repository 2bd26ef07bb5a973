package org.ec2tutor.cloud.ec2;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The public half of an RSA private key in the two PEM forms OpenSSH loads besides its own: PKCS#1
 * ({@code BEGIN RSA PRIVATE KEY}, RFC 8017 appendix A.1.2: a SEQUENCE of version, modulus, public exponent, ...), as
 * {@code ssh-keygen -m PEM} and EC2's own RSA key pairs write it, and PKCS#8 ({@code BEGIN PRIVATE KEY}, RFC 5208: a
 * SEQUENCE of version, algorithm, and the PKCS#1 key in an OCTET STRING). The public key is then written as the
 * {@code ssh-rsa} blob an {@code authorized_keys} line holds (RFC 4253 section 6.6: string "ssh-rsa", mpint e,
 * mpint n). DER INTEGERs are already minimal two's-complement, which is what an mpint is.
 */
final class RsaPrivateKey {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;

    private RsaPrivateKey() {}

    /** The {@code ssh-rsa} public blob of a DER-encoded PKCS#1 or PKCS#8 RSA key; empty for anything else. */
    static Optional<byte[]> sshPublicBlob(byte[] der) {
        try {
            List<Element> top = children(der, 0, der.length);
            if (top.size() != 1 || top.get(0).tag() != SEQUENCE) {
                return Optional.empty();
            }
            List<Element> fields = children(der, top.get(0).start(), top.get(0).end());
            if (fields.size() >= 3
                    && fields.get(1).tag() == SEQUENCE
                    && fields.get(2).tag() == OCTET_STRING) {
                Element inner = fields.get(2);
                return sshPublicBlob(Arrays.copyOfRange(der, inner.start(), inner.end()));
            }
            if (fields.size() < 9 || fields.stream().limit(9).anyMatch(f -> f.tag() != INTEGER)) {
                return Optional.empty();
            }
            ByteArrayOutputStream blob = new ByteArrayOutputStream();
            string(blob, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
            string(blob, fields.get(2).bytes(der));
            string(blob, fields.get(1).bytes(der));
            return Optional.of(blob.toByteArray());
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return Optional.empty(); // not DER: a key this simulator made from random bytes, or garbage
        }
    }

    /** One DER element: its tag and where its contents lie. */
    private record Element(int tag, int start, int end) {

        byte[] bytes(byte[] der) {
            return Arrays.copyOfRange(der, start, end);
        }
    }

    private static List<Element> children(byte[] der, int from, int to) {
        List<Element> out = new ArrayList<>();
        int at = from;
        while (at < to) {
            int tag = der[at++] & 0xff;
            int length = der[at++] & 0xff;
            if (length > 0x80) {
                int octets = length - 0x80;
                if (octets > 3) {
                    throw new IllegalArgumentException("length too long");
                }
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = length * 256 + (der[at++] & 0xff);
                }
            } else if (length == 0x80) {
                throw new IllegalArgumentException("indefinite length is not DER");
            }
            if (at + length > to) {
                throw new IllegalArgumentException("element overruns its parent");
            }
            out.add(new Element(tag, at, at + length));
            at += length;
        }
        return out;
    }

    private static void string(ByteArrayOutputStream out, byte[] value) {
        int n = value.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.write(value, 0, n);
    }
}
