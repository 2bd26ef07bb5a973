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
