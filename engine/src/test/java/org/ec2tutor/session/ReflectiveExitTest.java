package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.ec2tutor.jshell.ExitGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21: an exit reached at run time (reflection, a method handle, a thread the cell started) is refused with the
 * guard the kernel installs, and this JVM, which runs the cells, goes on. Without the guard each row ends the test
 * JVM, and the build fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflectiveExitTest {

    private Session session;

    @BeforeAll
    void start() {
        assertThat(ExitGuard.install()).as("JDK 17 allows a security manager").isTrue();
        session = Session.start(SessionOptions.scripted(21));
        session.awaitJava();
    }

    @AfterAll
    @SuppressWarnings("removal") // the test's own code may remove the guard; learner code may not (tested below)
    void stop() {
        session.close();
        System.setSecurityManager(null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Class.forName(\"java.lang.System\").getMethod(\"exit\", int.class).invoke(null, 0);",
                "Runtime.class.getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 0);",
                "Runtime.class.getMethod(\"exit\", int.class).invoke(Runtime.getRuntime(), 3);",
                "java.lang.invoke.MethodHandles.publicLookup().findStatic(System.class, \"exit\","
                        + " java.lang.invoke.MethodType.methodType(void.class, int.class)).invoke(0);",
                "System.setSecurityManager(null);"
            })
    void anExitReachedAtRunTimeIsRefusedAndTheSessionGoesOn(String cell) {
        CellResult r = session.execute(cell);
        assertThat(r.succeeded()).isFalse();
        CellEvent.Failure e = r.events().stream()
                .filter(CellEvent.Failure.class::isInstance)
                .map(CellEvent.Failure.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(e.kind()).isEqualTo(ErrorKind.REFUSED);
        assertThat(e.value()).contains("would end the whole tutor session").doesNotContain("Exception");
        assertThat(session.execute("40 + 2").asText()).isEqualTo("42\n");
        assertThat(ExitGuard.installed()).isTrue();
    }

    @Test
    void aThreadTheCellStartsCannotExitEither() {
        CellResult r = session.execute("""
                var refused = new java.util.concurrent.atomic.AtomicBoolean();
                Thread t = new Thread(() -> {
                    try {
                        Runtime.class.getMethod("halt", int.class).invoke(Runtime.getRuntime(), 0);
                    } catch (ReflectiveOperationException e) {
                        refused.set(e.getCause() instanceof SecurityException);
                    }
                });
                t.start();
                t.join();
                refused.get()
                """);
        assertThat(r.asText()).endsWith("true\n");
    }
}
