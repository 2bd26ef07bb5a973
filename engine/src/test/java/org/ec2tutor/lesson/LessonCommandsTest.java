package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ec2tutor.session.CellEvent;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson commands as a learner meets them: auto-check, latching, hints, skipping, restart, saving, errors. */
class LessonCommandsTest {

    private static final String LAUNCH = "aws ec2 run-instances --image-id "
            + "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type "
            + "t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]' "
            + "--query 'Instances[0].InstanceId' --output text";

    @TempDir
    Path dir;

    private static Session session() {
        return Session.start(SessionOptions.scripted(1).withoutJava());
    }

    private static String displays(CellResult r) {
        StringBuilder b = new StringBuilder();
        for (CellEvent e : r.events()) {
            if (e instanceof CellEvent.Display d) {
                b.append(d.data().get("text/plain"));
            } else if (e instanceof CellEvent.Stream st) {
                b.append(st.text());
            }
        }
        return b.toString();
    }

    private static LessonProgress progress(Session s) {
        return s.lessonRun().orElseThrow().progress();
    }

    @Test
    void aCellThatPassesTheStepSaysSoAtOnceAndShowsTheNextStep() {
        try (Session s = session()) {
            CellResult start = s.execute("%lesson start first-instance");
            assertThat(displays(start)).contains("Step 1/4: Launch a t3.micro from Amazon Linux 2023");
            assertThat(start.events())
                    .anyMatch(e -> e instanceof CellEvent.Display d && d.data().containsKey("text/markdown"));
            assertThat(s.lessonPosition()).contains("first-instance 1/4");
            CellResult launch = s.execute(LAUNCH);
            assertThat(displays(launch))
                    .contains("✓ Step 1 passed: Launch a t3.micro")
                    .contains("Why it matters")
                    .contains("Step 2/4: Wait until it runs");
            assertThat(s.lessonPosition()).contains("first-instance 2/4");
            assertThat(displays(s.execute("%advance 1m")))
                    .as("a command can pass a step too")
                    .contains("✓ Step 2 passed");
        }
    }

    @Test
    void lessonIdsAndSubcommandsComplete() {
        try (Session s = session()) {
            assertThat(s.complete("%lesson start cu", 16).candidates()).containsExactly("custom-ami");
            assertThat(s.complete("%lesson start cu", 16).start()).isEqualTo(14);
            assertThat(s.complete("%lesson re", 10).candidates()).containsExactly("reset-step", "restart");
        }
    }

    @Test
    void aPassedStepStaysPassedWhateverHappensLater() {
        try (Session s = session()) {
            s.execute("%lesson start first-instance");
            s.execute("ID=$(" + LAUNCH + ")");
            assertThat(progress(s).status(0)).isEqualTo(StepStatus.PASSED);
            s.execute("aws ec2 terminate-instances --instance-ids $ID");
            assertThat(progress(s).status(0)).isEqualTo(StepStatus.PASSED);
            CellResult again = s.execute("%check 1");
            assertThat(again.succeeded()).isTrue();
            assertThat(displays(again)).contains("✓ 1.exists passed");
        }
    }

    @Test
    void checkingAStepAheadWhoseChecksHoldNeverContradictsItself() {
        try (Session s = session()) {
            s.execute("%lesson start first-instance");
            s.execute("ID=$(" + LAUNCH + ")");
            s.execute("aws ec2 terminate-instances --instance-ids $ID");
            CellResult r = s.execute("%check 4 --points");
            assertThat(r.succeeded()).as(displays(r)).isTrue();
            assertThat(displays(r))
                    .contains("✓ 4.terminated")
                    .contains("Step 4 passes its checks; the lesson goes on from step 2, which is not done yet.")
                    .doesNotContain("is not done:");
            assertThat(r.events()).noneMatch(CellEvent.Failure.class::isInstance);
        }
    }

    @Test
    void aFailingCheckIsAnErrorOutputNeverStderr() {
        try (Session s = session()) {
            s.execute("%lesson start first-instance");
            CellResult r = s.execute("%check");
            assertThat(r.succeeded()).isFalse();
            assertThat(r.events())
                    .noneMatch(e -> e instanceof CellEvent.Stream st && st.name() == CellEvent.StreamName.STDERR);
            CellEvent.Failure error =
                    (CellEvent.Failure) r.events().get(r.events().size() - 1);
            assertThat(error.name()).isEqualTo("CheckFailed");
            assertThat(error.value())
                    .isEqualTo("Step 1 (Launch a t3.micro from Amazon Linux 2023) is not done: 4 of "
                            + "4 checks failed.");
            assertThat(displays(r))
                    .contains("✗ 1.exists No instance tagged Name=first-instance yet")
                    .contains("✗ 1.type not checked until 1.exists passes");
            assertThat(progress(s).attempts(0)).isEqualTo(1);
            assertThat(s.execute("%check 9").events().get(0))
                    .isInstanceOfSatisfying(
                            CellEvent.Failure.class,
                            e -> assertThat(e.value()).contains("No step 9 in lesson first-instance"));
        }
    }

    @Test
    void checkWithPointsGivesTheScoreAsTheResultAndFailNeverPasses() {
        try (Session s = session()) {
            s.execute("%lesson start first-instance");
            s.execute(LAUNCH);
            CellResult r = s.execute("%check 1 --points");
            assertThat(r.succeeded()).isTrue();
            assertThat(r.events().get(r.events().size() - 1))
                    .isInstanceOfSatisfying(
                            CellEvent.Result.class,
                            x -> assertThat(x.data().get("text/plain")).isEqualTo("1"));
            assertThat(s.execute("%check 2 --points").succeeded()).isFalse();
            CellResult stub = s.execute("%fail");
            assertThat(stub.succeeded()).isFalse();
            assertThat(((CellEvent.Failure) stub.events().get(0)).value()).isEqualTo("Not answered yet.");
        }
    }

    @Test
    void hintsComeOneAtATimeAndAreCounted() {
        try (Session s = session()) {
            s.execute("%lesson start first-instance");
            assertThat(displays(s.execute("%hint"))).startsWith("Hint 1 of 3: ");
            assertThat(displays(s.execute("%hint"))).startsWith("Hint 2 of 3: ");
            assertThat(displays(s.execute("%hint"))).startsWith("Hint 3 of 3: `aws ec2 run-instances");
            assertThat(displays(s.execute("%hint"))).startsWith("That was the last hint (3 of 3).");
            assertThat(progress(s).hintsShown(0)).isEqualTo(3);
            assertThat(displays(s.execute("%progress"))).containsPattern(">1 +Launch a t3.micro.* pending +3 +0");
        }
    }

    @Test
    void progressKeepsItsColumnsAlignedWhenATitleIsLong() {
        try (Session s = session()) {
            s.execute("%lesson start first-web-server");
            List<String> lines =
                    displays(s.execute("%progress")).lines().skip(1).toList();
            assertThat(lines).anyMatch(l -> l.contains("Reach it by its public IP from another instance"));
            int status = lines.get(0).indexOf("Status");
            assertThat(lines.subList(1, lines.size()))
                    .allSatisfy(l -> assertThat(l.charAt(status - 1)).isEqualTo(' '))
                    .allSatisfy(l ->
                            assertThat(l.substring(status)).matches("(pending|passed|skipped|solved by the tutor).*"));
        }
    }

    @Test
    void theLessonListKeepsItsColumnsAlignedWhenATitleIsLong() {
        try (Session s = session()) {
            List<String> lines = displays(s.execute("%lessons")).lines().toList();
            int steps = lines.get(0).indexOf("Steps");
            List<String> rows = lines.stream()
                    .filter(l -> l.matches("[a-z][a-z-]+ +.*not started.*"))
                    .toList();
            assertThat(rows).anyMatch(l -> l.startsWith("governance "));
            assertThat(rows).allSatisfy(l -> assertThat(l.substring(steps)).matches(" +[0-9]+ +[0-9]+  not started.*"));
        }
    }

    @Test
    void nextRefusesAnUnpassedStepUnlessForced() {
        try (Session s = session()) {
            s.execute("%lesson start first-instance");
            CellResult refused = s.execute("%next");
            assertThat(refused.succeeded()).isFalse();
            assertThat(progress(s).current()).isZero();
            assertThat(displays(s.execute("%next --force"))).contains("Step 2/4");
            assertThat(progress(s).status(0)).isEqualTo(StepStatus.SKIPPED);
        }
    }

    @Test
    void restartStartsTheLessonAgainOnAFreshAccount() {
        try (Session s = session()) {
            s.execute("%lesson start first-instance");
            s.execute(LAUNCH);
            assertThat(displays(s.execute("%lesson restart"))).contains("Step 1/4");
            assertThat(progress(s).current()).isZero();
            assertThat(s.execute("aws ec2 describe-instances --query 'length(Reservations)'")
                            .stdout())
                    .isEqualTo("0\n");
            assertThat(displays(s.execute("%lesson quit"))).contains("Left lesson first-instance");
            assertThat(s.lessonRun()).isEmpty();
        }
    }

    @Test
    void resetStepUndoesWhatWasDoneSinceTheStepBegan() throws Exception {
        Path save = dir.resolve("reset.json");
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava().withSaveFile(save))) {
            s.execute("%lesson start first-instance");
            s.execute("ID=$(" + LAUNCH + ")");
            String clock = s.now().toString();
            s.execute("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.nano");
            s.execute("aws ec2 create-key-pair --key-name mistake");
            s.execute("%advance 5s");
            CellResult r = s.execute("%lesson reset-step");
            assertThat(displays(r))
                    .startsWith("Step 2 is back as it began: 3 cells after it undone")
                    .contains("Step 2/4: Wait until it runs");
            assertThat(s.execute("aws ec2 describe-instances --query 'length(Reservations)'")
                            .stdout())
                    .isEqualTo("1\n");
            assertThat(s.execute("aws ec2 describe-key-pairs --query 'length(KeyPairs)'")
                            .stdout())
                    .isEqualTo("0\n");
            assertThat(s.now().toString()).isEqualTo(clock);
            assertThat(s.variables().expand("ID")).startsWith("i-");
            assertThat(progress(s).status(0)).isEqualTo(StepStatus.PASSED);
            assertThat(progress(s).current()).isEqualTo(1);
        }
        try (Session resumed =
                Session.start(SessionOptions.scripted(1).withoutJava().withSaveFile(save))) {
            resumed.resume(save);
            assertThat(resumed.lessonPosition()).contains("first-instance 2/4");
            assertThat(resumed.execute("aws ec2 describe-instances --query 'length(Reservations)'")
                            .stdout())
                    .isEqualTo("1\n");
        }
    }

    @Test
    void progressIsPartOfTheSavedSession() throws Exception {
        Path save = dir.resolve("session.json");
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava().withSaveFile(save))) {
            s.execute("%lesson start first-instance");
            s.execute(LAUNCH);
            s.execute("%hint");
            s.execute("%check");
        }
        try (Session resumed =
                Session.start(SessionOptions.scripted(99).withoutJava().withSaveFile(save))) {
            resumed.resume(save);
            LessonProgress p = progress(resumed);
            assertThat(p.status(0)).isEqualTo(StepStatus.PASSED);
            assertThat(p.current()).isEqualTo(1);
            assertThat(p.hintsShown(1)).isEqualTo(1);
            assertThat(p.attempts(1)).isEqualTo(1);
            assertThat(resumed.lessonPosition()).contains("first-instance 2/4");
        }
    }

    @Test
    void aTeachersLessonComesFromAFolderAndItsErrorsNameFileAndLine() throws IOException {
        Path hello = Files.createDirectories(dir.resolve("hello"));
        Files.writeString(hello.resolve("lesson.ftl"), """
                <@lesson id="hello" title="Hello" minutes=5 seed=7>
                <@step id="key" title="Create a key pair">
                Create a key pair named `class`.
                  <@check id="calls" pass=(aws.calls("CreateKeyPair")?filter(c -> c.succeeded())?size > 0)
                      message="No key pair created yet."/>
                </@step>
                </@lesson>
                """);
        Files.writeString(dir.resolve("broken.ftl"), """
                <@lesson id="broken" title="Broken">
                <@step id="one" title="One">
                ${aws.noSuchFact()}
                  <@check pass=true message="x"/>
                </@step>
                </@lesson>
                """);
        Files.writeString(dir.resolve("unparsable.ftl"), "<@lesson id=\"unparsable\" title=\"U\">\n<#if>\n");
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava().withLessonFolders(List.of(dir)))) {
            String list = displays(s.execute("%lessons"));
            assertThat(list)
                    .contains("first-instance")
                    .contains("hello")
                    .contains("Hello")
                    .contains("does not load: " + dir.resolve("broken.ftl") + ":3:");
            assertThat(s.execute("%lesson start hello").succeeded()).isTrue();
            assertThat(displays(s.execute("aws ec2 create-key-pair --key-name class --query KeyName")))
                    .contains("✓ Step 1 passed: Create a key pair")
                    .contains("Lesson hello finished");
            CellResult broken = s.execute("%lesson start broken");
            assertThat(broken.succeeded()).isFalse();
            assertThat(((CellEvent.Failure) broken.events().get(0)).value())
                    .startsWith(dir.resolve("broken.ftl") + ":3: ");
            CellResult unparsable = s.execute("%lesson start unparsable");
            assertThat(((CellEvent.Failure) unparsable.events().get(0)).value())
                    .startsWith(dir.resolve("unparsable.ftl") + ":2: ");
        }
    }
}
