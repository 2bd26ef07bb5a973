package org.ec2tutor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ec2tutor.cell.ScriptReader;
import org.ec2tutor.lesson.LessonLibrary;
import org.ec2tutor.lesson.LessonProgress;
import org.ec2tutor.lesson.StepStatus;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading a saved session uses what its cells read from the learner's disk, recorded in the save, never the grader's
 * disk: a {@code file://} user data script that is missing or says something else on the grader's machine grades as
 * it ran for the learner, so the grade gives the score {@code %progress} showed.
 */
class SavedReadsGradeTest {

    private static final String INLINE_SCRIPT = "$'#!/bin/bash\\ndnf install -y nginx\\nsystemctl enable --now nginx'";
    private static final String NGINX = "#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx\n";

    @TempDir
    Path learnerDir;

    /** The learner's session: first-web-server's reference solution, its user data read from {@code file}. */
    private Path learnerSaves(String file) throws Exception {
        String solution = LessonLibrary.builtIn()
                .find("first-web-server")
                .orElseThrow()
                .cliSolution()
                .orElseThrow();
        assertThat(solution).contains(INLINE_SCRIPT);
        Path save = learnerDir.resolve("sessions/learner.json");
        try (Session learner = Session.start(SessionOptions.scripted(1)
                .withoutJava()
                .withWorkingDirectory(learnerDir)
                .withSaveFile(save))) {
            for (String cell : ScriptReader.scriptCells(solution.replace(INLINE_SCRIPT, "file://" + file))) {
                assertThat(learner.execute(cell).succeeded()).as(cell).isTrue();
                learner.advanceTo(learner.now().plus(Duration.ofSeconds(30)));
            }
            LessonProgress p = learner.lessonRun().orElseThrow().progress();
            for (int i = 0; i < p.steps(); i++) {
                assertThat(p.status(i))
                        .as("step %d as %%progress shows it", i + 1)
                        .isEqualTo(StepStatus.PASSED);
            }
        }
        return save;
    }

    private static GradeReport graded(Path save) {
        return Grader.grade(Grader.Options.of("first-web-server"), List.of(save));
    }

    private static void assertFullScore(GradeReport r) {
        GradeReport.Submission s = r.submissions().get(0);
        assertThat(s.score()).as(ReportFormat.TEXT.write(r)).isEqualTo(s.maxScore());
    }

    @Test
    void aUserDataFileMissingOnTheGradersMachineGradesAsTheLearnerRanIt() throws Exception {
        Files.writeString(learnerDir.resolve("web.sh"), NGINX);
        Path save = learnerSaves("web.sh");
        // The grader runs in another folder, where there is no web.sh (and the learner's is gone too).
        Files.delete(learnerDir.resolve("web.sh"));
        assertThat(Path.of("web.sh")).doesNotExist();

        assertFullScore(graded(save));
    }

    @Test
    void aUserDataFileThatChangedSinceGradesAsTheLearnerRanIt() throws Exception {
        Path script = learnerDir.resolve("web.sh").toAbsolutePath();
        Files.writeString(script, NGINX);
        Path save = learnerSaves(script.toString());
        Files.writeString(script, "#!/bin/bash\necho nothing to serve\n");

        GradeReport r = graded(save);
        assertFullScore(r);

        // The same cells reading the disk now (a save of the first format) would lose the nginx step: the recorded
        // read is what made the difference.
        Path old = learnerDir.resolve("old.json");
        Files.writeString(old, Files.readString(save).replaceFirst("\"version\" : 2", "\"version\" : 1"));
        GradeReport.Submission fromDisk = graded(old).submissions().get(0);
        assertThat(fromDisk.score()).isLessThan(fromDisk.maxScore());
    }
}
