package org.ec2tutor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ec2tutor.cell.ScriptReader;
import org.ec2tutor.lesson.BuiltInLessons;
import org.ec2tutor.lesson.LessonLibrary;
import org.ec2tutor.lesson.LessonProgress;
import org.ec2tutor.lesson.LessonSource;
import org.ec2tutor.lesson.StepStatus;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grading equals the tutor: every lesson's reference solutions typed with pauses in a saved session (the learner
 * waits instead of running {@code aws ec2 wait}, and thinks between cells) get in {@code grade} every step the
 * session showed as passed; a step the session did not reach but whose checks held later is graded as passed out of
 * order, and says so.
 */
class PausedSessionGradesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> solutions() {
        return BuiltInLessons.ids().stream()
                .flatMap(id -> Stream.of(Arguments.of(id, "cli"), Arguments.of(id, "java")));
    }

    @ParameterizedTest
    @MethodSource("solutions")
    void aSavedSessionWithPausesGradesAsTheSessionShowedIt(String id, String kind) throws Exception {
        LessonSource lesson = LessonLibrary.builtIn().find(id).orElseThrow();
        String solution = kind.equals("cli")
                ? lesson.cliSolution().orElseThrow()
                : lesson.javaSolution().orElseThrow();
        Path save = dir.resolve(id + "-" + kind + ".json");
        List<StepStatus> shown = new ArrayList<>();
        try (Session learner =
                Session.start(SessionOptions.scripted(1).withSaveFile(save).withoutJavaIf(kind.equals("cli")))) {
            for (String cell : ScriptReader.scriptCells(solution)) {
                if (cell.strip().startsWith("aws ec2 wait ")) {
                    // The learner waits ten minutes instead: nothing is typed, only the clock moves.
                    learner.advanceTo(learner.now().plus(Duration.ofMinutes(10)));
                    continue;
                }
                learner.execute(cell);
                learner.advanceTo(learner.now().plus(Duration.ofSeconds(90)));
            }
            LessonProgress p = learner.lessonRun().orElseThrow().progress();
            for (int i = 0; i < p.steps(); i++) {
                shown.add(p.status(i));
            }
        }
        assertThat(shown).as("the learner passed steps").contains(StepStatus.PASSED);
        GradeReport r = Grader.grade(Grader.Options.of(id), List.of(save));
        GradeReport.Submission s = r.submissions().get(0);
        for (int i = 0; i < shown.size(); i++) {
            GradeReport.Step st = s.steps().get(i);
            if (shown.get(i) == StepStatus.PASSED) {
                assertThat(st.status()).as(ReportFormat.TEXT.write(r)).isEqualTo(GradeReport.StepStatus.PASSED);
            } else if (st.status() == GradeReport.StepStatus.PASSED) {
                // The session latches steps in order; grading also counts a step whose checks held later (a slip
                // before it does not zero it), and says so.
                assertThat(st.feedback()).as(ReportFormat.TEXT.write(r)).startsWith("Passed out of order");
            }
        }
        if (id.equals("first-instance") && kind.equals("cli")) {
            // The learner: step 2 passed after a pause, not a wait; every step scores.
            assertThat(s.score()).as(ReportFormat.TEXT.write(r)).isEqualTo(s.maxScore());
        }
    }
}
