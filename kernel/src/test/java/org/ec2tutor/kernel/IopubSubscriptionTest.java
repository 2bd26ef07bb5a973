package org.ec2tutor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aCellSentBeforeTheClientSubscribedStillPublishesItsOutputs(@TempDir Path dir) throws Exception {
        int[] p = {freePort(), freePort(), freePort(), freePort(), freePort()};
        String key = "b7d1d6de-4c5e-4c38-9a5c-4f0e5a7a2f10";
        Path file = dir.resolve("kernel.json");
        Files.writeString(file, String.format("{\"transport\":\"tcp\",\"ip\":\"127.0.0.1\",\"shell_port\":%d,"
                + "\"iopub_port\":%d,\"stdin_port\":%d,\"control_port\":%d,\"hb_port\":%d,"
                + "\"signature_scheme\":\"hmac-sha256\",\"key\":\"%s\",\"kernel_name\":\"ec2-tutor\"}",
                p[0], p[1], p[2], p[3], p[4], key));
        WireCodec client = new WireCodec(new Signer(key));
        try (Session session = Session.start(SessionOptions.scripted(1).withoutJava());
                KernelServer server = new KernelServer(ConnectionInfo.read(file), session, m -> { });
                ZContext ctx = new ZContext();
                ZContext subscriberContext = new ZContext()) {
            CompletableFuture<Boolean> serving = CompletableFuture.supplyAsync(server::serve);
            ZMQ.Socket shell = ctx.createSocket(SocketType.DEALER);
            shell.setLinger(0);
            shell.connect("tcp://127.0.0.1:" + p[0]);
            // Client sockets are connected at the start, as Jupyter clients do; the late subscriber has a context of
            // its own. A JeroMQ socket connected late on a busy client context was seen never to finish its
            // handshake (ss showed the kernel's greeting unread on the client's side), failing this test at random.
            ZMQ.Socket control = ctx.createSocket(SocketType.DEALER);
            control.setLinger(0);
            control.connect("tcp://127.0.0.1:" + p[3]);
            List<byte[]> request = client.encode(List.of(), "execute_request", JsonNodeFactory.instance.objectNode(),
                    JsonNodeFactory.instance.objectNode().put("code", "echo early").put("silent", false));
            for (int i = 0; i < request.size(); i++) {
                shell.send(request.get(i), i + 1 < request.size() ? ZMQ.SNDMORE : 0);
            }
            Thread.sleep(300); // the request is in; the client subscribes only now
            ZMQ.Socket iopub = subscriberContext.createSocket(SocketType.SUB);
            iopub.setLinger(0);
            iopub.setReceiveTimeOut(10_000);
            iopub.subscribe(new byte[0]);
            iopub.connect("tcp://127.0.0.1:" + p[1]);
            List<String> seen = new ArrayList<>();
            while (!seen.contains("status:idle")) {
                byte[] first = iopub.recv(0);
                assertThat(first).as("IOPub messages of the early cell; got " + seen).isNotNull();
                List<byte[]> frames = new ArrayList<>(List.of(first));
                while (iopub.hasReceiveMore()) {
                    frames.add(iopub.recv(0));
                }
                WireMessage m = ((WireCodec.Accepted) client.decode(frames)).message();
                seen.add(m.msgType().equals("status") ? "status:" + m.content().path("execution_state").asText()
                        : m.msgType().equals("stream") ? "stream:" + m.content().path("text").asText()
                        : m.msgType());
            }
            assertThat(seen).contains("status:busy", "stream:early\n", "status:idle");
            List<byte[]> shutdown = client.encode(List.of(), "shutdown_request", JsonNodeFactory.instance.objectNode(),
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
