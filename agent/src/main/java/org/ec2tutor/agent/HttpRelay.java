package org.ec2tutor.agent;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * The session's endpoint as the SDK sees it: a loopback port in the agent whose connections are relayed to the
 * session's Unix socket. In a sandbox without a network this is the only way out, and it leads to the endpoint only.
 */
final class HttpRelay {

    private final ServerSocketChannel server;

    private HttpRelay(ServerSocketChannel server) {
        this.server = server;
    }

    static HttpRelay start(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        HttpRelay relay = new HttpRelay(server);
        daemon("agent-http-relay", () -> relay.accept(socket));
        return relay;
    }

    URI uri() throws IOException {
        return URI.create("http://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort());
    }

    private void accept(Path socket) {
        try {
            while (true) {
                SocketChannel client = server.accept();
                // A request's head and body are separate writes: with Nagle's algorithm the second waits for the
                // peer's delayed acknowledgement, 40 ms a call.
                client.setOption(StandardSocketOptions.TCP_NODELAY, true);
                SocketChannel session = SocketChannel.open(UnixDomainSocketAddress.of(socket));
                daemon("agent-http-up", () -> ChannelStreams.pump(client, session));
                daemon("agent-http-down", () -> ChannelStreams.pump(session, client));
            }
        } catch (IOException e) {
            // The agent is ending.
        }
    }

    static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
