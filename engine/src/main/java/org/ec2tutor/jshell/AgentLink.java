package org.ec2tutor.jshell;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ec2tutor.agent.ChannelStreams;
import org.ec2tutor.agent.Frames;

/**
 * The session's end of one agent JVM: a private folder with the three Unix sockets {@code AgentMain} connects to, the
 * process itself, the tutor wire served from {@link AgentHost}, and {@code http.sock} relayed to the session's
 * endpoint. {@link #close()} kills the agent and whatever it started, and deletes the folder.
 */
final class AgentLink implements AutoCloseable {

    /** The agent must connect within this (a JVM starts in well under a second; a sandbox adds milliseconds). */
    private static final long CONNECT_MILLIS = 20_000;

    private final Path dir;
    private final Process process;
    private final ServerSocketChannel http;
    private final SocketChannel jshell;

    private AgentLink(Path dir, Process process, ServerSocketChannel http, SocketChannel jshell) {
        this.dir = dir;
        this.process = process;
        this.http = http;
        this.jshell = jshell;
    }

    /** Starts an agent and waits until it has connected its JShell stream. */
    static AgentLink start(AgentLaunch launch, AgentHost host, URI endpoint) throws IOException {
        Path dir = Files.createTempDirectory("ec2-tutor-agent-");
        ServerSocketChannel js = listen(dir.resolve("jshell.sock"));
        ServerSocketChannel tutor = listen(dir.resolve("tutor.sock"));
        ServerSocketChannel http = listen(dir.resolve("http.sock"));
        // The sandboxed agent is another user: it may enter the folder and use the sockets, nothing more.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Process p = new ProcessBuilder(launch.command(dir))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                // The JVM reports a failed start on stdout or stderr (snippets' output takes JShell's streams).
                .redirectErrorStream(true)
                .start();
        StartupErrors errors = StartupErrors.drain(p.getInputStream());
        AgentLink link = null;
        try {
            SocketChannel wire = accept(tutor, p, errors);
            daemon("agent-tutor-wire", () -> serve(wire, host));
            SocketChannel jshell = accept(js, p, errors);
            link = new AgentLink(dir, p, http, jshell);
            AgentLink l = link;
            daemon("agent-http", () -> l.relay(endpoint));
            return link;
        } finally {
            js.close();
            tutor.close();
            if (link == null) {
                p.destroyForcibly();
                http.close();
                deleteTree(dir);
            }
        }
    }

    private static ServerSocketChannel listen(Path socket) throws IOException {
        ServerSocketChannel s = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rwxrwxrwx"));
        return s;
    }

    /** Accepts the agent's connection, or fails if it died or took too long (a broken sandbox, say). */
    private static SocketChannel accept(ServerSocketChannel server, Process p, StartupErrors errors)
            throws IOException {
        server.configureBlocking(false);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CONNECT_MILLIS);
        while (System.nanoTime() < deadline) {
            SocketChannel c = server.accept();
            if (c != null) {
                c.configureBlocking(true);
                return c;
            }
            if (!p.isAlive()) {
                throw new IOException(exited(p, errors));
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the Java agent started", e);
            }
        }
        throw new IOException("the Java agent did not connect within " + CONNECT_MILLIS / 1000 + " s");
    }

    /** Why the agent ended before it connected: its exit status and the first lines it wrote to stderr. */
    private static String exited(Process p, StartupErrors errors) {
        String said = "";
        try {
            said = errors.summary();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "the Java agent ended as it started (exit status " + p.exitValue() + ")"
                + (said.isEmpty() ? "" : ": " + said);
    }

    SocketChannel jshellChannel() {
        return jshell;
    }

    void awaitExit() throws InterruptedException {
        process.waitFor(2, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Set when this side killed the agent (a stopped cell, a timeout), so a SIGKILL is not taken for the kernel's. */
    private volatile boolean killed;

    /**
     * Whether the kernel ended the agent at its CPU-time limit: {@code ulimit -t} sends SIGXCPU, then SIGKILL at
     * the hard limit (the same here), and bubblewrap passes the signal on as the exit status.
     */
    boolean hitCpuLimit() {
        if (process.isAlive() || killed) {
            return false;
        }
        int status = process.exitValue();
        return status == 128 + 24 || status == 128 + 9;
    }

    /** Why the agent ended, for the cell's error. */
    String exitDescription() {
        if (process.isAlive()) {
            return "it is still running";
        }
        int status = process.exitValue();
        if (status == 0) {
            return "it exited (System.exit(0) or Runtime.halt)";
        }
        if (status == 3) {
            return "it ran out of memory (exit status 3)";
        }
        if (status > 128) {
            return "it was killed by signal " + (status - 128) + (hitCpuLimit() ? " (its CPU-time limit)" : "");
        }
        return "it exited with status " + status;
    }

    /** Serves the tutor wire until the agent closes it. */
    private static void serve(SocketChannel ch, AgentHost host) {
        try (ch) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(ChannelStreams.in(ch)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(ChannelStreams.out(ch)));
            while (true) {
                List<String> request = Frames.readStrings(in);
                if (request.isEmpty()) {
                    return;
                }
                List<String> answer;
                boolean ok;
                try {
                    answer = host.call(request.get(0), request.subList(1, request.size()));
                    ok = true;
                } catch (RuntimeException e) {
                    // Wrong input from the learner's code; the message is what the in-process tutor says.
                    answer = List.of(String.valueOf(e.getMessage()));
                    ok = false;
                }
                out.writeBoolean(ok);
                Frames.writeStrings(out, answer);
                out.flush();
            }
        } catch (IOException | UncheckedIOException e) {
            // The agent ended.
        }
    }

    /** Each connection to {@code http.sock} becomes one to the endpoint's loopback port. */
    private void relay(URI endpoint) {
        try {
            while (true) {
                SocketChannel agent = http.accept();
                SocketChannel server =
                        SocketChannel.open(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()));
                // Nagle's algorithm would hold a response's second write for the delayed acknowledgement (40 ms).
                server.setOption(StandardSocketOptions.TCP_NODELAY, true);
                daemon("agent-http-up", () -> ChannelStreams.pump(agent, server));
                daemon("agent-http-down", () -> ChannelStreams.pump(server, agent));
            }
        } catch (IOException e) {
            // Closed with the link.
        }
    }

    /** Kills the agent and what it started; safe to call more than once. */
    void kill() {
        // JShell closes its engine when the agent died by itself: that close is not a kill of ours.
        if (process.isAlive()) {
            killed = true;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public void close() {
        if (AgentLaunch.archiveAtExit().isPresent()) {
            // Training the class-data archive: the agent writes it as it ends, so let it end rather than kill it.
            try {
                jshell.close();
                process.getOutputStream().close();
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                // Killed below.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill();
        try {
            jshell.close();
            http.close();
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // Already gone.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
