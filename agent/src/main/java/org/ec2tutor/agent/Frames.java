package org.ec2tutor.agent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tutor wire between an agent and its session, both sides: a request is an operation name and its arguments, an
 * answer is a success flag and strings (on failure, one: the message). Each string is a length and UTF-8 bytes.
 */
public final class Frames {

    /** No string on the wire is longer: a learner's {@code vars.put} of a huge value is refused, not buffered. */
    public static final int MAX_STRING_BYTES = 1 << 20;

    private Frames() {}

    public static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000) {
            throw new IOException("bad frame: " + n + " strings");
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int len = in.readInt();
            if (len < 0 || len > MAX_STRING_BYTES) {
                throw new IOException("bad frame: a string of " + len + " bytes");
            }
            byte[] b = new byte[len];
            in.readFully(b);
            out.add(new String(b, StandardCharsets.UTF_8));
        }
        return out;
    }
}
