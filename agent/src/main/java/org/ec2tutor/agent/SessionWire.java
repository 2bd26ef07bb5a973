package org.ec2tutor.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/** The agent's end of the tutor wire: one call at a time (see {@link Frames}). */
final class SessionWire {

    private final DataInputStream in;
    private final DataOutputStream out;

    SessionWire(SocketChannel ch) {
        this.in = new DataInputStream(new BufferedInputStream(ChannelStreams.in(ch)));
        this.out = new DataOutputStream(new BufferedOutputStream(ChannelStreams.out(ch)));
    }

    /** The session's answer; its refusal becomes an {@link IllegalArgumentException} with the session's message. */
    synchronized List<String> call(String op, String... args) {
        List<String> request = new ArrayList<>(List.of(args));
        request.add(0, op);
        try {
            Frames.writeStrings(out, request);
            out.flush();
            boolean ok = in.readBoolean();
            List<String> answer = Frames.readStrings(in);
            if (!ok) {
                throw new IllegalArgumentException(answer.isEmpty() ? op + " failed" : answer.get(0));
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("the tutor session is gone", e);
        }
    }
}
