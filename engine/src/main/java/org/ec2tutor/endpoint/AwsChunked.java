package org.ec2tutor.endpoint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * S3's {@code aws-chunked} content encoding, as the AWS SDK for Java sends uploads with a trailing checksum:
 * {@code <hex size>[;chunk-signature=...]\r\n<data>\r\n} per chunk, a chunk of size 0, then trailer lines. Decoded
 * to the object's bytes; the trailers are dropped.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-streaming.html">Signature calculations for
 *     the Authorization header: Transferring payload in multiple chunks</a>
 */
final class AwsChunked {

    private AwsChunked() {}

    /** Whether a request's body is aws-chunked. */
    static boolean applies(Request r) {
        return r.header("x-amz-content-sha256")
                        .filter(h -> h.startsWith("STREAMING-"))
                        .isPresent()
                || r.header("content-encoding")
                        .filter(h -> h.contains("aws-chunked"))
                        .isPresent();
    }

    static byte[] decode(byte[] body) throws WireException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int at = 0;
        while (true) {
            int eol = lineEnd(body, at);
            String header = new String(body, at, eol - at, StandardCharsets.US_ASCII);
            int semi = header.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semi < 0 ? header : header.substring(0, semi)).trim(), 16);
            } catch (NumberFormatException e) {
                throw bad();
            }
            at = eol + 2;
            if (size == 0) {
                return out.toByteArray();
            }
            if (size < 0 || at + size > body.length) {
                throw bad();
            }
            out.write(body, at, size);
            at += size + 2;
        }
    }

    private static int lineEnd(byte[] body, int from) throws WireException {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw bad();
    }

    private static WireException bad() {
        return new WireException(400, "IncompleteBody", "The request body terminated unexpectedly");
    }
}
