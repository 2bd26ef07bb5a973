package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ec2tutor.cell.ScriptReader;
import org.ec2tutor.session.CellEvent;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in lesson ships an aws-only and a Java-only reference solution; each, run cell by cell as the runner
 * runs it, passes every step by itself (not solved by the tutor).
 */
class LessonSolutionsTest {

    @Test
    void theBuiltInLessonsAreTheEightOfTheCourseInTeachingOrder() {
        // What the README promises; the parameterized tests do not use this list, they take the library's.
        assertThat(BuiltInLessons.ids())
                .containsExactly(
                        "first-instance",
                        "first-web-server",
                        "custom-ami",
                        "ami-lifecycle",
                        "instance-lifecycle",
                        "choose-instance-type",
                        "cost-choices",
                        "governance");
        for (LessonSource s : LessonLibrary.builtIn().all()) {
            assertThat(s.cliSolution()).as(s.id() + " aws solution").isPresent();
            assertThat(s.javaSolution()).as(s.id() + " Java solution").isPresent();
        }
    }

    static Stream<Arguments> solutions() {
        List<Arguments> out = new ArrayList<>();
        for (String id : BuiltInLessons.ids()) {
            out.add(Arguments.of(id, "aws"));
            out.add(Arguments.of(id, "java"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("solutions")
    void theReferenceSolutionPassesEveryStep(String id, String flavour) {
        LessonSource source = LessonLibrary.builtIn().find(id).orElseThrow();
        String script = (flavour.equals("aws") ? source.cliSolution() : source.javaSolution()).orElseThrow();
        List<String> cells = ScriptReader.scriptCells(script);
        if (flavour.equals("aws")) {
            assertThat(cells)
                    .as("aws lines and tutor commands only")
                    .allMatch(c -> c.startsWith("aws ") || c.startsWith("%") || c.matches("(?s)[A-Z_]+=\\$\\(aws .*"));
        } else {
            assertThat(cells)
                    .as("Java only, after starting the lesson")
                    .filteredOn(c -> !c.startsWith("%lesson"))
                    .noneMatch(c -> c.startsWith("aws ") || c.startsWith("%") || c.matches("(?s)[A-Z_]+=\\$\\(.*"));
        }
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJavaIf(flavour.equals("aws")))) {
            for (String cell : cells) {
                CellResult r = s.execute(cell);
                if (!r.succeeded()) {
                    // Only the refusals a lesson asks the learner to see may fail.
                    assertThat(r.events())
                            .as(cell)
                            .anyMatch(e ->
                                    e instanceof CellEvent.Failure x && x.name().equals("OperationNotPermitted"));
                }
            }
            LessonProgress p = s.lessonRun().orElseThrow().progress();
            assertThat(p.finished()).as(id + " finished").isTrue();
            for (int i = 0; i < p.steps(); i++) {
                assertThat(p.status(i)).as(id + " step " + (i + 1)).isEqualTo(StepStatus.PASSED);
            }
        }
    }
}
