package org.ec2tutor.endpoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as read off the wire: headers by lower-case name, the body (within the size limit), and the
 * address it came from.
 */
@SuppressWarnings("ArrayRecordComponent") // the body is read once by the binder, never compared or shared
record Request(
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        String sourceIpAddress) {

    Optional<String> header(String lowerCaseName) {
        List<String> v = headers.get(lowerCaseName);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }
}
