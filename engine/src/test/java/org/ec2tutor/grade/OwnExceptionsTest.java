package org.ec2tutor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grader decides what was refused by the error's kind, never by its name, which learner code can choose. */
class OwnExceptionsTest {

    /** With bubblewrap, sandboxed; without (a fresh machine), in the agent JVM without one. */
    private static final JavaLimits ANYWHERE = JavaLimits.DEFAULT.withUnsandboxed(true);

    @Test
    void aLearnersOwnExceptionNamedRefusedIsNotReportedAsARefusal(@TempDir Path dir) throws IOException {
        Path sub = Files.writeString(dir.resolve("own.cells"), """
                class Refused extends RuntimeException { Refused(String m) { super(m); } }

                if (true) throw new Refused("my own message");
                """);
        GradeReport.Submission s = Grader.grade(
                        Grader.Options.of("first-instance").withJava(ANYWHERE), List.of(sub))
                .submissions()
                .get(0);
        assertThat(s.cells().failed()).isEqualTo(1);
        assertThat(s.cells().notes()).noneMatch(n -> n.contains("refused"));
    }
}
