package org.ec2tutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's commands and exit statuses (0 ok, 1 a failed cell, 2 usage). */
class MainTest {

    @Test
    void usageErrorsExitWith2() throws Exception {
        assertThat(Main.run(List.of("run"))).isEqualTo(2);
        assertThat(Main.run(List.of("run", "--seed"))).isEqualTo(2);
        assertThat(Main.run(List.of("frobnicate"))).isEqualTo(2);
        assertThat(Main.run(List.of("--bogus"))).isEqualTo(2);
        assertThat(Main.run(List.of("--help"))).isZero();
    }

    @Test
    void commandsOfLaterVersionsSaySoPlainly() throws Exception {
        assertThat(Main.run(List.of("kernel", "--connection-file", "missing.json")))
                .isEqualTo(2);
        assertThat(Main.run(List.of("kernel", "install", "--user", "--prefix", "/tmp/x")))
                .isEqualTo(2);
        assertThat(Main.run(List.of("grade", "--lesson", "first-instance"))).isEqualTo(2);
    }

    @Test
    void runExitsWithTheOutcomeOfItsCells(@TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.txt"), "echo fine\n");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "aws ec2 start-instances --instance-ids i-0123\n");
        assertThat(Main.run(List.of("run", "--seed", "3", ok.toString()))).isZero();
        assertThat(Main.run(List.of("run", "--keep-going", bad.toString(), ok.toString())))
                .isEqualTo(1);
    }

    @Test
    void lessonExportWritesANotebookAndNeedsItsOptions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("first.ipynb");
        assertThat(Main.run(List.of("lesson", "export", "first-instance", "--out", out.toString())))
                .isZero();
        assertThat(Files.readString(out))
                .contains("\"%lesson start first-instance\"")
                .contains("\"%check 4\"");
        assertThat(Main.run(List.of("lesson", "export", "first-instance"))).isEqualTo(2);
        assertThat(Main.run(List.of("lesson", "export", "no-such-lesson", "--out", out.toString())))
                .isEqualTo(1);
        assertThat(Main.run(
                        List.of("lessons", "--lessons", dir.resolve("missing").toString())))
                .isEqualTo(1);
        assertThat(Main.run(List.of("lessons"))).isZero();
    }

    private static final String KEY_LESSON = """
            <@lesson id="ID" title="Keys">
            <@step id="key" title="Create a key pair">
            Create a key pair named `class`.
              <@check id="made" pass=aws.calls("CreateKeyPair")?filter(c -> c.succeeded())?size gt 0
                  message="No key pair created yet."/>
              <#if aws.calls("CreateKeyPair")?size gt 0>Last one: ${captured.keyName}</#if>
            </@step>
            </@lesson>
            """;

    /** Runs Main with stderr captured; returns the exit status and what it printed there. */
    private record Ran(int status, String stderr) {}

    private static Ran runCapturingStderr(List<String> args) throws Exception {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            return new Ran(Main.run(args), err.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void lessonsChecksEveryLessonAndNamesTheBrokenOnes(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("good.ftl"), KEY_LESSON.replace("ID", "good").replace("${captured.keyName}", ""));
        Files.writeString(dir.resolve("typo.ftl"), "<@lesson id=\"typo\" title=\"T\">\n${aws.nosuch}\n</@lesson>\n");
        Path wrong = Files.createDirectories(dir.resolve("wrong-solution"));
        Files.writeString(
                wrong.resolve("lesson.ftl"),
                KEY_LESSON.replace("ID", "wrong-solution").replace("${captured.keyName}", ""));
        Files.writeString(
                wrong.resolve("solution-cli.cells"), "%lesson start wrong-solution\n\naws ec2 describe-key-pairs\n");
        Ran r = runCapturingStderr(List.of("lessons", "--lessons", dir.toString()));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr())
                .contains("typo is broken: " + dir.resolve("typo.ftl") + ":2: ${aws.nosuch} is null or missing")
                .contains("wrong-solution is broken: solution-cli.cells does not pass step 1 (Create a key pair): "
                        + "1.made: No key pair created yet.")
                .contains("2 of 11 lessons have problems.")
                .doesNotContain("good is broken")
                .doesNotContain("first-instance");
    }

    @Test
    void lessonsRunsTheJavaSolutionsAndNamesABrokenOne(@TempDir Path dir) throws Exception {
        String lesson = KEY_LESSON.replace("${captured.keyName}", "");
        Path good = Files.createDirectories(dir.resolve("java-good"));
        Files.writeString(good.resolve("lesson.ftl"), lesson.replace("ID", "java-good"));
        Files.writeString(
                good.resolve("solution-java.cells"),
                "%lesson start java-good\n\nec2.createKeyPair(b -> b.keyName(\"class\"));\n");
        Path typo = Files.createDirectories(dir.resolve("java-typo"));
        Files.writeString(typo.resolve("lesson.ftl"), lesson.replace("ID", "java-typo"));
        Files.writeString(
                typo.resolve("solution-java.cells"),
                "%lesson start java-typo\n\nec2.createKeyPiar(b -> b.keyName(\"class\"));\n");
        Path short_ = Files.createDirectories(dir.resolve("java-short"));
        Files.writeString(short_.resolve("lesson.ftl"), lesson.replace("ID", "java-short"));
        Files.writeString(
                short_.resolve("solution-java.cells"), "%lesson start java-short\n\nec2.describeKeyPairs();\n");

        long started = System.nanoTime();
        Ran r = runCapturingStderr(List.of("lessons", "--lessons", dir.toString()));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr())
                .contains("java-typo is broken: solution-java.cells fails at "
                        + "ec2.createKeyPiar(b -> b.keyName(\"class\"));: ")
                .contains("java-short is broken: solution-java.cells does not pass step 1 (Create a key pair): "
                        + "1.made: No key pair created yet.")
                .contains("2 of 11 lessons have problems.")
                .doesNotContain("java-good is broken")
                .doesNotContain("first-instance");
        // Every built-in lesson's Java solution ran too, each in a session of its own: a teacher waits for it.
        assertThat(millis).as("ec2-tutor lessons took %d ms", millis).isLessThan(120_000);
    }

    @Test
    void gradeExits3WhenTheLessonFailsWhileGrading(@TempDir Path dir) throws Exception {
        // The lesson renders until the learner creates a key pair; then the teacher's ${captured.keyName} is missing.
        Path folder = Files.createDirectories(dir.resolve("teacher"));
        Files.writeString(folder.resolve("keys.ftl"), KEY_LESSON.replace("ID", "keys"));
        Path submission = Files.writeString(dir.resolve("s.cells"), "aws ec2 create-key-pair --key-name class\n");
        Ran r = runCapturingStderr(
                List.of("grade", "--lesson", "keys", "--lessons", folder.toString(), submission.toString()));
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.stderr())
                .contains("the lesson failed while grading " + submission + " (after cell 1): "
                        + folder.resolve("keys.ftl") + ":6: ${captured.keyName} is null or missing");
    }

    @Test
    void gradeWritesTheReportAndExitsZeroWhateverTheScores(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.cells"), "echo nothing\n");
        Path out = dir.resolve("results.json");
        assertThat(Main.run(List.of(
                        "grade",
                        "--lesson",
                        "first-instance",
                        "--format",
                        "gradescope",
                        "--out",
                        out.toString(),
                        empty.toString())))
                .isZero();
        assertThat(Files.readString(out)).contains("\"score\" : 0").contains("\"tests\"");
        assertThat(Main.run(List.of("grade", "--lesson", "no-such-lesson", empty.toString())))
                .isEqualTo(3);
        assertThat(Main.run(List.of("grade", "--lesson", "first-instance", "--format", "xml", empty.toString())))
                .isEqualTo(2);
        assertThat(Main.run(
                        List.of("grade", "--lesson", "first-instance", "--timeout-per-cell", "0", empty.toString())))
                .isEqualTo(2);
    }

    @Test
    void sessionsListsTheSavedSessionsOfTheHome(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("sessions"));
        Files.writeString(
                home.resolve("sessions/session-1.json"),
                "{\"version\":1,\"seed\":1,\"profile\":\"default\",\"region\":\"us-east-1\",\"cells\":"
                        + "[{\"at\":\"2026-01-01T00:00:00Z\",\"code\":\"echo hi\",\"stopped\":false,\"failed\":false}]}");
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setProperty("ec2tutor.home", home.toString());
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(Main.run(List.of("sessions"))).isZero();
            assertThat(Main.run(List.of("--new", "--resume", "session-1"))).isEqualTo(2);
        } finally {
            System.setOut(old);
            System.clearProperty("ec2tutor.home");
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("session-1                1 cells, last at 2026-01-01T00:00:00Z");
    }
}
