package org.ec2tutor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ec2tutor.kernel.wire.ConnectionInfo;
import org.ec2tutor.kernel.wire.Signer;
import org.ec2tutor.kernel.wire.WireCodec;
import org.ec2tutor.kernel.wire.WireMessage;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A client that sends its first cell before its IOPub subscription has reached the kernel (jupyter console reading
 * a pipe does) still gets that cell's outputs and idle status: the kernel waits for the first subscriber.
 */
class IopubSubscriptionTest {

    @Test
    void aCellSentBeforeTheClientSubscribedStillPublishesItsOutputs(@TempDir Path dir) throws Exception {
        int[] p = TestSockets.freePorts(5);
        String key = "b7d1d6de-4c5e-4c38-9a5c-4f0e5a7a2f10";
        Path file = dir.resolve("kernel.json");
        Files.writeString(
                file,
                String.format(
                        "{\"transport\":\"tcp\",\"ip\":\"127.0.0.1\",\"shell_port\":%d,"
                                + "\"iopub_port\":%d,\"stdin_port\":%d,\"control_port\":%d,\"hb_port\":%d,"
                                + "\"signature_scheme\":\"hmac-sha256\",\"key\":\"%s\",\"kernel_name\":\"ec2-tutor\"}",
                        p[0], p[1], p[2], p[3], p[4], key));
        WireCodec client = new WireCodec(new Signer(key));
        try (Session session = Session.start(SessionOptions.scripted(1).withoutJava());
                KernelServer server = new KernelServer(ConnectionInfo.read(file), session, m -> {});
                ZContext ctx = new ZContext()) {
            CompletableFuture<Boolean> serving = CompletableFuture.supplyAsync(server::serve);
            // The client's sockets are all connected, handshakes done, before the cell is sent (see connected());
            // the IOPub one subscribes only after the request is in, so its subscription reaches the kernel late.
            ZMQ.Socket shell = TestSockets.connected(ctx, SocketType.DEALER, p[0]);
            ZMQ.Socket control = TestSockets.connected(ctx, SocketType.DEALER, p[3]);
            ZMQ.Socket iopub = TestSockets.connected(ctx, SocketType.SUB, p[1]);
            iopub.setReceiveTimeOut(10_000);
            List<byte[]> request = client.encode(
                    List.of(),
                    "execute_request",
                    JsonNodeFactory.instance.objectNode(),
                    JsonNodeFactory.instance
                            .objectNode()
                            .put("code", "echo early")
                            .put("silent", false));
            for (int i = 0; i < request.size(); i++) {
                shell.send(request.get(i), i + 1 < request.size() ? ZMQ.SNDMORE : 0);
            }
            Thread.sleep(300); // the request is in; the client subscribes only now
            iopub.subscribe(new byte[0]);
            List<String> seen = new ArrayList<>();
            while (!seen.contains("status:idle")) {
                byte[] first = iopub.recv(0);
                assertThat(first)
                        .as("IOPub messages of the early cell; got " + seen)
                        .isNotNull();
                List<byte[]> frames = new ArrayList<>(List.of(first));
                while (iopub.hasReceiveMore()) {
                    frames.add(iopub.recv(0));
                }
                WireMessage m = ((WireCodec.Accepted) client.decode(frames)).message();
                seen.add(
                        m.msgType().equals("status")
                                ? "status:"
                                        + m.content().path("execution_state").asText()
                                : m.msgType().equals("stream")
                                        ? "stream:" + m.content().path("text").asText()
                                        : m.msgType());
            }
            assertThat(seen).contains("status:busy", "stream:early\n", "status:idle");
            List<byte[]> shutdown = client.encode(
                    List.of(),
                    "shutdown_request",
                    JsonNodeFactory.instance.objectNode(),
                    JsonNodeFactory.instance.objectNode().put("restart", false));
            for (int i = 0; i < shutdown.size(); i++) {
                control.send(shutdown.get(i), i + 1 < shutdown.size() ? ZMQ.SNDMORE : 0);
            }
            control.setReceiveTimeOut(10_000);
            assertThat(control.recv(0)).as("shutdown_reply").isNotNull();
            serving.orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
