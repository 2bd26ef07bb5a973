package org.ec2tutor.session;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code System.in} for one cell: asks its {@link CellInput} for a line only when everything read so far is used up,
 * so {@code Scanner} and {@code BufferedReader} see a line at a time; after the end of input every read ends.
 */
final class LineInput extends InputStream {

    private final CellInput input;
    private byte[] line = new byte[0];
    private int next;
    private boolean ended;

    LineInput(CellInput input) {
        this.input = input;
    }

    @Override
    public synchronized int read() {
        if (!fill()) {
            return -1;
        }
        return line[next++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, line.length - next);
        System.arraycopy(line, next, b, off, n);
        next += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return line.length - next;
    }

    private boolean fill() {
        if (next < line.length) {
            return true;
        }
        if (ended) {
            return false;
        }
        Optional<String> read = input.readLine("", false);
        if (read.isEmpty()) {
            ended = true;
            return false;
        }
        line = (read.get() + "\n").getBytes(StandardCharsets.UTF_8);
        next = 0;
        return true;
    }
}
