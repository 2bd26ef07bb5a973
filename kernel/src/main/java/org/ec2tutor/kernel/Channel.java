package org.ec2tutor.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.kernel.wire.WireCodec;
import org.ec2tutor.kernel.wire.WireMessage;
import org.zeromq.ZMQ;

/** A ROUTER socket (shell or control) with its codec: receive one message's frames, reply to its sender. */
final class Channel {

    private final ZMQ.Socket socket;
    private final WireCodec codec;

    Channel(ZMQ.Socket socket, WireCodec codec) {
        this.socket = socket;
        this.codec = codec;
    }

    ZMQ.Socket socket() {
        return socket;
    }

    /** All frames of the next message, or null if none is waiting (with {@code ZMQ.DONTWAIT}). */
    List<byte[]> receive(int flags) {
        byte[] first = socket.recv(flags);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    /** The message in {@code frames}, verified by this channel's codec. */
    WireCodec.Decoded decode(List<byte[]> frames) {
        return codec.decode(frames);
    }

    void reply(WireMessage request, String msgType, ObjectNode content) {
        List<byte[]> frames = codec.encode(request.identities(), msgType, request.header(), content);
        synchronized (socket) {
            for (int i = 0; i < frames.size(); i++) {
                socket.send(frames.get(i), i + 1 < frames.size() ? ZMQ.SNDMORE : 0);
            }
        }
    }
}
