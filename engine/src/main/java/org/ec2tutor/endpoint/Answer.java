package org.ec2tutor.endpoint;

import java.nio.charset.StandardCharsets;

/** One HTTP answer: status, content type, body and the request id AWS sends in {@code x-amzn-RequestId}. */
@SuppressWarnings("ArrayRecordComponent") // the body is written to the wire once, never compared or shared
record Answer(int status, String contentType, byte[] body, String requestId) {

    static Answer of(int status, String contentType, String body, String requestId) {
        return new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), requestId);
    }

    static Answer error(WireProtocol protocol, WireError e, String requestId) {
        return of(e.status(), protocol.responseContentType(), protocol.errorBody(e, requestId), requestId);
    }
}
