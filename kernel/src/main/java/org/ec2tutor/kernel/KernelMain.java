package org.ec2tutor.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.ec2tutor.jshell.ExitGuard;
import org.ec2tutor.kernel.wire.ConnectionInfo;
import org.ec2tutor.kernel.wire.SignatureHistory;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;

/**
 * {@code ec2-tutor kernel --connection-file F}: one kernel process. A notebook is a script on a manual clock (only
 * waits and %advance move it), so the same notebook gives the same output every time it runs. Exits when asked, and
 * when the process that started it (JPY_PARENT_PID) is gone, so no stale JVM is left on a JupyterHub.
 */
public final class KernelMain {

    /** JShell starts this long after the session (or at the first Java cell, if sooner): see the README's numbers. */
    static final long JAVA_START_DELAY_MS = Long.getLong("ec2tutor.kernel.javaStartDelayMs", 0);

    private KernelMain() {}

    public static int run(Path connectionFile, PrintStream log) {
        ConnectionInfo info;
        try {
            info = ConnectionInfo.read(connectionFile);
        } catch (IOException e) {
            log.println("ec2-tutor kernel: cannot read connection file " + connectionFile + ": " + e.getMessage());
            return 2;
        } catch (ConnectionInfo.Unsupported e) {
            log.println("ec2-tutor kernel: " + e.getMessage());
            return 2;
        }
        watchParent(log);
        // The sockets are bound and kernel_info answered first; the session (the simulated cloud, then JShell) starts
        // behind them, while the user reads the notebook. A cell that comes sooner waits only for what it needs.
        SessionOptions options = new SessionOptions(
                        1, 0, Optional.empty(), Path.of("").toAbsolutePath(), true)
                .withJavaStartDelay(JAVA_START_DELAY_MS);
        CompletableFuture<Session> session = new CompletableFuture<>();
        InterruptSignal.install(() -> Optional.ofNullable(session.getNow(null)).ifPresent(Session::interrupt), log);
        KernelServer server;
        try {
            server = new KernelServer(
                    info,
                    SignatureHistory.beside(connectionFile, m -> log.println("ec2-tutor kernel: " + m)),
                    session,
                    m -> log.println(Instant.now() + " " + m));
        } catch (KernelServer.BindFailed e) {
            log.println("ec2-tutor kernel: " + e.getMessage());
            return 1;
        }
        // Learner Java runs in this process: an exit it reaches through reflection must not end the kernel. The JDK
        // prints a deprecation warning for it on the kernel's log (stderr), never in a notebook.
        if (!ExitGuard.install()) {
            log.println("ec2-tutor kernel: this JDK allows no security manager, so System.exit reached through "
                    + "reflection in a Java cell would end the kernel (a direct call is still refused)");
        }
        try (server) {
            Thread starter = new Thread(
                    () -> {
                        try {
                            session.complete(Session.start(options));
                        } catch (RuntimeException | Error e) {
                            session.completeExceptionally(e);
                        }
                    },
                    "kernel-session-start");
            starter.setDaemon(true);
            starter.start();
            server.serve();
        } finally {
            Optional.ofNullable(session.getNow(null)).ifPresent(Session::close);
        }
        return 0;
    }

    private static void watchParent(PrintStream log) {
        String pid = System.getenv("JPY_PARENT_PID");
        if (pid == null || pid.isBlank()) {
            return;
        }
        Thread t = new Thread(
                () -> {
                    while (true) {
                        try {
                            Thread.sleep(2000);
                        } catch (InterruptedException e) {
                            return;
                        }
                        boolean alive = ProcessHandle.of(Long.parseLong(pid.strip()))
                                .map(ProcessHandle::isAlive)
                                .orElse(false);
                        if (!alive) {
                            log.println("ec2-tutor kernel: the process that started me (" + pid + ") is gone; exiting");
                            Runtime.getRuntime().halt(0);
                        }
                    }
                },
                "kernel-parent-watch");
        t.setDaemon(true);
        t.start();
    }
}
