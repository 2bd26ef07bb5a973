package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Java cells through JShell, one session for the class (JShell takes about a second to start). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaCellsTest {

    private Session session;

    @BeforeAll
    void start() {
        session = Session.start(SessionOptions.scripted(5));
        session.awaitJava();
    }

    @AfterAll
    void stop() {
        session.close();
    }

    private CellEvent.Failure error(CellResult r) {
        assertThat(r.succeeded()).isFalse();
        return r.events().stream()
                .filter(CellEvent.Failure.class::isInstance)
                .map(CellEvent.Failure.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anExpressionShowsItsValue() {
        CellResult r = session.execute("1 + 2");
        assertThat(r.succeeded()).isTrue();
        assertThat(r.asText()).isEqualTo("3\n");
    }

    @Test
    void printedTextIsCapturedInOrder() {
        CellResult r = session.execute("System.out.println(\"hello\"); System.err.println(\"oops\");");
        assertThat(r.events()).containsExactly(CellEvent.out("hello\n"), CellEvent.err("oops\n"));
    }

    @Test
    void ec2IsTheSessionsClient() {
        CellResult r = session.execute("""
                var id = ec2.runInstances(b -> b.imageId("ami-0fa3fe0fa7920f68e").instanceType("t3.micro")
                        .minCount(1).maxCount(1)).instances().get(0).instanceId();
                """);
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(r.asText()).startsWith("id ==> \"i-");
        CellResult count = session.execute("ec2.describeInstances().reservations().size() > 0");
        assertThat(count.asText()).isEqualTo("true\n");
    }

    @Test
    void varsAreSharedWithShellLines() {
        session.execute("GREETING=hello");
        assertThat(session.execute("vars.get(\"GREETING\")").asText()).isEqualTo("\"hello\"\n");
        session.execute("vars.put(\"FROM_JAVA\", \"yes\")");
        assertThat(session.execute("echo $FROM_JAVA").stdout()).isEqualTo("yes\n");
    }

    @Test
    void aCompileErrorMarksThePosition() {
        CellEvent.Failure e = error(session.execute("int x = \"text\";"));
        assertThat(e.name()).isEqualTo("CompileError");
        assertThat(e.value()).contains("incompatible types");
        assertThat(e.traceback()).contains("|  int x = \"text\";").contains("|          ^----^");
    }

    @Test
    void anAwsErrorReadsAsTheCliPrintsIt() {
        CellEvent.Failure e = error(session.execute("ec2.stopInstances(b -> b.instanceIds(\"i-0123456789abcdef0\"));"));
        assertThat(e.name()).isEqualTo("InvalidInstanceID.NotFound");
        assertThat(e.value())
                .isEqualTo("An error occurred (InvalidInstanceID.NotFound) when calling the "
                        + "StopInstances operation: The instance ID 'i-0123456789abcdef0' does not exist");
    }

    @Test
    void otherExceptionsShowTheLearnersOwnFrames() {
        CellEvent.Failure e = error(session.execute("int zero = 0;\nint boom = 1 / zero;"));
        assertThat(e.name()).isEqualTo("ArithmeticException");
        assertThat(e.traceback().get(0)).isEqualTo("java.lang.ArithmeticException: / by zero");
        assertThat(String.join("\n", e.traceback()))
                .doesNotContain("jdk.jshell")
                .doesNotContain("REPL.");
    }

    @Test
    void systemExitIsRefusedAndTheSessionGoesOn() {
        CellEvent.Failure e = error(session.execute("System.exit(0);"));
        assertThat(e.value()).contains("System.exit").contains("would end the whole tutor session");
        assertThat(session.execute("40 + 2").asText()).isEqualTo("42\n");
        assertThat(error(session.execute("Runtime.getRuntime().halt(1);")).value())
                .contains("Runtime.halt");
    }

    @Test
    void aStackOverflowIsReportedAndTheSessionGoesOn() {
        session.execute("int down(int n) { return down(n + 1) + 1; }");
        CellEvent.Failure e = error(session.execute("down(0)"));
        assertThat(e.name()).isEqualTo("StackOverflowError");
        assertThat(session.execute("1 + 1").asText()).isEqualTo("2\n");
    }

    @Test
    void runningOutOfMemoryIsReportedAndTheSessionGoesOn() {
        CellEvent.Failure e = error(session.execute(
                "var hog = new java.util.ArrayList<long[]>(); while (true) { hog.add(new long[50_000_000]); }"));
        assertThat(e.name()).isEqualTo("OutOfMemoryError");
        assertThat(session.execute("2 + 2").asText()).isEqualTo("4\n");
    }

    @Test
    void interruptStopsARunawayLoop() throws Exception {
        CompletableFuture<CellResult> running =
                CompletableFuture.supplyAsync(() -> session.execute("while (true) { }"));
        Thread.sleep(300);
        session.interrupt();
        CellResult r = running.get(10, TimeUnit.SECONDS);
        assertThat(error(r).name()).isEqualTo("Interrupted");
        assertThat(session.execute("3 + 3").asText()).isEqualTo("6\n");
    }

    @Test
    void methodsAndClassesPersistAcrossCells() {
        session.execute("String shout(String s) { return s.toUpperCase(); }");
        assertThat(session.execute("shout(\"hi\")").asText()).isEqualTo("\"HI\"\n");
    }

    @Test
    void severalSnippetsInOneCellRunInOrder() {
        CellResult r = session.execute("int a = 2;\nint b = a * 21;\nb");
        assertThat(r.asText()).isEqualTo("a ==> 2\nb ==> 42\nb ==> 42\n");
    }

    @Test
    void waitersInJavaMoveTheSimulatedClock() {
        var before = session.now();
        CellResult r = session.execute("""
                var w = ec2.runInstances(b -> b.imageId("ami-0fa3fe0fa7920f68e").instanceType("t3.micro").minCount(1)
                        .maxCount(1)).instances().get(0).instanceId();
                ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(w)).attemptsExecuted();
                """);
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(Duration.between(before, session.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    }
}
