package org.ec2tutor.kernel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ec2tutor.kernel.wire.WireCodec;
import org.zeromq.ZMQ;

/**
 * The one way onto IOPub. JeroMQ sockets are not thread-safe and the shell thread, the control thread and a running
 * cell's output all publish, so every send goes through this lock. The socket is an XPUB, so the kernel can tell
 * when a client's subscription has arrived: a PUB drops everything published before that (ZeroMQ's "slow joiner"),
 * and a client that sends its first cell at once (jupyter console reading a pipe) would then wait forever for the
 * idle status it never got.
 */
final class Publisher {

    private final ZMQ.Socket iopub;
    private final WireCodec codec;
    private boolean subscribed;

    Publisher(ZMQ.Socket iopub, WireCodec codec) {
        this.iopub = iopub;
        this.codec = codec;
    }

    /**
     * Waits until some client has subscribed, at most {@code timeoutMs}; returns at once after the first time. The
     * shell thread calls it before each request, so no request's outputs are published into the void.
     */
    synchronized void awaitSubscriber(long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!subscribed) {
            byte[] event = iopub.recv(ZMQ.DONTWAIT);
            if (event != null) {
                // XPUB hands up one frame per subscribe (first byte 1) or unsubscribe (0).
                subscribed |= event.length > 0 && event[0] == 1;
                continue;
            }
            if (System.currentTimeMillis() >= deadline) {
                return;
            }
            try {
                wait(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    synchronized void publish(String msgType, ObjectNode parentHeader, ObjectNode content) {
        String topic = "kernel." + codec.session() + "." + msgType;
        List<byte[]> frames =
                codec.encode(List.of(topic.getBytes(StandardCharsets.UTF_8)), msgType, parentHeader, content);
        for (int i = 0; i < frames.size(); i++) {
            iopub.send(frames.get(i), i + 1 < frames.size() ? ZMQ.SNDMORE : 0);
        }
    }

    void status(String state, ObjectNode parentHeader) {
        publish("status", parentHeader, JsonNodeFactory.instance.objectNode().put("execution_state", state));
    }
}
