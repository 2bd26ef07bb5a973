package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ec2tutor.session.CellEvent;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's mistake in a lesson file is named in full, with the file and line, in one line. */
class TeacherErrorsTest {

    private static String lessonError(Path dir, String id, String body) throws Exception {
        Files.writeString(
                dir.resolve(id + ".ftl"), "<@lesson id=\"" + id + "\" title=\"T\">\n" + body + "</@lesson>\n");
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava().withLessonFolders(List.of(dir)))) {
            CellResult r = s.execute("%lesson start " + id);
            assertThat(r.succeeded()).isFalse();
            return ((CellEvent.Failure) r.events().get(0)).value();
        }
    }

    @Test
    void aMissingValueIsNamedInFullWithFileAndLine(@TempDir Path dir) throws Exception {
        String m = lessonError(dir, "missing", """
                <@step id="one" title="One">
                Your address is ${captured.privateIp}.
                  <@check id="c" pass=true message="x"/>
                </@step>
                """);
        assertThat(m)
                .isEqualTo(dir.resolve("missing.ftl") + ":3: ${captured.privateIp} is null or missing (column 19); "
                        + "give it a default (captured.privateIp!'') or test it (captured.privateIp??)");
    }

    @Test
    void anUnknownFactIsNamed(@TempDir Path dir) throws Exception {
        String m = lessonError(dir, "unknown", """
                <@step id="one" title="One">
                  <@check id="c" pass=aws.noSuchFact() message="x"/>
                </@step>
                """);
        assertThat(m).startsWith(dir.resolve("unknown.ftl") + ":3: ").contains("aws.noSuchFact");
    }

    @Test
    void aCheckWithoutAVerdictIsNamed(@TempDir Path dir) throws Exception {
        String m = lessonError(dir, "verdict", """
                <@step id="one" title="One">
                  <@check id="c" pass="yes" message="x"/>
                </@step>
                """);
        assertThat(m).startsWith(dir.resolve("verdict.ftl") + ":3: ").doesNotContain("\n");
    }
}
