package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ssh accepts the private key formats a learner meets: EC2's own key pairs (RSA as {@code BEGIN RSA PRIVATE KEY},
 * ED25519 as {@code BEGIN OPENSSH PRIVATE KEY}), and keys made with ssh-keygen and imported (PKCS#1 from
 * {@code -m PEM}, PKCS#8, OpenSSH's own format). A key whose public half the instance does not have is denied.
 */
class SshKeyFormatsTest {

    private static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

    private static final String LAUNCH = """
        SG=$(aws ec2 create-security-group --group-name ssh --description ssh --query GroupId --output text)
        aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr 203.0.113.25/32
        ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro --key-name mine \\
          --security-group-ids $SG --query 'Instances[0].InstanceId' --output text)
        %advance 2m
        IP=$(aws ec2 describe-instances --instance-ids $ID \\
          --query 'Reservations[0].Instances[0].PublicIpAddress' --output text)
        """;

    private static Session session(Path dir, String keyPairSetup) {
        Session s = Session.start(SessionOptions.scripted(12).withoutJava().withWorkingDirectory(dir));
        CellResult setup = s.execute(keyPairSetup + "chmod 400 mine.pem\n" + LAUNCH);
        assertThat(setup.succeeded()).as(setup.asText()).isTrue();
        return s;
    }

    /**
     * A key pair made by OpenSSH's own ssh-keygen, as a learner makes one: {@code to} gets the private half,
     * {@code to.pub} the public half. Made per test, so no private key lives in the repository.
     */
    private static void keygen(String name, Path to) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(SSH_KEYGEN), "ssh-keygen (Debian's openssh-client) is not installed");
        List<String> command = new ArrayList<>(List.of(SSH_KEYGEN.toString(), "-q", "-N", "", "-C", "test", "-f"));
        command.add(to.toString());
        command.addAll(
                switch (name) {
                    case "rsa-pem" -> List.of("-t", "rsa", "-b", "2048", "-m", "PEM");
                    case "rsa-pkcs8" -> List.of("-t", "rsa", "-b", "2048", "-m", "PKCS8");
                    default -> List.of("-t", "ed25519");
                });
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa", "ed25519"})
    void anEc2KeyPairOfEitherTypeLogsIn(String type, @TempDir Path dir) {
        Session s = session(
                dir,
                "aws ec2 create-key-pair --key-name mine --key-type " + type
                        + " --query KeyMaterial --output text > mine.pem\n");
        assertThat(s.execute("cat mine.pem").stdout())
                .startsWith(
                        type.equals("rsa")
                                ? "-----BEGIN RSA PRIVATE KEY-----\n"
                                : "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        CellResult r = s.execute("ssh -i mine.pem ec2-user@$IP whoami");
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(r.stdout()).isEqualTo("ec2-user\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-pem", "rsa-pkcs8", "ed25519"})
    void anImportedSshKeygenKeyLogsInAndAnotherIsDenied(String name, @TempDir Path dir)
            throws IOException, InterruptedException {
        keygen(name, dir.resolve("mine.pem"));
        Files.move(dir.resolve("mine.pem.pub"), dir.resolve("mine.pub"));
        keygen(name.equals("rsa-pem") ? "rsa-pkcs8" : "rsa-pem", dir.resolve("other.pem"));
        Session s = session(dir, "aws ec2 import-key-pair --key-name mine --public-key-material fileb://mine.pub\n");
        CellResult r = s.execute("ssh -i mine.pem ec2-user@$IP whoami");
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(r.stdout()).isEqualTo("ec2-user\n");

        s.execute("chmod 400 other.pem");
        CellResult denied = s.execute("ssh -i other.pem ec2-user@$IP whoami");
        assertThat(denied.succeeded()).isFalse();
        assertThat(denied.asText()).contains("Permission denied (publickey).");
    }
}
