package org.ec2tutor.jshell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The first bytes an agent process writes to its standard output and error, so that an agent that dies before it connects
 * can say why (an unknown JVM option, a sandbox that cannot make its namespaces). The rest is read and dropped: a
 * snippet writing to file descriptor 2 must not fill memory or block the agent on a full pipe.
 */
final class StartupErrors {

    private static final int KEPT = 2048;

    private final byte[] head = new byte[KEPT];
    private int length;
    private final Thread reader;

    private StartupErrors(InputStream stderr) {
        reader = new Thread(() -> read(stderr), "agent-stderr");
        reader.setDaemon(true);
    }

    /** Drains {@code output} on a daemon thread until the process closes it. */
    static StartupErrors drain(InputStream output) {
        StartupErrors e = new StartupErrors(output);
        e.reader.start();
        return e;
    }

    private void read(InputStream in) {
        byte[] buf = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                keep(buf, n);
            }
        } catch (IOException e) {
            // The process is gone: what was kept is all there is.
        }
    }

    private synchronized void keep(byte[] buf, int n) {
        int take = Math.min(n, KEPT - length);
        System.arraycopy(buf, 0, head, length, take);
        length += take;
    }

    /**
     * Once the process has ended: the kept text's non-blank lines joined by "; ", empty when it wrote nothing. Waits
     * briefly for the reader to reach the end of the stream.
     */
    String summary() throws InterruptedException {
        reader.join(500);
        return kept();
    }

    private synchronized String kept() {
        String text = new String(Arrays.copyOf(head, length), StandardCharsets.UTF_8);
        return String.join(
                "; ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
