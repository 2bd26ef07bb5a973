package org.ec2tutor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZEvent;
import org.zeromq.ZMQ;

/** Ports and client sockets for tests that talk to a kernel over TCP, chosen so the tests time the kernel only. */
final class TestSockets {

    /**
     * Linux hands out outgoing connections' local ports from 32768-60999, and {@code new ServerSocket(0)} picks from
     * the same range, so a port probed free there could be taken by any connection (the kernel's own, a client's)
     * before the kernel binds it again after a restart. Ports below that range are never given out that way.
     */
    private static final int LOWEST = 20_000;

    private static final int HIGHEST = 32_000;

    private TestSockets() {}

    /** {@code n} distinct ports on 127.0.0.1 that nothing listens on now, outside the ephemeral range. */
    static int[] freePorts(int n) throws IOException {
        Set<Integer> chosen = new HashSet<>();
        int[] ports = new int[n];
        int found = 0;
        for (int attempt = 0; found < n && attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
            if (chosen.contains(port) || !bindable(port)) {
                continue;
            }
            chosen.add(port);
            ports[found++] = port;
        }
        if (found < n) {
            throw new IOException("no " + n + " free ports between " + LOWEST + " and " + HIGHEST);
        }
        return ports;
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return s.isBound();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A client socket connecting to the kernel. JeroMQ's connecting side sometimes never registers a fresh connection
     * with its selector (its Poller reuses the cancelled key of the connect; see zeromq/jeromq pull request 1022): no
     * greeting goes out and the connection sits until the handshake timer, 30 s by default, reconnects. A short
     * handshake timer retries such a connection within half a second; queued messages wait in the socket meanwhile.
     */
    static ZMQ.Socket connect(ZContext ctx, SocketType type, int port) {
        ZMQ.Socket socket = ctx.createSocket(type);
        socket.setLinger(0);
        socket.setHandshakeIvl(500);
        socket.connect("tcp://127.0.0.1:" + port);
        return socket;
    }

    /** As {@link #connect}, returning once the ZMTP handshake with the kernel is done. */
    static ZMQ.Socket connected(ZContext ctx, SocketType type, int port) {
        ZMQ.Socket socket = ctx.createSocket(type);
        socket.setLinger(0);
        socket.setHandshakeIvl(500);
        String monitor = "inproc://handshake-" + port + "-" + System.nanoTime();
        socket.monitor(monitor, ZMQ.EVENT_HANDSHAKE_PROTOCOL);
        ZMQ.Socket events = ctx.createSocket(SocketType.PAIR);
        events.setReceiveTimeOut(10_000);
        events.connect(monitor);
        socket.connect("tcp://127.0.0.1:" + port);
        assertThat(ZEvent.recv(events))
                .as(type + " handshake with the kernel on port " + port)
                .isNotNull();
        socket.monitor(null, 0);
        events.close();
        return socket;
    }
}
