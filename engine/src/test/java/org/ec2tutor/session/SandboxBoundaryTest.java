package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.ec2tutor.jshell.AgentLaunch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The operating system's boundary around learner Java, with no source or bytecode guard in front of it (a session
 * that is not grading): each escape is a snippet and what must hold on this side afterwards. Add a row to extend it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxBoundaryTest {

    @TempDir
    static Path host;

    private static ServerSocket otherPort;
    private Session session;
    private final ScheduledExecutorService alarm = Executors.newSingleThreadScheduledExecutor();

    /** A snippet a learner might write to get out, and what must still be true outside the sandbox. */
    record Escape(String name, String snippet, Predicate<CellResult> holds) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Escape> escapes() {
        Path file = host.resolve("written");
        Path touched = host.resolve("touched");
        Path library = host.resolve("libgrader.so");
        Path otherSubmission = host.resolve("other-student.cells");
        String graderClasses = SandboxBoundaryTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath();
        return List.of(
                new Escape(
                        "writing a file of the grader's",
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + file + "\"), \"x\")",
                        r -> !Files.exists(file)),
                new Escape(
                        "a shell through ProcessBuilder",
                        "new ProcessBuilder(\"/bin/sh\", \"-c\", \"touch " + touched + "\").start().waitFor()",
                        r -> !r.succeeded() && !Files.exists(touched)),
                new Escape(
                        "FreeMarker's Execute (not on the agent's class path)",
                        "new freemarker.template.utility.Execute().exec(java.util.List.of(\"touch " + touched + "\"))",
                        r -> !r.succeeded() && !Files.exists(touched)),
                new Escape(
                        "reading an environment variable",
                        "System.getenv(\"PATH\") == null && System.getenv(\"HOME\") == null"
                                + " && System.getenv(\"USER\") == null",
                        r -> r.asText().equals("true\n")),
                new Escape(
                        "reading a secret file",
                        "java.nio.file.Files.exists(java.nio.file.Path.of(\"/etc/shadow\"))"
                                + " || java.nio.file.Files.exists(java.nio.file.Path.of(\"" + host + "\"))",
                        r -> r.asText().equals("false\n")),
                new Escape(
                        "a socket to another port",
                        "new java.net.Socket(\"127.0.0.1\", " + otherPort.getLocalPort() + ")",
                        r -> !r.succeeded()),
                new Escape(
                        "a memory bomb",
                        "var hog = new java.util.ArrayList<long[]>(); while (true) hog.add(new long[1_000_000]);",
                        r -> !r.succeeded()),
                new Escape(
                        "an output flood",
                        "while (true) System.out.print(\"flood flood flood flood \");",
                        r -> r.asText().length() < 2 * (1 << 20)),
                new Escape(
                        "a loop that catches every Throwable",
                        "while (true) { try { Thread.sleep(5); } catch (Throwable t) { } }",
                        r -> !r.succeeded()),
                new Escape("System.exit", "System.exit(3);", r -> !r.succeeded()),
                new Escape(
                        "System.load of a library of the grader's",
                        "System.load(\"" + library + "\")",
                        r -> !r.succeeded() && r.asText().contains("UnsatisfiedLinkError")),
                new Escape(
                        "a fork bomb through the java binary (the one program in the sandbox)",
                        "for (int i = 0; i < 64; i++) new ProcessBuilder(System.getProperty(\"java.home\") +"
                                + " \"/bin/java\", \"-version\").start();",
                        r -> !r.succeeded() && r.asText().contains("IOException")),
                new Escape(
                        "a fork bomb choosing another launch mechanism first",
                        "System.setProperty(\"jdk.lang.Process.launchMechanism\", \"FORK\");"
                                + " new ProcessBuilder(System.getProperty(\"java.home\") + \"/bin/java\").start();",
                        r -> !r.succeeded()),
                new Escape(
                        "a thread bomb",
                        "for (int i = 0; i < 200_000; i++) new Thread(() -> { try { Thread.sleep(600_000); }"
                                + " catch (InterruptedException e) { } }).start();",
                        r -> Thread.activeCount() < 200),
                new Escape(
                        "FreeMarker's ObjectConstructor (not on the agent's class path)",
                        "new freemarker.template.utility.ObjectConstructor()",
                        r -> !r.succeeded()),
                new Escape(
                        "Jackson binding to java.io.File (not on the agent's class path)",
                        "new com.fasterxml.jackson.databind.ObjectMapper().writeValue(new java.io.File(\"" + file
                                + "\"), 1)",
                        r -> !r.succeeded() && !Files.exists(file)),
                new Escape(
                        "the SDK's ClassLoaderHelper loading the engine's session",
                        "software.amazon.awssdk.core.internal.util.ClassLoaderHelper.loadClass("
                                + "\"org.ec2tutor.session.Session\", false)",
                        r -> !r.succeeded() && r.asText().contains("ClassNotFoundException")),
                new Escape(
                        "a class loader of its own over the grader's jars",
                        "new java.net.URLClassLoader(new java.net.URL[] {java.nio.file.Path.of(\"" + graderClasses
                                + "\").toUri().toURL()}).loadClass(\"org.ec2tutor.session.Session\")",
                        r -> !r.succeeded() && r.asText().contains("ClassNotFoundException")),
                new Escape(
                        "reading another submission",
                        "java.nio.file.Files.readString(java.nio.file.Path.of(\"" + otherSubmission + "\"))",
                        r -> !r.succeeded() && !r.asText().contains("the other student's answer")),
                new Escape(
                        "a static initializer that never returns",
                        "class Stuck { static int x; static { while (x >= 0) { x = 1; } } } new Stuck();",
                        r -> !r.succeeded()));
    }

    @BeforeAll
    void start() throws IOException {
        assumeTrue(
                AgentLaunch.sandboxAvailable(),
                "bubblewrap is not installed or may not create namespaces here (make sandbox-deps installs it)");
        otherPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        // The library exists on this side (a copy of the JVM's own), as does another student's file.
        Files.copy(Path.of(System.getProperty("java.home"), "lib", "libjava.so"), host.resolve("libgrader.so"));
        Files.writeString(host.resolve("other-student.cells"), "the other student's answer");
        session = Session.start(SessionOptions.scripted(5).withJavaOnDemand());
        session.isolateJava(new AgentLaunch(128, 30, true));
        session.prepareJava();
    }

    @AfterAll
    void stop() throws IOException {
        alarm.shutdownNow();
        if (session != null) {
            session.close();
            otherPort.close();
        }
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void anEscapeStaysInsideAndTheNextCellStillWorks(Escape e) throws IOException {
        // The per-cell wall clock a grader would apply, shorter.
        var stop = alarm.schedule(session::interrupt, 3, TimeUnit.SECONDS);
        CellResult r = session.execute(e.snippet());
        stop.cancel(false);
        assertThat(e.holds()).as(e.name() + ": " + abbreviate(r.asText())).accepts(r);
        assertThat(session.execute("6 * 7").asText()).isEqualTo("42\n");
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .count())
                .as("one agent, nothing it started")
                .isLessThanOrEqualTo(3);
    }

    /**
     * The row for {@code aws} lines: a graded submission's {@code file://} reads only what its own cells wrote, never
     * a file of the grader's (relative or absolute) nor an endless one.
     */
    @Test
    void aGradedAwsLineReadsOnlyFilesItsSubmissionWrote() throws IOException {
        Files.writeString(host.resolve("grader-notes.txt"), "GRADER-ONLY-TEXT");
        try (Session graded = Session.start(SessionOptions.scripted(5)
                .withoutJava()
                .withWorkingDirectory(host)
                .forGrading())) {
            for (String outside : List.of(
                    "file://grader-notes.txt", "file://" + host.resolve("grader-notes.txt"), "file:///dev/zero")) {
                CellResult r = graded.execute("aws ec2 create-security-group --group-name g --description " + outside);
                assertThat(r.succeeded()).as(outside).isFalse();
                assertThat(r.asText())
                        .as(outside)
                        .contains("reads only files its own cells wrote")
                        .doesNotContain("GRADER-ONLY-TEXT");
            }
            graded.execute("echo written-by-the-submission > mine.txt");
            assertThat(graded.execute("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type"
                                    + " t3.micro --user-data file://mine.txt --query 'Instances[0].InstanceId'"
                                    + " --output text)")
                            .succeeded())
                    .isTrue();
            assertThat(graded.execute("aws ec2 describe-instance-attribute --instance-id $ID --attribute userData"
                                    + " --query UserData.Value --output text")
                            .asText())
                    .contains(java.util.Base64.getEncoder()
                            .encodeToString("written-by-the-submission\n".getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Outside grading, a file read is bounded: {@code file:///dev/zero} is refused, not read until memory ends. */
    @Test
    void anEndlessFileIsRefusedBySize() {
        try (Session s = Session.start(SessionOptions.scripted(5).withoutJava())) {
            CellResult r = s.execute("aws ec2 create-security-group --group-name g --description file:///dev/zero");
            assertThat(r.succeeded()).isFalse();
            assertThat(r.asText()).contains("file too large");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
