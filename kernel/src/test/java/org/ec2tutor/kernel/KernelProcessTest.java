package org.ec2tutor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ec2tutor.kernel.wire.Signer;
import org.ec2tutor.kernel.wire.WireCodec;
import org.ec2tutor.kernel.wire.WireMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel as {@code ec2-tutor kernel --connection-file F} runs it ({@link KernelMain}, in this JVM): an exit
 * reached through reflection leaves it answering, a message captured before a restart is refused after it, and
 * ports already in use end it with one line and a non-zero status (issue 21).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelProcessTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String KEY = "5e1c3c36-4c5a-4f2c-9f57-9e6b7b0f2a11";

    private final WireCodec client = new WireCodec(new Signer(KEY));

    @AfterAll
    @SuppressWarnings("removal") // the kernel installed the exit guard in this JVM; the next test classes run without
    void removeTheGuard() {
        System.setSecurityManager(null);
    }

    private static Path connectionFile(Path dir, int[] p) throws IOException {
        Path file = dir.resolve("kernel-test.json");
        Files.writeString(
                file,
                String.format(
                        "{\"transport\":\"tcp\",\"ip\":\"127.0.0.1\",\"shell_port\":%d,"
                                + "\"iopub_port\":%d,\"stdin_port\":%d,\"control_port\":%d,\"hb_port\":%d,"
                                + "\"signature_scheme\":\"hmac-sha256\",\"key\":\"%s\"}",
                        p[0], p[1], p[2], p[3], p[4], KEY));
        return file;
    }

    /** One run of the kernel with a client on its shell and control ports. */
    private static final class Running implements AutoCloseable {
        final ByteArrayOutputStream log = new ByteArrayOutputStream();
        final CompletableFuture<Integer> exit;
        final ZContext ctx = new ZContext();
        final ZMQ.Socket shell;
        final ZMQ.Socket control;
        final ZMQ.Socket iopub;

        Running(Path file, int[] p) {
            PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
            exit = new CompletableFuture<>();
            Thread t = new Thread(() -> exit.complete(KernelMain.run(file, out)), "kernel-main");
            t.setDaemon(true);
            t.start();
            shell = connect(p[0]);
            control = connect(p[3]);
            // A client subscribes to IOPub, as every Jupyter client does (the kernel waits for one before a cell).
            iopub = TestSockets.connect(ctx, SocketType.SUB, p[1]);
            iopub.subscribe(new byte[0]);
        }

        private ZMQ.Socket connect(int port) {
            ZMQ.Socket s = TestSockets.connect(ctx, SocketType.DEALER, port);
            s.setReceiveTimeOut(1_000);
            return s;
        }

        String log() {
            return log.toString(StandardCharsets.UTF_8);
        }

        /** Ends a kernel a failed assertion left running, before the guard is removed from this JVM. */
        @Override
        public void close() {
            if (!exit.isDone()) {
                List<byte[]> frames = new WireCodec(new Signer(KEY))
                        .encode(List.of(), "shutdown_request", JSON.objectNode(), JSON.objectNode());
                sendFrames(control, frames);
                exit.completeOnTimeout(-1, 30, TimeUnit.SECONDS).join();
            }
            ctx.close();
        }
    }

    private static void sendFrames(ZMQ.Socket s, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            s.send(frames.get(i), i + 1 < frames.size() ? ZMQ.SNDMORE : 0);
        }
    }

    private List<byte[]> message(String type, ObjectNode content) {
        return client.encode(List.of(), type, JSON.objectNode(), content);
    }

    /** The message id in {@code frames}' header. */
    private static String msgId(List<byte[]> frames) {
        return new String(frames.get(2), StandardCharsets.UTF_8).replaceAll(".*\"msg_id\":\"([^\"]+)\".*", "$1");
    }

    /** The reply to {@code request} on {@code s} within {@code seconds} (other replies are skipped), or null. */
    private WireMessage reply(ZMQ.Socket s, List<byte[]> request, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            byte[] first = s.recv(0);
            if (first == null) {
                continue;
            }
            List<byte[]> frames = new ArrayList<>(List.of(first));
            while (s.hasReceiveMore()) {
                frames.add(s.recv(0));
            }
            WireMessage m = ((WireCodec.Accepted) client.decode(frames)).message();
            if (m.parentHeader().path("msg_id").asText().equals(msgId(request))) {
                return m;
            }
        }
        return null;
    }

    /** The next reply on {@code s}, whatever it answers, within {@code seconds}; null if none. */
    private WireMessage nextReply(ZMQ.Socket s, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            byte[] first = s.recv(0);
            if (first == null) {
                continue;
            }
            List<byte[]> frames = new ArrayList<>(List.of(first));
            while (s.hasReceiveMore()) {
                frames.add(s.recv(0));
            }
            return ((WireCodec.Accepted) client.decode(frames)).message();
        }
        return null;
    }

    /** Asks kernel_info until the kernel answers (it is starting, or a restart's sockets are closing). */
    private void awaitKernelInfo(Running k) {
        ZMQ.Socket s = k.shell;
        for (int attempt = 0; attempt < 30; attempt++) {
            List<byte[]> request = message("kernel_info_request", JSON.objectNode());
            sendFrames(s, request);
            if (reply(s, request, 1) != null) {
                // Earlier attempts may be answered too, later: drain them so the next reply read is the next one.
                while (nextReply(s, 1) != null) {
                    // skipped
                }
                return;
            }
        }
        throw new AssertionError("the kernel never answered kernel_info; its log:\n" + k.log());
    }

    private WireMessage execute(ZMQ.Socket shell, String code) {
        // This client sends its next cell on the reply, without waiting for idle as Jupyter's clients do: a cell that
        // fails must not abort the next one (ipykernel's stop_on_error rule), so it asks not to stop on error.
        List<byte[]> request =
                message("execute_request", JSON.objectNode().put("code", code).put("stop_on_error", false));
        sendFrames(shell, request);
        WireMessage m = reply(shell, request, 60);
        assertThat(m).as("execute_reply to " + code).isNotNull();
        return m;
    }

    @Test
    void anExitThroughReflectionIsRefusedAndAMessageCapturedBeforeARestartIsRefusedAfterIt(@TempDir Path dir)
            throws Exception {
        int[] p = TestSockets.freePorts(5);
        Path file = connectionFile(dir, p);
        List<byte[]> captured = message("execute_request", JSON.objectNode().put("code", "echo replayed"));
        try (Running k = new Running(file, p)) {
            awaitKernelInfo(k);
            for (String exit : List.of(
                    "Class.forName(\"java.lang.System\").getMethod(\"exit\", int.class).invoke(null, 0);",
                    "Runtime.class.getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 0);",
                    "Runtime.class.getMethod(\"exit\", int.class).invoke(Runtime.getRuntime(), 1);")) {
                WireMessage r = execute(k.shell, exit);
                assertThat(r.content().path("status").asText()).isEqualTo("error");
                assertThat(r.content().path("evalue").asText()).contains("would end the whole tutor session");
            }
            assertThat(execute(k.shell, "6 * 7").content().path("status").asText())
                    .isEqualTo("ok");
            sendFrames(k.shell, captured);
            assertThat(reply(k.shell, captured, 60).content().path("status").asText())
                    .isEqualTo("ok");
            sendFrames(k.control, message("shutdown_request", JSON.objectNode().put("restart", true)));
            assertThat(k.exit.get(30, TimeUnit.SECONDS)).isZero();
        }
        // The restart: a new kernel on the same connection file, hence the same key.
        try (Running k = new Running(file, p)) {
            awaitKernelInfo(k);
            sendFrames(k.shell, captured);
            sendFrames(k.shell, message("kernel_info_request", JSON.objectNode()));
            // Replies come in the order the requests were handled: an accepted replay would answer first.
            assertThat(nextReply(k.shell, 30).msgType()).isEqualTo("kernel_info_reply");
            assertThat(k.log()).contains("replayed message");
            assertThat(execute(k.shell, "echo fresh").content().path("status").asText())
                    .isEqualTo("ok");
            sendFrames(k.control, message("shutdown_request", JSON.objectNode().put("restart", false)));
            assertThat(k.exit.get(30, TimeUnit.SECONDS)).isZero();
        }
    }

    @Test
    void portsInUseEndTheKernelWithOneLineAndANonZeroStatus(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int[] free = TestSockets.freePorts(4);
            int[] p = {taken.getLocalPort(), free[0], free[1], free[2], free[3]};
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            int status = KernelMain.run(connectionFile(dir, p), new PrintStream(log, true, StandardCharsets.UTF_8));
            String text = log.toString(StandardCharsets.UTF_8);
            assertThat(status).isEqualTo(1);
            assertThat(text.lines().toList())
                    .containsExactly("ec2-tutor kernel: cannot listen on tcp://127.0.0.1:" + p[0]
                            + " for shell: the port is already in use (is another kernel still running with this "
                            + "connection file?)");
        }
    }
}
