package org.ec2tutor.kernel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.kernel.wire.WireCodec;
import org.ec2tutor.kernel.wire.WireMessage;
import org.ec2tutor.session.CellInput;
import org.zeromq.ZMQ;

/**
 * A cell's input from the client that sent it: an {@code input_request} on the stdin socket, routed by the execute
 * request's identities (a client's stdin socket shares its shell socket's identity), then the {@code input_reply}.
 * Only the cell running now uses it, so the socket has one user at a time. An interrupt while waiting ends the input.
 */
final class StdinInput implements CellInput {

    private static final int POLL_MS = 100;

    private final ZMQ.Socket socket;
    private final ZMQ.Poller poller;
    private final WireCodec codec;
    private final WireMessage request;

    /** {@code poller} has {@code socket} registered for input. */
    StdinInput(ZMQ.Socket socket, ZMQ.Poller poller, WireCodec codec, WireMessage request) {
        this.socket = socket;
        this.poller = poller;
        this.codec = codec;
        this.request = request;
    }

    @Override
    public Optional<String> readLine(String prompt, boolean password) {
        synchronized (socket) {
            // A reply left over from an earlier, interrupted request must not answer this one (ipykernel flushes too).
            while (receive(ZMQ.DONTWAIT) != null) {
                // dropped
            }
            List<byte[]> frames = codec.encode(
                    request.identities(),
                    "input_request",
                    request.header(),
                    JsonNodeFactory.instance.objectNode().put("prompt", prompt).put("password", password));
            for (int i = 0; i < frames.size(); i++) {
                socket.send(frames.get(i), i + 1 < frames.size() ? ZMQ.SNDMORE : 0);
            }
            while (!Thread.currentThread().isInterrupted()) {
                if (poller.poll(POLL_MS) <= 0) {
                    continue;
                }
                List<byte[]> reply = receive(ZMQ.DONTWAIT);
                if (reply != null
                        && codec.decode(reply) instanceof WireCodec.Accepted a
                        && a.message().msgType().equals("input_reply")) {
                    return Optional.of(a.message().content().path("value").asText(""));
                }
            }
            return Optional.empty();
        }
    }

    private List<byte[]> receive(int flags) {
        byte[] first = socket.recv(flags);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new java.util.ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }
}
