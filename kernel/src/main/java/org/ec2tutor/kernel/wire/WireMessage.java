package org.ec2tutor.kernel.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One Jupyter message: routing identities, the four JSON parts, and binary buffers. */
public record WireMessage(
        List<byte[]> identities,
        ObjectNode header,
        ObjectNode parentHeader,
        ObjectNode metadata,
        ObjectNode content,
        List<byte[]> buffers) {

    public String msgType() {
        return header.path("msg_type").asText();
    }

    public String msgId() {
        return header.path("msg_id").asText();
    }
}
