package org.ec2tutor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ec2tutor.kernel.wire.ConnectionInfo;
import org.ec2tutor.kernel.wire.Signer;
import org.ec2tutor.kernel.wire.WireCodec;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** Shutdown and restart: the reply echoes the flag, the server returns, and the ports can be bound again. */
class ShutdownTest {

    @Test
    void shutdownWithRestartRepliesAndFreesThePorts(@TempDir Path dir) throws Exception {
        int[] p = TestSockets.freePorts(5);
        Path file = dir.resolve("k.json");
        Files.writeString(
                file,
                String.format(
                        "{\"transport\":\"tcp\",\"ip\":\"127.0.0.1\",\"shell_port\":%d,"
                                + "\"iopub_port\":%d,\"stdin_port\":%d,\"control_port\":%d,\"hb_port\":%d,\"key\":\"k\","
                                + "\"signature_scheme\":\"hmac-sha256\"}",
                        p[0], p[1], p[2], p[3], p[4]));
        ConnectionInfo info = ConnectionInfo.read(file);
        for (int round = 0; round < 2; round++) {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            ExecutorService serverThread = Executors.newSingleThreadExecutor();
            try (Session session = Session.start(SessionOptions.scripted(1).withoutJava());
                    KernelServer server = new KernelServer(info, session, log::add);
                    ZContext ctx = new ZContext()) {
                // Its own thread, not the common pool (one thread on a 2-core machine, shared with the JVM).
                CompletableFuture<Boolean> serving = CompletableFuture.supplyAsync(server::serve, serverThread);
                // Connected with its handshake done, so the request goes to this round's kernel (see TestSockets).
                ZMQ.Socket control = TestSockets.connected(ctx, SocketType.DEALER, p[3]);
                control.setReceiveTimeOut(10_000);
                WireCodec client = new WireCodec(new Signer("k"));
                List<byte[]> frames = client.encode(
                        List.of(),
                        "shutdown_request",
                        JsonNodeFactory.instance.objectNode(),
                        JsonNodeFactory.instance.objectNode().put("restart", true));
                for (int i = 0; i < frames.size(); i++) {
                    control.send(frames.get(i), i + 1 < frames.size() ? ZMQ.SNDMORE : 0);
                }
                byte[] first = control.recv(0);
                assertThat(first)
                        .as(
                                "a shutdown_reply within 10 s in round %d; kernel log: %s; serve(): %s",
                                round, log, serving)
                        .isNotNull();
                List<byte[]> reply = new ArrayList<>(List.of(first));
                while (control.hasReceiveMore()) {
                    reply.add(control.recv(0));
                }
                var m = ((WireCodec.Accepted) client.decode(reply)).message();
                assertThat(m.msgType()).isEqualTo("shutdown_reply");
                assertThat(m.content().path("restart").asBoolean()).isTrue();
                assertThat(serving.get(5, TimeUnit.SECONDS))
                        .as("serve() returns the restart flag")
                        .isTrue();
            } finally {
                serverThread.shutdownNow();
            }
        }
    }

    @Test
    void unsupportedConnectionFilesAreRefusedClearly(@TempDir Path dir) throws IOException {
        Path ipc = dir.resolve("ipc.json");
        Files.writeString(
                ipc,
                "{\"transport\":\"ipc\",\"ip\":\"/tmp/x\",\"shell_port\":1,\"iopub_port\":2,"
                        + "\"stdin_port\":3,\"control_port\":4,\"hb_port\":5,\"key\":\"k\",\"signature_scheme\":\"hmac-sha256\"}");
        try {
            ConnectionInfo.read(ipc);
            throw new AssertionError("ipc accepted");
        } catch (ConnectionInfo.Unsupported e) {
            assertThat(e.getMessage()).contains("tcp only");
        }
    }
}
