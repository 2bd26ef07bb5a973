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

    private final Channel stdin;
    private final ZMQ.Poller poller;
    private final WireMessage request;

    /** {@code poller} has the stdin channel's socket registered for input. */
    StdinInput(Channel stdin, ZMQ.Poller poller, WireMessage request) {
        this.stdin = stdin;
        this.poller = poller;
        this.request = request;
    }

    @Override
    public Optional<String> readLine(String prompt, boolean password) {
        synchronized (stdin) {
            // A reply left over from an earlier, interrupted request must not answer this one (ipykernel flushes too).
            while (stdin.receive(ZMQ.DONTWAIT) != null) {
                // dropped
            }
            // Sent like a reply to the execute request: the same identities route it to the client's stdin socket.
            stdin.reply(
                    request,
                    "input_request",
                    JsonNodeFactory.instance.objectNode().put("prompt", prompt).put("password", password));
            while (!Thread.currentThread().isInterrupted()) {
                if (poller.poll(POLL_MS) <= 0) {
                    continue;
                }
                List<byte[]> reply = stdin.receive(ZMQ.DONTWAIT);
                if (reply != null
                        && stdin.decode(reply) instanceof WireCodec.Accepted a
                        && a.message().msgType().equals("input_reply")) {
                    return Optional.of(a.message().content().path("value").asText(""));
                }
            }
            return Optional.empty();
        }
    }
}
