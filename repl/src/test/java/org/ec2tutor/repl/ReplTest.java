package org.ec2tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The REPL's adapters through JLine's own interfaces, and a whole session driven by piped keystrokes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplTest {

    private Session session;

    @BeforeAll
    void start() {
        session = Session.start(SessionOptions.scripted(3));
        session.awaitJava();
    }

    @AfterAll
    void stop() {
        session.close();
    }

    private List<String> complete(String line) {
        CellParser parser = new CellParser(session);
        ParsedLine parsed = parser.parse(line, line.length(), ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        new SessionCompleter(session).complete(null, parsed, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void completesOperationsOptionsAndLiveValues() {
        assertThat(complete("aws ec2 run-inst")).containsExactly("run-instances");
        assertThat(complete("aws ec2 stop-instances --hib")).containsExactly("--hibernate");
        assertThat(complete("aws ec2 run-instances --instance-type t3.mi")).containsExactly("t3.micro");
        assertThat(session.execute("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type "
                                + "t3.micro --query 'Instances[0].InstanceId' --output text)")
                        .succeeded())
                .isTrue();
        String id = session.variables().expand("ID");
        assertThat(id).matches("i-[0-9a-f]{17}");
        assertThat(complete("aws ec2 terminate-instances --instance-ids i-")).contains(id);
        assertThat(complete("aws ec2 wait instance-r")).containsExactly("instance-running");
    }

    @Test
    void completesCommandsAndJava() {
        assertThat(complete("/adv")).containsExactly("/advance");
        assertThat(complete("%he")).containsExactly("%help");
        assertThat(complete("ec2.describeInstanceS")).contains("ec2.describeInstanceStatus(");
    }

    @Test
    void incompleteInputAsksForAContinuationLine() {
        CellParser parser = new CellParser(session);
        assertThatThrownBy(() -> parser.parse("aws ec2 describe-instances \\", 28, ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class);
        assertThatThrownBy(() -> parser.parse("for (int i = 0; i < 3; i++) {", 29, ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class);
        assertThat(parser.parse("int x = 1;", 10, ParseContext.ACCEPT_LINE).line())
                .isEqualTo("int x = 1;");
    }

    @Test
    void highlightsAwsOptionsMagicsAndJava() {
        SessionHighlighter h = new SessionHighlighter();
        AttributedString aws = h.highlight(null, "aws ec2 run-instances --count 2");
        assertThat(aws.styleAt(0)).isEqualTo(AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW));
        assertThat(aws.styleAt(23)).isEqualTo(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
        assertThat(h.highlight(null, "%state").styleAt(0))
                .isEqualTo(AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA));
        assertThat(h.highlight(null, "var x = \"s\";").styleAt(0))
                .isEqualTo(AttributedStyle.BOLD.foreground(AttributedStyle.BLUE));
    }

    @Test
    void slashCommandsAreMagicsByUniquePrefix() {
        assertThat(Repl.translateCommand(session, "/adv 5m")).isEqualTo("%advance 5m");
        assertThat(Repl.translateCommand(session, "/exit")).isEqualTo("%exit");
        assertThat(Repl.translateCommand(session, "// a Java comment")).isEqualTo("// a Java comment");
    }

    @Test
    void aPipedSessionRunsCellsAndSavesOnEndOfInput(@TempDir Path home) throws Exception {
        System.setProperty("ec2tutor.home", home.toString());
        try {
            String keys = """
                    echo hello
                    %account teammate
                    aws sts get-caller-identity --query Account --output text
                    for (int i = 0; i < 2; i++) {
                    System.out.println("loop " + i);
                    }
                    """;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Repl.run(
                    new Repl.Options(false, 0, 5),
                    new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                    out);
            String screen = out.toString(StandardCharsets.UTF_8);
            assertThat(code).isZero();
            assertThat(screen)
                    .startsWith(Repl.BANNER)
                    .contains("ec2-tutor default@us-east-1> ")
                    .contains("hello\n")
                    .contains("ec2-tutor teammate@us-east-1> ")
                    .contains("444455556666\n")
                    .contains("loop 0\nloop 1\n")
                    .contains("Saved.");
            assertThat(Files.readString(home.resolve("session.json"))).contains("echo hello");
        } finally {
            System.clearProperty("ec2tutor.home");
        }
    }

    @Test
    void thePromptShowsTheLessonStep(@TempDir Path home) throws Exception {
        System.setProperty("ec2tutor.home", home.toString());
        try {
            String keys = "/lesson start first-instance\n/solve\n";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Repl.run(
                    new Repl.Options(false, 0, 5),
                    new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                    out);
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("ec2-tutor default@us-east-1> ")
                    .contains("ec2-tutor default@us-east-1 [first-instance 1/4]> ")
                    .contains("ec2-tutor default@us-east-1 [first-instance 2/4]> ");
        } finally {
            System.clearProperty("ec2tutor.home");
        }
    }
}
