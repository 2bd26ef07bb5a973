package org.ec2tutor.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper of the endpoint (thread-safe once configured). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
