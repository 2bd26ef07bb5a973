package org.ec2tutor.kernel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Frames to messages and back, with no sockets: bytes in, a message out. The signature is checked over the received
 * frame bytes before any JSON is parsed; a message that fails is refused with the reason, never acted on.
 */
public final class WireCodec {

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The outcome of decoding: a message, or why the frames were refused. */
    public sealed interface Decoded {}

    public record Accepted(WireMessage message) implements Decoded {}

    public record Refused(String reason) implements Decoded {}

    private final Signer signer;
    private final String session = UUID.randomUUID().toString();

    public WireCodec(Signer signer) {
        this.signer = signer;
    }

    /** This kernel process's session id (new after every restart, as clients expect). */
    public String session() {
        return session;
    }

    public Decoded decode(List<byte[]> frames) {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) {
            return new Refused("no <IDS|MSG> delimiter");
        }
        if (frames.size() - delimiter - 1 < 5) {
            return new Refused("fewer than 5 frames after the delimiter");
        }
        List<byte[]> parts = frames.subList(delimiter + 2, delimiter + 6);
        String reason = signer.refusal(new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII), parts);
        if (reason != null) {
            return new Refused(reason);
        }
        try {
            ObjectNode header = object(parts.get(0));
            ObjectNode parent = object(parts.get(1));
            ObjectNode metadata = object(parts.get(2));
            ObjectNode content = object(parts.get(3));
            if (!header.hasNonNull("msg_type")) {
                return new Refused("header without msg_type");
            }
            return new Accepted(new WireMessage(
                    List.copyOf(frames.subList(0, delimiter)),
                    header,
                    parent,
                    metadata,
                    content,
                    List.copyOf(frames.subList(delimiter + 6, frames.size()))));
        } catch (IOException | IllegalArgumentException e) {
            return new Refused("malformed JSON: " + e.getMessage());
        }
    }

    private static ObjectNode object(byte[] bytes) throws IOException {
        JsonNode n = MAPPER.readTree(bytes);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (ObjectNode) n;
    }

    /** Frames for a message of {@code msgType} in answer to (or caused by) {@code parent}, signed. */
    public List<byte[]> encode(List<byte[]> identities, String msgType, ObjectNode parentHeader, ObjectNode content) {
        ObjectNode header = header(msgType);
        List<byte[]> parts = List.of(
                bytes(header),
                bytes(parentHeader == null ? JsonNodeFactory.instance.objectNode() : parentHeader),
                bytes(JsonNodeFactory.instance.objectNode()),
                bytes(content));
        List<byte[]> frames = new ArrayList<>(identities);
        frames.add(DELIMITER);
        frames.add(signer.sign(parts).getBytes(StandardCharsets.US_ASCII));
        frames.addAll(parts);
        return frames;
    }

    public ObjectNode header(String msgType) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("msg_id", UUID.randomUUID().toString())
                .put("session", session)
                .put("username", "ec2-tutor")
                .put("date", Instant.now().truncatedTo(ChronoUnit.MICROS).toString())
                .put("msg_type", msgType)
                .put("version", "5.3");
    }

    private static byte[] bytes(JsonNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
