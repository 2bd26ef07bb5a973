package org.ec2tutor.cloud.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One object in a bucket: its bytes, when it was written, its content type and its ETag (the MD5 of the bytes in
 * quotes, as S3 gives for a single-part upload). Immutable; the bytes are copied in and out.
 */
public final class StoredObject {

    private final String key;
    private final byte[] content;
    private final Instant lastModified;
    private final String contentType;
    private final String etag;

    private StoredObject(String key, byte[] content, Instant lastModified, String contentType) {
        this.key = key;
        this.content = content.clone();
        this.lastModified = lastModified;
        this.contentType = contentType;
        this.etag = "\"" + md5(content) + "\"";
    }

    public static StoredObject of(String key, byte[] content, Instant at, String contentType) {
        return new StoredObject(key, content, at, contentType);
    }

    public String key() {
        return key;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant lastModified() {
        return lastModified;
    }

    public String contentType() {
        return contentType;
    }

    public String etag() {
        return etag;
    }

    public long size() {
        return content.length;
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    /** A short description for logs and errors; never the content. */
    @Override
    public String toString() {
        return key + " (" + content.length + " bytes, " + etag + ")";
    }
}
