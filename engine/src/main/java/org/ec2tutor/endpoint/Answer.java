package org.ec2tutor.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP answer: status, content type, body, the request id AWS sends in {@code x-amzn-RequestId}, and the
 * protocol's other headers (S3's {@code ETag}, SQS's {@code x-amzn-query-error}).
 */
@SuppressWarnings("ArrayRecordComponent") // the body is written to the wire once, never compared or shared
record Answer(int status, String contentType, byte[] body, String requestId, Map<String, String> headers) {

    static Answer of(int status, String contentType, String body, String requestId) {
        return new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), requestId, Map.of());
    }

    static Answer error(WireProtocol protocol, WireError e, String requestId) {
        return new Answer(
                e.status(),
                protocol.responseContentType(),
                protocol.errorBody(e, requestId).getBytes(StandardCharsets.UTF_8),
                requestId,
                protocol.errorHeaders(e));
    }
}
