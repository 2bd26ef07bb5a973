package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ec2tutor.session.CellEvent;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lesson self-test: for every step of every built-in lesson, its checks fail before its solution (after the
 * earlier steps' solutions) and pass after it, so no step passes by accident and every solution works.
 */
class LessonSelfTest {

    static List<String> lessons() {
        return BuiltInLessons.ids();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyStepFailsBeforeItsSolutionAndPassesAfterIt(String id) {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            assertThat(s.execute("%lesson start " + id).succeeded()).isTrue();
            LessonProgress p = s.lessonRun().orElseThrow().progress();
            for (int step = 0; step < p.steps(); step++) {
                assertThat(p.current())
                        .as(id + ": the lesson waits at step " + (step + 1))
                        .isEqualTo(step);
                CellResult before = s.execute("%check");
                assertThat(before.succeeded())
                        .as(id + " step " + (step + 1) + " before its solution")
                        .isFalse();
                assertThat(before.events())
                        .anyMatch(e ->
                                e instanceof CellEvent.Failure x && x.name().equals("CheckFailed"));
                CellResult solved = s.execute("%solve");
                assertThat(solved.succeeded())
                        .as(id + " step " + (step + 1) + " solution: " + solved.asText())
                        .isTrue();
                assertThat(p.status(step)).isEqualTo(StepStatus.SOLVED);
            }
            assertThat(p.finished()).isTrue();
        }
    }
}
