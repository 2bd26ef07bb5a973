package org.ec2tutor.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The floor of a call over HTTP: a loopback server that answers every request with the same recorded bytes, at
 * once, on a kept-alive connection. What remains of a call to it is the SDK client's own work (marshalling, signing,
 * the URL connection, parsing the XML), so the endpoint cannot be faster than this through the same client.
 */
final class CannedServer implements AutoCloseable {

    private final ServerSocket socket;
    private final byte[] answer;

    private CannedServer(ServerSocket socket, String contentType, byte[] body) {
        this.socket = socket;
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        answer = new byte[head.length + body.length];
        System.arraycopy(head, 0, answer, 0, head.length);
        System.arraycopy(body, 0, answer, head.length, body.length);
    }

    static CannedServer start(String contentType, byte[] body) throws IOException {
        CannedServer server =
                new CannedServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), contentType, body);
        Thread t = new Thread(server::accept, "canned-server");
        t.setDaemon(true);
        t.start();
        return server;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket c = socket.accept();
                Thread t = new Thread(() -> serve(c), "canned-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket c) {
        try (c) {
            c.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(c.getInputStream());
            OutputStream out = c.getOutputStream();
            while (true) {
                int length = readHead(in);
                if (length < 0) {
                    return;
                }
                in.readNBytes(length);
                out.write(answer);
                out.flush();
            }
        } catch (IOException gone) {
            // The client closed the connection.
        }
    }

    /** Reads a request's head; returns its Content-Length (0 if none), or -1 at the end of the stream. */
    private static int readHead(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int length = 0;
        boolean any = false;
        int b;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                String l = line.toString().trim();
                if (l.isEmpty()) {
                    return length;
                }
                if (l.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(
                            l.substring("content-length:".length()).trim());
                }
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
        return any ? length : -1;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
