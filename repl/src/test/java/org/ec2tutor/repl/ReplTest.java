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
import java.util.Optional;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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
                    .contains("Saved as session session-1");
            assertThat(Files.readString(home.resolve("sessions/session-1.json")))
                    .contains("echo hello");
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

    /** Runs the REPL on {@code home} with the given keystrokes and returns what it printed. */
    private static String repl(Path home, Repl.Options options, String keys) throws Exception {
        System.setProperty("ec2tutor.home", home.toString());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Repl.run(options, new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), out);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            System.clearProperty("ec2tutor.home");
        }
    }

    private static String repl(Path home, String keys) throws Exception {
        return repl(home, new Repl.Options(false, 0, 5), keys);
    }

    @Test
    void aSecondStartContinuesTheLastSessionAndSaysHowToStartFresh(@TempDir Path home) throws Exception {
        repl(
                home,
                "ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                        + "--query 'Instances[0].InstanceId' "
                        + "--output text)\nNOTE=kept\n");
        String second = repl(home, "echo $NOTE\naws ec2 describe-instances --query 'length(Reservations)'\n");
        assertThat(second)
                .contains("Continuing session session-1: Resumed 2 cells")
                .contains("%reset or ec2-tutor --new starts fresh.")
                .contains("kept\n")
                .contains("1\n");
        String fresh = repl(home, new Repl.Options(true, 0, 5), "echo nothing $NOTE\n%sessions\n");
        assertThat(fresh).doesNotContain("Continuing").contains("> nothing\n").contains("Saved as session session-2");
        assertThat(fresh).containsPattern("\\* session-2 +1 cells").containsPattern("  session-1 +4 cells");
        String byName = repl(home, new Repl.Options(false, Optional.of("session-1"), 0, 5, List.of()), "echo $NOTE\n");
        assertThat(byName).contains("Continuing session session-1").contains("kept\n");
        assertThat(repl(home, new Repl.Options(false, Optional.of("nope"), 0, 5, List.of()), ""))
                .contains("No saved session named nope.")
                .contains("session-1");
    }

    @Test
    void aSaveFromAnEarlierVersionIsMovedInAndTmpFilesOfAKilledSaveAreCleaned(@TempDir Path home) throws Exception {
        repl(home, "NOTE=old\n");
        Files.move(home.resolve("sessions/session-1.json"), home.resolve("session.json"));
        Files.delete(home.resolve("last-session"));
        Files.writeString(home.resolve("sessions/session-1.json12345.tmp"), "{\"version\": 1, \"se");
        String screen = repl(home, "echo $NOTE\n");
        assertThat(screen).contains("Continuing session session-1").contains("old\n");
        try (var files = Files.list(home.resolve("sessions"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(f -> f.endsWith(".tmp"))
                    .contains("session-1.json");
        }
    }

    @Test
    void aTruncatedSaveIsKeptAsideAndReportedNeverReplaced(@TempDir Path home) throws Exception {
        repl(home, "NOTE=precious\n");
        Path save = home.resolve("sessions/session-1.json");
        String whole = Files.readString(save);
        Files.writeString(save, whole.substring(0, whole.length() / 2));
        String screen = repl(home, "echo gone $NOTE\n");
        assertThat(screen)
                .contains("is not a readable ec2-tutor session")
                .doesNotContain("left as it is")
                .contains("It was kept as " + home.resolve("sessions/session-1.json.unreadable"))
                .contains("This is a new session, session-1.")
                .contains("> gone\n")
                .doesNotContain("Exception");
        assertThat(Files.readString(home.resolve("sessions/session-1.json.unreadable")))
                .isEqualTo(whole.substring(0, whole.length() / 2));
    }

    @Test
    void aCorruptSaveIsKeptAsideAndReportedNeverReplaced(@TempDir Path home) throws Exception {
        repl(home, "NOTE=precious\n");
        Path save = home.resolve("sessions/session-1.json");
        // Whole JSON, but not a session any more: a cell lost its code, a byte flipped on disk.
        String corrupt = Files.readString(save).replace("\"code\"", "\"c\u00f8de\"");
        Files.writeString(save, corrupt);
        String screen = repl(home, "echo new $NOTE\n");
        assertThat(screen)
                .contains("is not a readable ec2-tutor session")
                .contains("It was kept as " + home.resolve("sessions/session-1.json.unreadable"))
                .contains("This is a new session, session-1.")
                .contains("> new\n")
                .doesNotContain("Exception");
        assertThat(Files.readString(home.resolve("sessions/session-1.json.unreadable")))
                .isEqualTo(corrupt);
    }

    @Test
    void aHomeThatCannotBeWrittenIsReportedAndTheSessionWorksInMemory(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        String screen = repl(notADirectory.resolve("home"), "NOTE=memory\necho $NOTE\n");
        assertThat(screen)
                .contains("Cannot write to " + notADirectory.resolve("home"))
                .contains("this session works in memory and is not saved.")
                .contains("memory\n")
                .contains("Not saved")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aReadOnlySaveFolderIsReportedAtStartAndItsSessionStillResumesInMemory(@TempDir Path home) throws Exception {
        repl(home, "NOTE=kept\n");
        Path sessions = home.resolve("sessions");
        String before = Files.readString(sessions.resolve("session-1.json"));
        // Read-only for whoever runs the test: permissions for a user, the immutable attribute for root (which
        // permissions do not stop); where neither is available the case cannot be made.
        boolean root = "root".equals(System.getProperty("user.name"));
        List<Path> locked = List.of(sessions, home);
        for (Path p : locked) {
            boolean done = root ? run("chattr", "+i", p.toString()) : p.toFile().setWritable(false);
            Assumptions.assumeTrue(done, "cannot make " + p + " read-only here");
        }
        try {
            String screen = repl(home, "echo $NOTE\nNOTE=changed\necho $NOTE\n");
            assertThat(screen)
                    .contains("Cannot write to " + home)
                    .contains("this session works in memory and is not saved.")
                    .contains("Continuing session session-1")
                    .contains("Not saved (cannot write " + sessions.resolve("session-1.json"))
                    .contains("kept\n")
                    .contains("changed\n")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        } finally {
            for (Path p : locked) {
                if (root) {
                    run("chattr", "-i", p.toString());
                } else {
                    p.toFile().setWritable(true);
                }
            }
        }
        assertThat(Files.readString(sessions.resolve("session-1.json")))
                .as("nothing already saved is lost")
                .isEqualTo(before);
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void aSessionOpenInAnotherReplIsNotTakenOver(@TempDir Path home) throws Exception {
        repl(home, "NOTE=first\n");
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(home.resolve("sessions/session-1.lock"), Long.toString(other.pid()));
            String screen = repl(home, "echo own $NOTE\n");
            assertThat(screen)
                    .contains("Session session-1 is open in another ec2-tutor (pid " + other.pid()
                            + "), so this one is a new session")
                    .contains("> own\n")
                    .contains("Saved as session session-2");
            assertThat(Files.readString(home.resolve("sessions/session-1.json")))
                    .contains("NOTE=first");
        } finally {
            other.destroy();
            other.waitFor(); // destroy only asks: the lock's pid must be gone before the session is free again
        }
        assertThat(repl(home, new Repl.Options(false, Optional.of("session-1"), 0, 5, List.of()), "echo $NOTE\n"))
                .contains("first\n");
    }

    @Test
    void lessonProgressShowsInEverySession(@TempDir Path home) throws Exception {
        repl(home, "%lesson start first-instance\n%solve\n");
        String other = repl(home, new Repl.Options(true, 0, 5), "%lessons\n");
        assertThat(other).containsPattern("first-instance.*started \\(1 of 4 steps done\\)");
    }
}
