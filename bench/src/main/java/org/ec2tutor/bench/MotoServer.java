package org.ec2tutor.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * moto's server ({@code python3 -m moto.server}, the anchor issue 15 names) on a free loopback port, started for a
 * benchmark and stopped after it. Its log goes to a discard sink: it prints a line per request.
 */
final class MotoServer implements AutoCloseable {

    private final Process process;
    private final URI url;

    private MotoServer(Process process, int port) {
        this.process = process;
        this.url = URI.create("http://127.0.0.1:" + port);
    }

    static MotoServer start() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process p = new ProcessBuilder("python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        MotoServer server = new MotoServer(p, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new IOException(
                        "moto's server exited (is moto installed for python3? pip install 'moto[server]')");
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return server;
            } catch (IOException notYet) {
                sleep();
            }
        }
        server.close();
        throw new IOException("moto's server did not listen on port " + port + " within 60 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    URI url() {
        return url;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
