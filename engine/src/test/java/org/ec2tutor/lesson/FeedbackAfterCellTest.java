package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ec2tutor.session.CellEvent;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a cell that changed the account while the step still fails, one line says what the step still needs. */
class FeedbackAfterCellTest {

    private static final String WRONG_TYPE = "aws ec2 run-instances --image-id "
            + "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type "
            + "t3.nano --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]' "
            + "--query 'Instances[0].InstanceId' --output text";

    private static String shown(CellResult r) {
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

    @Test
    void aWrongAttemptIsAnsweredWithTheFirstFailingCheckInOneLine() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            s.execute("%lesson start first-instance");
            CellResult wrong = s.execute(WRONG_TYPE);
            assertThat(shown(wrong).lines().filter(l -> l.startsWith("→")))
                    .containsExactly("→ Step 1 not yet: Expected instance type t3.micro; first-instance is t3.nano."
                            + "  (%check shows every check; %hints off stops these lines)");
            // Reading the account changes nothing: no line.
            assertThat(shown(s.execute("aws ec2 describe-instances --query 'length(Reservations)'")))
                    .doesNotContain("→");
            // A refused call changed nothing either.
            assertThat(shown(s.execute("aws ec2 terminate-instances --instance-ids i-0123456789abcdef0")))
                    .doesNotContain("→");
        }
    }

    @Test
    void hintsOffSilencesTheLineAndOnBringsItBack() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            s.execute("%lesson start first-instance");
            assertThat(shown(s.execute("%hints off"))).startsWith("Hints are off");
            assertThat(shown(s.execute(WRONG_TYPE))).doesNotContain("→");
            assertThat(shown(s.execute("%hints"))).startsWith("Hints are off");
            s.execute("%hints on");
            assertThat(shown(s.execute("aws ec2 create-key-pair --key-name k --query KeyName --output text")))
                    .contains("→ Step 1 not yet:");
        }
    }

    @Test
    void hintsOffIsKeptWithTheSessionAcrossAResumeAndAStepRewind(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("s.json");
        SessionOptions options = SessionOptions.scripted(1).withoutJava().withSaveFile(save);
        try (Session s = Session.start(options)) {
            s.execute("%lesson start first-instance");
            s.execute("%hints off");
        }
        try (Session r = Session.start(options)) {
            r.resume(save);
            assertThat(shown(r.execute("%hints"))).startsWith("Hints are off");
            assertThat(shown(r.execute(WRONG_TYPE))).doesNotContain("→");
            // Going back to the step's start replays its cells; the setting is the learner's, not a cell's.
            r.execute("%lesson reset-step");
            assertThat(shown(r.execute(WRONG_TYPE))).doesNotContain("→");
            r.execute("%hints on");
        }
        try (Session r = Session.start(options)) {
            r.resume(save);
            assertThat(shown(r.execute("aws ec2 create-key-pair --key-name k --query KeyName --output text")))
                    .contains("→ Step 1 not yet:");
        }
    }

    @Test
    void noLineWithoutALessonOrOnceTheStepPasses() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            assertThat(shown(s.execute(WRONG_TYPE))).doesNotContain("→");
            s.execute("%lesson start first-instance");
            CellResult right = s.execute(WRONG_TYPE.replace("t3.nano", "t3.micro"));
            // The wrong-type instance from before the lesson is gone (a lesson starts on a fresh account).
            assertThat(shown(right)).contains("✓ Step 1 passed").doesNotContain("→");
        }
    }
}
