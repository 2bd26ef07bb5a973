package org.ec2tutor.endpoint;

/**
 * S3's error document: {@code <Error><Code>NoSuchBucket</Code><Message>...</Message><BucketName>...</BucketName>
 * <RequestId>...</RequestId></Error>}, the resource named as S3 names it (bucket errors the bucket, key errors the
 * key). Source: Amazon S3 API Reference, "Error responses".
 */
final class S3Errors {

    private S3Errors() {}

    static String body(WireError e, String requestId, S3Routes.Resource resource) {
        String extra = "";
        if (e.code().equals("NoSuchKey") && !resource.key().isEmpty()) {
            extra = "<Key>" + Xml.escape(resource.key()) + "</Key>";
        } else if ((e.code().startsWith("NoSuchBucket") || e.code().startsWith("Bucket"))
                && !resource.bucket().isEmpty()) {
            extra = "<BucketName>" + Xml.escape(resource.bucket()) + "</BucketName>";
        }
        return body(e, requestId, extra);
    }

    static String body(WireError e, String requestId, String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + Xml.escape(e.code()) + "</Code><Message>"
                + Xml.escape(e.message()) + "</Message>" + extra + "<RequestId>" + requestId + "</RequestId><HostId>"
                + requestId + "</HostId></Error>";
    }
}
