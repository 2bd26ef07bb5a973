package org.ec2tutor.jshell;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ec2tutor.agent.AgentMain;
import org.ec2tutor.sdk.model.config.ConfigClient;

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

    /**
     * A class-data sharing archive of the classes an agent loads ({@code make build} trains it; the launcher passes
     * it as {@code -Dec2tutor.agent.archive}): mapped, not loaded from the jars, they cut an agent's start by about
     * half. The JVM checks it against the JDK and the class path and ignores it, silently, when it does not match.
     */
    static final String ARCHIVE_PROPERTY = "ec2tutor.agent.archive";

    /** Set while {@code make build} trains the archive: where the agent writes it when it ends. */
    static final String ARCHIVE_AT_EXIT_ENV = "EC2_TUTOR_AGENT_ARCHIVE_AT_EXIT";

    private static Optional<Path> archive() {
        String p = System.getProperty(ARCHIVE_PROPERTY);
        return p != null && !p.isEmpty() && Files.isReadable(Path.of(p)) ? Optional.of(Path.of(p)) : Optional.empty();
    }

    /**
     * More JVM options for every agent, space-separated, after ours (a developer's knob for measuring, e.g.
     * {@code -Dec2tutor.agent.jvm-options=-Xlog:class+load:file=...} through {@code EC2_TUTOR_JAVA_OPTS}).
     */
    static final String OPTIONS_PROPERTY = "ec2tutor.agent.jvm-options";

    private static List<String> extraOptions() {
        String s = System.getProperty(OPTIONS_PROPERTY, "").strip();
        return s.isEmpty()
                ? List.of()
                : Pattern.compile("\\s+").splitAsStream(s).toList();
    }

    /** Whether this agent records the archive as it ends (then it is asked to end, not killed, when closed). */
    static Optional<Path> archiveAtExit() {
        String p = System.getenv(ARCHIVE_AT_EXIT_ENV);
        return p != null && !p.isEmpty() ? Optional.of(Path.of(p).toAbsolutePath()) : Optional.empty();
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
                // A fresh agent per submission: no JIT thread beyond one, a small first heap.
                "-XX:CICompilerCount=1",
                "-Xms16m",
                "-Duser.language=en",
                "-Duser.country=US",
                "-cp",
                String.join(File.pathSeparator, classPath),
                AgentMain.class.getName(),
                dir.toString()));
        Optional<Path> training = archiveAtExit();
        Optional<Path> archive = training.isPresent() ? Optional.empty() : archive();
        int at = jvm.indexOf("-cp");
        jvm.addAll(at, extraOptions());
        training.ifPresent(t -> jvm.add(at, "-XX:ArchiveClassesAtExit=" + t));
        archive.ifPresent(a -> {
            jvm.add(at, "-XX:SharedArchiveFile=" + a);
            jvm.add(at, "-Xlog:cds=off,cds+dynamic=off");
        });
        List<String> cmd = new ArrayList<>();
        if (cpuSeconds > 0) {
            // The shell runs outside the sandbox and only sets the limit, which the agent inherits.
            cmd.addAll(List.of("/bin/sh", "-c", "ulimit -t " + cpuSeconds + " && exec \"$@\"", "agent"));
        }
        if (sandboxed) {
            List<String> visible = new ArrayList<>(classPath);
            archive.ifPresent(a -> visible.add(a.toString()));
            cmd.addAll(Sandbox.wrap(dir, visible));
            training.ifPresent(t -> cmd.addAll(
                    cmd.size() - 1,
                    List.of("--bind", t.getParent().toString(), t.getParent().toString())));
        }
        cmd.addAll(jvm);
        return cmd;
    }

    /**
     * The SDK's jars as this JVM has them (groups software.amazon.awssdk, reactive streams, SLF4J), the agent's and
     * the hand-written SDK models' (AWS Config, Savings Plans, Cost Explorer).
     */
    static List<String> classPath() {
        Set<String> out = new LinkedHashSet<>();
        out.add(location(AgentMain.class));
        out.add(location(ConfigClient.class));
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

    /** The jar or class folder {@code c} was loaded from. */
    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the classes of " + c.getName(), e);
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
            // No new processes: the JDK starts one through this helper (the agent fixes the launch mechanism before
            // any snippet runs), and no other program is mounted.
            Path helper = Path.of(System.getProperty("java.home"), "lib", "jspawnhelper");
            if (Files.exists(helper)) {
                cmd.addAll(List.of("--ro-bind", "/dev/null", helper.toString()));
            }
            cmd.add("--");
            return cmd;
        }
    }
}
