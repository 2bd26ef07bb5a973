package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ec2tutor.cell.Cell;
import org.ec2tutor.cell.CellSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an input becomes cells and how those are journaled: the bugs the one splitter and the one command table fixed,
 * each shown as a learner would meet it.
 */
class SessionCellsTest {

    private static Session session(Path dir) {
        return Session.start(SessionOptions.scripted(9).withoutJava().withWorkingDirectory(dir));
    }

    private static long instances(Session s) {
        return s.ec2().describeInstances().reservations().stream()
                .mapToLong(r -> r.instances().size())
                .sum();
    }

    private static final String LAUNCH = "aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e "
            + "--instance-type t3.micro --query 'Instances[0].InstanceId' --output text";

    @Test
    void aNotebookCellWithACommandThenAnAwsLineRunsBoth(@TempDir Path dir) {
        Session s = session(dir);
        CellResult r = s.execute("%clock\n" + LAUNCH);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.stdout()).contains("2026-01-01T00:00:00Z").containsPattern("i-[0-9a-f]{17}");
        assertThat(instances(s)).isEqualTo(1);
    }

    @Test
    void aCommandOnALaterLineOfAnAwsCellIsRunAsACommand(@TempDir Path dir) {
        Session s = session(dir);
        CellResult r = s.execute(LAUNCH + "\n%advance 1h");
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(s.now()).hasToString("2026-01-01T01:00:00Z");
    }

    @Test
    void cellsAfterAFailingOneInTheSameInputDoNotRun(@TempDir Path dir) {
        Session s = session(dir);
        CellResult r = s.execute("aws ec2 stop-instances --instance-ids i-0123456789abcdef0\n%advance 1h");
        assertThat(r.succeeded()).isFalse();
        assertThat(s.now()).hasToString("2026-01-01T00:00:00Z");
    }

    @Test
    void anOpenedFileIsReplayedOnceAfterSaveAndLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("f.cells"), LAUNCH + "\n");
        Session s = session(dir);
        assertThat(s.execute("%open f.cells").succeeded()).isTrue();
        s.execute("%save saved.json");
        CellResult loaded = s.execute("%load saved.json");
        assertThat(loaded.succeeded()).isTrue();
        assertThat(instances(s))
                .as("the file's launch once, not once for %open and once for its cell")
                .isEqualTo(1);
        assertThat(loaded.asText())
                .as("nothing went differently")
                .doesNotContain("differently")
                .doesNotContain("failed again");
    }

    @Test
    void aFileThatAppearedAfterTheSaveDoesNotChangeTheLoadedSession(@TempDir Path dir) throws IOException {
        Session s = session(dir);
        assertThat(s.execute("aws ec2 run-instances --cli-input-json file://input.json")
                        .succeeded())
                .isFalse();
        s.execute("%save saved.json");
        Files.writeString(dir.resolve("input.json"), INPUT_JSON);
        CellResult loaded = s.execute("%load saved.json");
        assertThat(loaded.asText()).doesNotContain("differently");
        assertThat(instances(s)).isZero();
    }

    private static final String INPUT_JSON = "{\"ImageId\": \"ami-0fa3fe0fa7920f68e\", \"InstanceType\": "
            + "\"t3.micro\", \"MinCount\": 1, \"MaxCount\": 1}";

    @Test
    void aReplayOfAnOldSaveThatGoesDifferentlySaysWhichCellsDid(@TempDir Path dir) throws IOException {
        // Saves of format 1 recorded no reads: their cells read the disk again, and a difference is named.
        Files.writeString(
                dir.resolve("saved.json"),
                "{\"version\":1,\"seed\":9,\"profile\":\"default\",\"region\":\"us-east-1\",\"cells\":[{\"at\":"
                        + "\"2026-01-01T00:00:00Z\",\"code\":\"aws ec2 run-instances --cli-input-json file://input.json\","
                        + "\"stopped\":false,\"failed\":true}]}");
        Files.writeString(dir.resolve("input.json"), INPUT_JSON);
        CellResult loaded = session(dir).execute("%load saved.json");
        assertThat(loaded.asText())
                .contains("1 of them went differently than when first run")
                .contains("aws ec2 run-instances --cli-input-json file://input.json");
    }

    @Test
    void commandsThatBelongInAnInstanceSayWhereTheyRunInOneLine(@TempDir Path dir) {
        Session s = session(dir);
        for (String line : java.util.List.of("sudo dnf install -y httpd", "dnf install -y nginx", "systemctl status")) {
            CellResult r = s.execute(line);
            assertThat(r.succeeded()).isFalse();
            assertThat(r.asText().strip().lines()).hasSize(1);
            assertThat(r.asText())
                    .contains(line.substring(0, line.indexOf(" ")) + " runs in an instance's shell, not at this prompt")
                    .contains("aws ssm send-command --document-name AWS-RunShellScript");
        }
        // curl, though, runs on the learner's computer too: it reaches an instance's public address, and nothing
        // listens on this one's localhost, as curl says.
        CellResult curl = s.execute("curl http://localhost");
        assertThat(curl.succeeded()).isFalse();
        assertThat(curl.asText()).contains("curl: (7) Failed to connect to localhost port 80");
    }

    @Test
    void fileCommandsWorkOnTheSessionsWorkspaceAndNeverWriteTheDisk(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "from disk\n");
        Session s = session(dir);
        assertThat(s.execute("pwd").stdout()).isEqualTo(dir.toAbsolutePath() + "\n");
        assertThat(s.execute("cat notes.txt").stdout()).isEqualTo("from disk\n");
        assertThat(s.execute("echo \"{}\" > tags.json").succeeded()).isTrue();
        assertThat(s.execute("ls").stdout()).isEqualTo("notes.txt\ntags.json\n");
        assertThat(dir.resolve("tags.json")).doesNotExist();
        CellResult missing = s.execute("cat nothing.txt");
        assertThat(missing.succeeded()).isFalse();
        assertThat(missing.asText()).contains("cat: nothing.txt: No such file or directory");
        // A Java statement that starts with the same word is still Java.
        assertThat(CellSplitter.split("ls.add(1);").get(0)).isInstanceOf(Cell.Java.class);
        assertThat(CellSplitter.split("cat = 3;").get(0)).isInstanceOf(Cell.Java.class);
    }

    @Test
    void readingTheBillIsJournaledSinceItIsACallInTheApiHistory(@TempDir Path dir) {
        // Lessons may ask whether the learner read the bill (GetCostAndUsage): a resumed session must have read it too.
        Session s = session(dir);
        s.execute("%bill");
        s.execute("%save saved.json");
        Session resumed = session(dir);
        resumed.execute("%load saved.json");
        assertThat(journalOf(resumed, dir)).contains("%bill");
    }

    @Test
    void showingCommandsAreNotJournaled(@TempDir Path dir) {
        Session s = session(dir);
        s.execute("%clock");
        s.execute("%state");
        s.execute("%advance 5m");
        assertThat(journalOf(s, dir))
                .doesNotContain("%clock")
                .doesNotContain("%state")
                .contains("%advance 5m");
    }

    private static String journalOf(Session s, Path dir) {
        Path file = dir.resolve("journal-check.json");
        s.execute("%save journal-check.json");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
