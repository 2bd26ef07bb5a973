package org.ec2tutor.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.ec2tutor.kernel.wire.WireCodec;
import org.zeromq.ZMQ;

/**
 * The one way onto IOPub. JeroMQ sockets are not thread-safe and the shell thread, the control thread and a running
 * cell's output all publish, so every send goes through this lock.
 */
final class Publisher {

    private final ZMQ.Socket iopub;
    private final WireCodec codec;

    Publisher(ZMQ.Socket iopub, WireCodec codec) {
        this.iopub = iopub;
        this.codec = codec;
    }

    synchronized void publish(String msgType, ObjectNode parentHeader, ObjectNode content) {
        String topic = "kernel." + codec.session() + "." + msgType;
        List<byte[]> frames = codec.encode(List.of(topic.getBytes(java.nio.charset.StandardCharsets.UTF_8)), msgType,
                parentHeader, content);
        for (int i = 0; i < frames.size(); i++) {
            iopub.send(frames.get(i), i + 1 < frames.size() ? ZMQ.SNDMORE : 0);
        }
    }

    void status(String state, ObjectNode parentHeader) {
        publish("status", parentHeader, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("execution_state", state));
    }
}
