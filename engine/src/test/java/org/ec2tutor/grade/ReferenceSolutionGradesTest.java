package org.ec2tutor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ec2tutor.lesson.LessonLibrary;
import org.ec2tutor.lesson.LessonSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Graded as submissions, both reference solutions of every lesson the library lists score full marks. */
class ReferenceSolutionGradesTest {

    /** With bubblewrap, sandboxed; without (a fresh machine), in the agent JVM without one. */
    private static final JavaLimits ANYWHERE = JavaLimits.DEFAULT.withUnsandboxed(true);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.ec2tutor.lesson.BuiltInLessons#ids")
    void bothReferenceSolutionsScoreFullMarks(String id) throws IOException {
        LessonSource lesson = LessonLibrary.builtIn().find(id).orElseThrow();
        Path cli =
                Files.writeString(dir.resolve("cli.cells"), lesson.cliSolution().orElseThrow());
        Path java = Files.writeString(
                dir.resolve("java.cells"), lesson.javaSolution().orElseThrow());
        GradeReport r = Grader.grade(Grader.Options.of(id).withJava(ANYWHERE), List.of(cli, java));
        for (GradeReport.Submission s : r.submissions()) {
            assertThat(s.score())
                    .as(s.name() + ": " + ReportFormat.TEXT.write(r))
                    .isEqualTo(s.maxScore());
            assertThat(s.maxScore()).isEqualTo(s.steps().size());
        }
    }
}
