package org.ec2tutor.kernel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.ec2tutor.kernel.wire.ConnectionInfo;
import org.ec2tutor.kernel.wire.SignatureHistory;
import org.ec2tutor.kernel.wire.Signer;
import org.ec2tutor.kernel.wire.WireCodec;
import org.ec2tutor.kernel.wire.WireMessage;
import org.ec2tutor.session.Session;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The kernel: binds the five sockets of the connection file, answers shell requests one at a time in arrival order
 * (kernel_info at once, ahead of those queued), control requests (interrupt, shutdown, kernel_info, and nothing else)
 * on their own thread even while a cell runs, and echoes
 * heartbeats on a third. A message that does not verify, or cannot be parsed, is logged and dropped: no reply, no
 * busy/idle, no effect.
 */
public final class KernelServer implements AutoCloseable {

    private static final int POLL_MS = 200;
    /** How long a shell request waits for the first IOPub subscriber (a client without IOPub waits this once). */
    private static final long SUBSCRIBER_WAIT_MS = 2_000;

    private final ZContext context = new ZContext();
    private final SignatureHistory history;
    private final WireCodec codec;
    private final Channel shell;
    private final Channel control;
    private final ZMQ.Socket heartbeat;
    private final Publisher iopub;
    private final Requests requests;
    private final Consumer<String> log;
    /** Shell messages read but not yet handled; only the shell thread touches it. */
    private final Deque<WireMessage> queued = new ArrayDeque<>();

    public KernelServer(ConnectionInfo info, Session session, Consumer<String> log) {
        this(info, CompletableFuture.completedFuture(session), log);
    }

    /**
     * A kernel whose session is still starting: kernel_info, heartbeats and the other requests that need no session
     * are answered at once; a request that needs it waits for it.
     */
    public KernelServer(ConnectionInfo info, CompletableFuture<Session> session, Consumer<String> log) {
        this(info, SignatureHistory.inMemory(), session, log);
    }

    /**
     * As above, refusing every message whose signature {@code history} holds (a replay, also from before a restart).
     *
     * @throws BindFailed if a port of the connection file cannot be listened on
     */
    public KernelServer(
            ConnectionInfo info, SignatureHistory history, CompletableFuture<Session> session, Consumer<String> log) {
        this.log = log;
        this.history = history;
        this.codec = new WireCodec(new Signer(info.key(), history));
        ZMQ.Socket shellSocket = bind(SocketType.ROUTER, info.endpoint(info.shellPort()), "shell");
        ZMQ.Socket controlSocket = bind(SocketType.ROUTER, info.endpoint(info.controlPort()), "control");
        ZMQ.Socket iopubSocket = bind(SocketType.XPUB, info.endpoint(info.iopubPort()), "iopub");
        ZMQ.Socket stdinSocket = bind(SocketType.ROUTER, info.endpoint(info.stdinPort()), "stdin");
        this.heartbeat = bind(SocketType.REP, info.endpoint(info.hbPort()), "heartbeat");
        this.shell = new Channel(shellSocket, codec);
        this.control = new Channel(controlSocket, codec);
        this.iopub = new Publisher(iopubSocket, codec);
        ZMQ.Poller stdinPoller = context.createPoller(1);
        stdinPoller.register(stdinSocket, ZMQ.Poller.POLLIN);
        Channel stdin = new Channel(stdinSocket, codec);
        this.requests = new Requests(session, iopub, request -> new StdinInput(stdin, stdinPoller, request));
    }

    /**
     * The largest frame the kernel accepts: a notebook cell or a reply is kilobytes; 64 MiB leaves room for a pasted
     * file while staying far below the heap.
     */
    static final long MAX_MESSAGE_BYTES = 64L << 20;

    /** A port of the connection file could not be listened on; the message says which and why, in one line. */
    public static final class BindFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BindFailed(String message) {
            super(message);
        }
    }

    private ZMQ.Socket bind(SocketType type, String endpoint, String channel) {
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(0);
        // ZMQ_MAXMSGSIZE: a peer sending a larger frame is disconnected before anything is allocated for it, so an
        // oversized or hostile frame cannot exhaust the messaging thread's memory (it used to, at 400 MB).
        s.setMaxMsgSize(MAX_MESSAGE_BYTES);
        try {
            s.bind(endpoint);
        } catch (ZMQException | IllegalArgumentException e) {
            context.close();
            history.close();
            String why = e instanceof ZMQException z && z.getErrorCode() == ZMQ.Error.EADDRINUSE.getCode()
                    ? "the port is already in use (is another kernel still running with this connection file?)"
                    : e.getMessage();
            throw new BindFailed("cannot listen on " + endpoint + " for " + channel + ": " + why);
        }
        return s;
    }

    /** Serves until a shutdown request; returns whether the client asked for a restart. */
    public boolean serve() {
        iopub.status("starting", null);
        Thread hb = daemon("heartbeat", this::heartbeatLoop);
        Thread ctl = daemon("control", this::controlLoop);
        hb.start();
        ctl.start();
        shellLoop();
        return requests.restartRequested();
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, "kernel-" + name);
        t.setDaemon(true);
        return t;
    }

    private void heartbeatLoop() {
        ZMQ.Poller poller = context.createPoller(1);
        poller.register(heartbeat, ZMQ.Poller.POLLIN);
        while (!requests.shutdownRequested() && !Thread.currentThread().isInterrupted()) {
            if (poller.poll(POLL_MS) > 0) {
                byte[] ping = heartbeat.recv(ZMQ.DONTWAIT);
                if (ping != null) {
                    heartbeat.send(ping, 0);
                }
            }
        }
    }

    private void shellLoop() {
        ZMQ.Poller poller = context.createPoller(1);
        poller.register(shell.socket(), ZMQ.Poller.POLLIN);
        while (!requests.shutdownRequested()) {
            if (queued.isEmpty() && poller.poll(POLL_MS) <= 0) {
                continue;
            }
            readWaiting(shell);
            WireMessage m = queued.poll();
            if (m != null) {
                iopub.awaitSubscriber(SUBSCRIBER_WAIT_MS);
                handle(m, shell, false);
            }
        }
    }

    private void controlLoop() {
        ZMQ.Poller poller = context.createPoller(1);
        poller.register(control.socket(), ZMQ.Poller.POLLIN);
        while (!requests.shutdownRequested()) {
            if (poller.poll(POLL_MS) <= 0) {
                continue;
            }
            List<byte[]> frames = control.receive(ZMQ.DONTWAIT);
            WireMessage m = frames == null ? null : decode(frames, "control");
            if (m != null) {
                handleControl(m, control);
            }
        }
    }

    /**
     * Moves every shell message already waiting into {@link #queued}, answering each kernel_info_request at once: it
     * reads no session state, so it needs no turn, and a client asking whether the kernel is alive gets its answer
     * within a second even behind a queue of completions, each of which JShell compiles (a tenth of a second, up to
     * half a second on a busy machine; the fuzz run queued dozens).
     */
    private void readWaiting(Channel channel) {
        List<byte[]> frames;
        while ((frames = channel.receive(ZMQ.DONTWAIT)) != null) {
            WireMessage m = decode(frames, "shell");
            if (m == null) {
                continue;
            }
            if (m.msgType().equals("kernel_info_request")) {
                iopub.awaitSubscriber(SUBSCRIBER_WAIT_MS);
                handle(m, channel, false);
            } else {
                queued.add(m);
            }
        }
    }

    /**
     * Control serves only what must never wait behind the session: kernel_info, interrupt and shutdown. Any other
     * request gets an error reply naming the shell channel, so the control thread never waits for JShell (a completion
     * sent here used to wait for the shell's, and kernel_info behind it took half a second).
     */
    private void handleControl(WireMessage m, Channel channel) {
        switch (m.msgType()) {
            case "kernel_info_request", "interrupt_request", "shutdown_request" -> handle(m, channel, true);
            case "execute_request",
                    "complete_request",
                    "inspect_request",
                    "is_complete_request",
                    "history_request",
                    "comm_info_request" -> {
                iopub.status("busy", m.header());
                try {
                    requests.notOnControl(m, channel);
                } finally {
                    iopub.status("idle", m.header());
                }
            }
            default -> log.accept("unknown message type " + m.msgType() + " on control");
        }
    }

    private WireMessage decode(List<byte[]> frames, String channelName) {
        WireCodec.Decoded d = codec.decode(frames);
        if (d instanceof WireCodec.Refused r) {
            log.accept("dropped a message on " + channelName + ": " + r.reason());
            return null;
        }
        return ((WireCodec.Accepted) d).message();
    }

    /** Busy, the handler, idle. */
    private void handle(WireMessage m, Channel channel, boolean isControl) {
        iopub.status("busy", m.header());
        try {
            switch (m.msgType()) {
                case "execute_request" -> requests.execute(m, channel, () -> abortQueued(channel));
                case "kernel_info_request" -> requests.kernelInfo(m, channel);
                case "complete_request" -> requests.complete(m, channel);
                case "inspect_request" -> requests.inspect(m, channel);
                case "is_complete_request" -> requests.isComplete(m, channel);
                case "history_request" -> requests.history(m, channel);
                case "comm_info_request" -> requests.commInfo(m, channel);
                case "comm_open" -> requests.commOpen(m);
                case "comm_msg", "comm_close" -> {
                    // No comm targets are registered, so there is nothing to deliver to.
                }
                case "interrupt_request" -> requests.interrupt(m, channel);
                case "shutdown_request" -> requests.shutdown(m, channel);
                default -> {
                    log.accept("unknown message type " + m.msgType() + " on " + (isControl ? "control" : "shell"));
                }
            }
        } catch (RuntimeException e) {
            log.accept("failed to handle " + m.msgType() + ": " + e);
        } finally {
            iopub.status("idle", m.header());
        }
    }

    /** After a failed cell, every execute already queued is answered "aborted" without running (ipykernel's rule). */
    private void abortQueued(Channel channel) {
        readWaiting(channel);
        WireMessage m;
        while ((m = queued.poll()) != null) {
            if (m.msgType().equals("execute_request")) {
                iopub.status("busy", m.header());
                requests.abort(m, channel);
                iopub.status("idle", m.header());
            } else {
                handle(m, channel, false);
            }
            readWaiting(channel);
        }
    }

    @Override
    public void close() {
        context.close();
        history.close();
    }
}
