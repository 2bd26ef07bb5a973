package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resuming restores what the learner had, even when the files their cells read changed or disappeared since: each
 * cell's reads are in the journal and a replay is served them, never the disk.
 */
class ResumeFromRecordedReadsTest {

    private static final String LAUNCH = "ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e "
            + "--instance-type t3.micro --user-data file://setup.sh --query 'Instances[0].InstanceId' --output text)";
    private static final String USER_DATA =
            "aws ec2 describe-instance-attribute --instance-id $ID --attribute userData "
                    + "--query UserData.Value --output text";
    private static final String ACCOUNT = "aws ec2 describe-instances --query "
            + "'Reservations[].Instances[].[InstanceId,State.Name,PrivateIpAddress]' --output text";

    private static Session session(Path dir, Path save) {
        return Session.start(SessionOptions.scripted(5)
                .withoutJava()
                .withWorkingDirectory(dir)
                .withSaveFile(save));
    }

    private static String decoded(String base64) {
        return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
    }

    private record Seen(String account, String userData, String clock) {}

    private static Seen seen(Session s) {
        return new Seen(
                s.execute(ACCOUNT).stdout(),
                decoded(s.execute(USER_DATA).stdout()),
                s.now().toString());
    }

    @Test
    void aFileThatChangedOrDisappearedGivesTheSameAccountOnResume(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("sessions/s.json");
        Files.writeString(dir.resolve("setup.sh"), "#!/bin/bash\necho first\n");
        Seen before;
        try (Session s = session(dir, save)) {
            assertThat(s.execute(LAUNCH).succeeded()).isTrue();
            s.execute("%advance 1m");
            s.execute("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.nano");
            before = seen(s);
        }
        String saved = Files.readString(save);
        assertThat(before.userData()).isEqualTo("#!/bin/bash\necho first\n");

        Files.writeString(dir.resolve("setup.sh"), "#!/bin/bash\necho changed since\n");
        try (Session r = session(dir, save)) {
            String said = r.resume(save);
            assertThat(said).startsWith("Resumed 5 cells").doesNotContain("differently");
            // The save written after the replay is the one that was resumed, byte for byte.
            assertThat(Files.readString(save)).isEqualTo(saved);
            assertThat(seen(r)).isEqualTo(before);
        }

        Files.delete(dir.resolve("setup.sh"));
        Files.writeString(save, saved);
        try (Session r = session(dir, save)) {
            assertThat(r.resume(save)).doesNotContain("differently");
            // Same ids, states, addresses and user data: the replay read the recorded bytes, byte for byte.
            assertThat(seen(r)).isEqualTo(before);
        }
    }

    @Test
    void aFileThatAppearedSinceDoesNotMakeAFailedCellSucceed(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("s.json");
        try (Session s = session(dir, save)) {
            CellResult missing = s.execute(LAUNCH);
            assertThat(missing.succeeded()).isFalse();
            assertThat(missing.asText()).contains("No such file or directory: 'setup.sh'");
            s.execute("aws ec2 create-key-pair --key-name later --query KeyName --output text");
        }
        Files.writeString(dir.resolve("setup.sh"), "#!/bin/bash\n");
        try (Session r = session(dir, save)) {
            assertThat(r.resume(save)).startsWith("Resumed 2 cells").doesNotContain("differently");
            assertThat(r.execute("aws ec2 describe-instances --query 'length(Reservations)'")
                            .stdout())
                    .isEqualTo("0\n");
            assertThat(r.execute("aws ec2 describe-key-pairs --query 'KeyPairs[].KeyName' --output text")
                            .stdout())
                    .isEqualTo("later\n");
        }
    }

    @Test
    void aFileWrittenAtThePromptStaysInTheSessionAndComesBackOnResume(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("s.json");
        String first;
        try (Session s = session(dir, save)) {
            CellResult wrote = s.execute("echo '#!/bin/bash' > setup.sh\necho 'dnf install -y httpd' >> setup.sh");
            assertThat(wrote.succeeded()).isTrue();
            assertThat(wrote.stdout()).contains("setup.sh is kept in this session, not on your disk");
            assertThat(s.execute("cat setup.sh").stdout()).isEqualTo("#!/bin/bash\ndnf install -y httpd\n");
            assertThat(s.execute("ls").stdout()).isEqualTo("s.json\nsetup.sh\n");
            assertThat(s.execute(LAUNCH).succeeded()).isTrue();
            first = decoded(s.execute(USER_DATA).stdout());
        }
        assertThat(first).isEqualTo("#!/bin/bash\ndnf install -y httpd\n");
        assertThat(dir.resolve("setup.sh")).doesNotExist();
        try (Session r = session(dir, save)) {
            assertThat(r.resume(save)).doesNotContain("differently");
            assertThat(decoded(r.execute(USER_DATA).stdout())).isEqualTo(first);
            assertThat(r.execute("cat setup.sh").stdout()).isEqualTo(first);
        }
    }

    @Test
    void aSaveOfTheFirstFormatStillResumesByReadingTheDisk(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("old.json");
        Files.writeString(dir.resolve("setup.sh"), "#!/bin/bash\n");
        Files.writeString(
                save,
                "{\"version\":1,\"seed\":5,\"profile\":\"default\",\"region\":\"us-east-1\",\"cells\":["
                        + "{\"at\":\"2026-01-01T00:00:00Z\",\"code\":\"" + LAUNCH.replace("'", "'") + "\","
                        + "\"stopped\":false,\"failed\":false}]}");
        try (Session r = session(dir, save)) {
            assertThat(r.resume(save)).startsWith("Resumed 1 cells").doesNotContain("differently");
            assertThat(decoded(r.execute(USER_DATA).stdout())).isEqualTo("#!/bin/bash\n");
        }
    }

    @Test
    void aFileReadByLearnerJavaThatChangedIsNamedOnResume(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("s.json");
        Path script = dir.resolve("setup.sh").toAbsolutePath();
        Files.writeString(script, "#!/bin/bash\necho first\n");
        String javaLaunch = "String userData = Base64.getEncoder().encodeToString(Files.readString(Path.of(\""
                + script + "\")).getBytes()); String id = ec2.runInstances(b -> b.imageId(\"ami-0fa3fe0fa7920f68e\")"
                + ".instanceType(\"t3.micro\").minCount(1).maxCount(1).userData(userData)).instances().get(0)"
                + ".instanceId();";
        SessionOptions withJava =
                SessionOptions.scripted(5).withWorkingDirectory(dir).withSaveFile(save);
        try (Session s = Session.start(withJava)) {
            assertThat(s.execute("import java.nio.file.*; import java.util.Base64;")
                            .succeeded())
                    .isTrue();
            CellResult launched = s.execute(javaLaunch);
            assertThat(launched.succeeded()).as(launched.asText()).isTrue();
            assertThat(s.execute("boolean later = Files.exists(Path.of(\"" + dir.resolve("later.txt") + "\"));")
                            .succeeded())
                    .isTrue();
        }
        // The save holds what the Java cells named: the script's text, and that later.txt did not exist.
        assertThat(Files.readString(save)).contains("\"path\" : \"setup.sh\"").contains("echo first");

        // Unchanged files: nothing to say.
        try (Session r = Session.start(withJava)) {
            assertThat(r.resume(save)).doesNotContain("differently");
        }
        Files.writeString(script, "#!/bin/bash\necho changed since\n");
        Files.writeString(dir.resolve("later.txt"), "now here\n");
        try (Session r = Session.start(withJava)) {
            String said = r.resume(save);
            assertThat(said)
                    .contains("2 of them went differently than when first run, or read a file that changed since")
                    .contains("(its Java read setup.sh changed since; Java reads your disk, so the replay used the "
                            + "file as it is now)")
                    .contains("(its Java read later.txt exists now (it was missing);");
        }
    }
}
