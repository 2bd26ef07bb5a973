package org.ec2tutor.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ec2tutor.jshell.AgentLaunch;
import org.ec2tutor.lesson.LessonLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class's batch as a teacher grades it, with escapes among the answers: a correct submission still scores full
 * marks, each escape scores 0, nothing they started is left running; and each budget ends only its own submission,
 * whose report says which budget it was.
 */
class BudgetsAndEscapesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String javaSolution() {
        return LessonLibrary.builtIn()
                .find("custom-ami")
                .orElseThrow()
                .javaSolution()
                .orElseThrow();
    }

    private static GradeReport.Submission named(GradeReport r, String file) {
        return r.submissions().stream()
                .filter(s -> s.name().endsWith(file))
                .findFirst()
                .orElseThrow();
    }

    private static void assertNothingLeftRunning() {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("no agent or anything an agent started outlives its submission")
                .isEmpty();
    }

    @Test
    void escapesScoreZeroBesideACorrectSubmissionThatScoresFull() throws IOException {
        assumeTrue(AgentLaunch.sandboxAvailable(), "bubblewrap is not installed (make sandbox-deps)");
        Path correct = write("correct.cells", javaSolution());
        List<String> escapes = List.of(
                "var hog = new java.util.ArrayList<long[]>();\n\nwhile (true) hog.add(new long[1_000_000]);",
                "int n = 0;\n\nwhile (true) { try { n++; } catch (Throwable t) { } }",
                "int n = 0;\n\ntry { while (true) { n++; } } finally { while (true) { n--; } }",
                "class Stuck { static int x; static { while (x >= 0) { x = 1; } } }\n\nnew Stuck();",
                "while (true) System.out.print(\"flood flood flood \");",
                "java.nio.file.Files.readString(java.nio.file.Path.of(\"" + correct + "\"))",
                "new ProcessBuilder(System.getProperty(\"java.home\") + \"/bin/java\", \"-version\").start()",
                "software.amazon.awssdk.core.internal.util.ClassLoaderHelper.loadClass("
                        + "\"org.ec2tutor.session.Session\", false)");
        List<Path> batch = new java.util.ArrayList<>();
        for (int i = 0; i < escapes.size(); i++) {
            batch.add(write("escape-" + i + ".cells", escapes.get(i)));
            if (i == escapes.size() / 2) {
                batch.add(correct);
            }
        }
        GradeReport r = Grader.grade(Grader.Options.of("custom-ami").withCellTimeout(Duration.ofSeconds(3)), batch);
        assertThat(named(r, "correct.cells").score()).isEqualTo(5);
        for (int i = 0; i < escapes.size(); i++) {
            GradeReport.Submission s = named(r, "escape-" + i + ".cells");
            assertThat(s.status()).as(escapes.get(i)).isEqualTo(GradeReport.Status.GRADED);
            assertThat(s.score()).as(escapes.get(i)).isZero();
            assertThat(s.cells().failed()).as(escapes.get(i)).isPositive();
        }
        assertThat(ReportFormat.JSON.write(r)).startsWith("{");
        assertNothingLeftRunning();
    }

    @Test
    void theWallClockBudgetEndsOnlyItsSubmissionAndTheReportSaysSo() throws IOException {
        assumeTrue(AgentLaunch.sandboxAvailable(), "bubblewrap is not installed (make sandbox-deps)");
        Path loops = write("loops.cells", "int n = 0;\n\nwhile (true) { n++; }\n\nwhile (true) { n++; }\n\nn");
        Path aws = write("aws.cells", "aws ec2 describe-regions\n\naws ec2 describe-instances");
        GradeReport r = Grader.grade(
                Grader.Options.of("custom-ami")
                        .withCellTimeout(Duration.ofSeconds(2))
                        .withBudget(SubmissionBudget.DEFAULT.withWall(Duration.ofSeconds(3))),
                List.of(loops, aws));
        GradeReport.Submission s = named(r, "loops.cells");
        assertThat(s.cells().endedBy()).isEqualTo("wall-clock budget");
        assertThat(s.cells().notes()).anyMatch(n -> n.startsWith("ended by its wall-clock budget (3 s"));
        assertThat(s.executionSeconds()).isLessThan(10);
        assertThat(named(r, "aws.cells").cells().endedBy()).isEmpty();
        assertThat(ReportFormat.JSON.write(r)).contains("\"ended_by\" : \"wall-clock budget\"");
        assertNothingLeftRunning();
    }

    @Test
    void theCellCapEndsItsSubmissionAndTheReportSaysSo() throws IOException {
        Path many =
                write("many.cells", "aws ec2 describe-regions\n\naws ec2 describe-regions\n\naws ec2 describe-vpcs");
        Path few = write("few.cells", "aws ec2 describe-regions");
        GradeReport r = Grader.grade(
                Grader.Options.of("custom-ami").withBudget(SubmissionBudget.DEFAULT.withMaxCells(2)),
                List.of(many, few));
        GradeReport.Submission cap = named(r, "many.cells");
        assertThat(cap.cells().endedBy()).isEqualTo("cell cap");
        assertThat(cap.cells().run()).isEqualTo(2);
        assertThat(cap.cells().notes()).contains("ended by its cell cap (2 inputs); cell 3 not run");
        assertThat(named(r, "few.cells").cells().endedBy()).isEmpty();
    }
}
