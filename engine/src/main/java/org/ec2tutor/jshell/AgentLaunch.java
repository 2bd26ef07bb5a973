package org.ec2tutor.jshell;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ec2tutor.agent.AgentMain;

/**
 * How an agent JVM is started: its heap, its CPU seconds (the kernel kills it past them) and whether it runs in a
 * bubblewrap sandbox. Its class path is the SDK's jars and the agent's own, nothing else of this JVM's.
 *
 * @param heapMegabytes the agent's {@code -Xmx}
 * @param cpuSeconds {@code ulimit -t} for the agent (0: none)
 * @param sandboxed run under {@code bwrap}: no network, nothing writable but a private /tmp, only the JDK and the
 *     class path visible
 */
public record AgentLaunch(int heapMegabytes, int cpuSeconds, boolean sandboxed) {

    /** Where the kernel and REPL run learner Java when isolated: no sandbox, no CPU limit. */
    public static AgentLaunch interactive() {
        return new AgentLaunch(256, 0, false);
    }

    /** Whether bubblewrap can be used here (installed and allowed to make namespaces). */
    public static boolean sandboxAvailable() {
        return Sandbox.AVAILABLE;
    }

    /** The command that starts the agent, its sockets in {@code dir}. */
    List<String> command(Path dir) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> classPath = classPath();
        List<String> jvm = new ArrayList<>(List.of(
                java,
                "-Xmx" + heapMegabytes + "m",
                "-XX:MaxMetaspaceSize=128m",
                "-XX:MaxDirectMemorySize=16m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData",
                "-Xshare:auto",
                "-XX:+ExitOnOutOfMemoryError",
                "-Duser.language=en",
                "-Duser.country=US",
                "-cp",
                String.join(File.pathSeparator, classPath),
                AgentMain.class.getName(),
                dir.toString()));
        List<String> cmd = new ArrayList<>();
        if (cpuSeconds > 0) {
            // The shell runs outside the sandbox and only sets the limit, which the agent inherits.
            cmd.addAll(List.of("/bin/sh", "-c", "ulimit -t " + cpuSeconds + " && exec \"$@\"", "agent"));
        }
        if (sandboxed) {
            cmd.addAll(Sandbox.wrap(dir, classPath));
        }
        cmd.addAll(jvm);
        return cmd;
    }

    /** The SDK's jars as this JVM has them (groups software.amazon.awssdk, reactive streams, SLF4J) and the agent's. */
    static List<String> classPath() {
        Set<String> out = new LinkedHashSet<>();
        out.add(agentLocation());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
            String p = entry.replace('\\', '/');
            if (p.contains("/software/amazon/awssdk/")
                    || p.contains("/org/reactivestreams/")
                    || p.contains("/org/slf4j/")
                    || isSdkJarInLibDir(p)) {
                out.add(entry);
            }
        }
        return List.copyOf(out);
    }

    /** A launcher with all jars in one folder names them by artifact: the SDK's own and its two small dependencies. */
    private static boolean isSdkJarInLibDir(String p) {
        String name = p.substring(p.lastIndexOf('/') + 1);
        return name.startsWith("reactive-streams-") || name.startsWith("slf4j-");
    }

    private static String agentLocation() {
        try {
            return Path.of(AgentMain.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the agent's classes", e);
        }
    }

    /** bubblewrap: the probe runs once per JVM (a few milliseconds). */
    static final class Sandbox {
        static final String BWRAP = "/usr/bin/bwrap";
        static final boolean AVAILABLE = probe();

        private Sandbox() {}

        private static boolean probe() {
            if (!Files.isExecutable(Path.of(BWRAP))) {
                return false;
            }
            try {
                Process p = new ProcessBuilder(BWRAP, "--unshare-all", "--ro-bind", "/", "/", "--", "/bin/true")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                return p.waitFor() == 0;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /**
         * Only the JDK, the shared libraries, a few of /etc's files the JVM reads and the class path are visible,
         * read-only; /tmp is private and empty; the sockets' folder is the one way out. No shell or other program
         * is mounted, so a snippet has nothing to run.
         */
        static List<String> wrap(Path dir, List<String> classPath) {
            List<String> cmd = new ArrayList<>(List.of(
                    BWRAP,
                    "--unshare-all",
                    // Not --die-with-parent: it is tied to the thread that started the agent, which may end
                    // first; the agent ends when its standard input (a pipe from this JVM) closes instead.
                    "--new-session",
                    "--cap-drop",
                    "ALL",
                    "--clearenv",
                    "--setenv",
                    "LANG",
                    "C.UTF-8",
                    "--ro-bind",
                    "/usr/lib",
                    "/usr/lib",
                    "--symlink",
                    "usr/lib",
                    "/lib",
                    "--ro-bind-try",
                    "/usr/lib64",
                    "/usr/lib64",
                    "--symlink",
                    "usr/lib64",
                    "/lib64",
                    "--ro-bind-try",
                    "/etc/java-17-openjdk",
                    "/etc/java-17-openjdk",
                    "--ro-bind-try",
                    "/etc/ld.so.cache",
                    "/etc/ld.so.cache",
                    "--ro-bind-try",
                    "/etc/localtime",
                    "/etc/localtime",
                    "--ro-bind",
                    System.getProperty("java.home"),
                    System.getProperty("java.home"),
                    "--dev",
                    "/dev",
                    "--proc",
                    "/proc",
                    "--tmpfs",
                    "/tmp",
                    "--bind",
                    dir.toString(),
                    dir.toString()));
            for (String entry : classPath) {
                cmd.addAll(List.of("--ro-bind", entry, entry));
            }
            cmd.add("--");
            return cmd;
        }
    }
}
