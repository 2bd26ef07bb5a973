package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ssh and curl from the learner's computer, typed at the session's prompt as tutorials write them: the key saved with
 * {@code > key.pem} and {@code chmod 400}, the security group's port 22 rule for the learner's address
 * (203.0.113.25), and OpenSSH's own words when something is missing.
 */
class SshSessionTest {

    private static final String SETUP = """
            aws ec2 create-key-pair --key-name web-key --query KeyMaterial --output text > web-key.pem
            chmod 400 web-key.pem
            SG=$(aws ec2 create-security-group --group-name web-sg --description web --query GroupId --output text)
            aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr 203.0.113.25/32
            aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 80 --cidr 0.0.0.0/0
            ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro --key-name web-key \\
              --security-group-ids $SG --query 'Instances[0].InstanceId' --output text)
            %advance 2m
            IP=$(aws ec2 describe-instances --instance-ids $ID \\
              --query 'Reservations[0].Instances[0].PublicIpAddress' --output text)
            """;

    private static Session session(Path dir) {
        Session s = Session.start(SessionOptions.scripted(11).withoutJava().withWorkingDirectory(dir));
        CellResult setup = s.execute(SETUP);
        assertThat(setup.succeeded()).as(setup.asText()).isTrue();
        return s;
    }

    private static String ip(Session s) {
        return s.variables().get("IP").orElseThrow();
    }

    @Test
    void sshOpensTheInstancesShellAndExitReturnsToTheSession(@TempDir Path dir) {
        Session s = session(dir);
        CellResult login = s.execute("ssh -i web-key.pem ec2-user@$IP");
        assertThat(login.succeeded()).as(login.asText()).isTrue();
        assertThat(login.stdout()).contains("Amazon Linux 2023");
        assertThat(login.asText()).contains("Permanently added '" + ip(s) + "'");
        assertThat(s.guestPrompt()).get().asString().matches("\\[ec2-user@ip-172-31-\\d+-\\d+ ~\\]\\$ ");

        assertThat(s.execute("whoami").stdout()).isEqualTo("ec2-user\n");
        assertThat(s.execute("uptime").stdout()).contains(" up ");
        CellResult noSudo = s.execute("dnf install -y nginx");
        assertThat(noSudo.succeeded()).isFalse();
        assertThat(noSudo.asText()).contains("This command has to be run with superuser privileges");
        assertThat(s.execute("sudo dnf install -y nginx\nsudo systemctl enable --now nginx")
                        .succeeded())
                .isTrue();

        CellResult exit = s.execute("exit");
        assertThat(exit.succeeded()).isTrue();
        assertThat(exit.asText()).contains("logout").contains("Connection to " + ip(s) + " closed.");
        assertThat(s.guestPrompt()).isEmpty();

        CellResult page = s.execute("curl -s http://$IP/");
        assertThat(page.succeeded()).as(page.asText()).isTrue();
        assertThat(page.stdout()).contains("Welcome to nginx!");
        assertThat(s.execute("aws ec2 describe-instances --instance-ids $ID --query "
                                + "'Reservations[0].Instances[0].State.Name' --output text")
                        .stdout())
                .as("aws lines run at the session's prompt again")
                .isEqualTo("running\n");
    }

    @Test
    void linesAfterSshInTheSameCellRunInTheGuestUntilExit(@TempDir Path dir) {
        Session s = session(dir);
        CellResult r = s.execute("ssh -i web-key.pem ec2-user@$IP\nhostname\nexit\necho back");
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(r.stdout()).containsPattern("ip-172-31-\\d+-\\d+\n").endsWith("back\n");
        assertThat(s.guestPrompt()).isEmpty();
    }

    @Test
    void sshWithACommandRunsItAndComesBack(@TempDir Path dir) {
        Session s = session(dir);
        CellResult r = s.execute("ssh -i web-key.pem ec2-user@$IP cat /etc/os-release");
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(r.stdout()).contains("Amazon Linux").doesNotContain("amazon-linux-2023\n");
        assertThat(s.guestPrompt()).isEmpty();
    }

    @Test
    void aKeyOthersCanReadIsIgnored(@TempDir Path dir) {
        Session s = session(dir);
        s.execute("chmod 644 web-key.pem");
        CellResult r = s.execute("ssh -i web-key.pem ec2-user@$IP");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.asText())
                .contains("WARNING: UNPROTECTED PRIVATE KEY FILE!")
                .contains("Permissions 0644 for 'web-key.pem' are too open.")
                .contains("ec2-user@" + ip(s) + ": Permission denied (publickey).");
        assertThat(s.guestPrompt()).isEmpty();
    }

    @Test
    void anotherKeyPairsKeyIsDenied(@TempDir Path dir) {
        Session s = session(dir);
        s.execute("aws ec2 create-key-pair --key-name other --query KeyMaterial --output text > other.pem\n"
                + "chmod 400 other.pem");
        CellResult r = s.execute("ssh -i other.pem ec2-user@$IP");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.asText()).isEqualTo("ec2-user@" + ip(s) + ": Permission denied (publickey).\n");
    }

    @Test
    void theWrongUserOrNoKeyIsDenied(@TempDir Path dir) {
        Session s = session(dir);
        assertThat(s.execute("ssh -i web-key.pem ubuntu@$IP").asText())
                .isEqualTo("ubuntu@" + ip(s) + ": Permission denied (publickey).\n");
        assertThat(s.execute("ssh ec2-user@$IP").asText())
                .isEqualTo("ec2-user@" + ip(s) + ": Permission denied (publickey).\n");
        assertThat(s.execute("ssh -i missing.pem ec2-user@$IP").asText())
                .startsWith("Warning: Identity file missing.pem not accessible: No such file or directory.\n");
        assertThat(s.execute("ssh -i web-key.pem root@$IP").asText())
                .contains("Please login as the user \"ec2-user\" rather than the user \"root\".");
        assertThat(s.guestPrompt()).isEmpty();
    }

    @Test
    void withoutPort22FromTheLearnersAddressSshTimesOut(@TempDir Path dir) {
        Session s = session(dir);
        s.execute("aws ec2 revoke-security-group-ingress --group-id $SG --protocol tcp --port 22 "
                + "--cidr 203.0.113.25/32");
        var before = s.now();
        CellResult r = s.execute("ssh -i web-key.pem ec2-user@$IP");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.asText()).isEqualTo("ssh: connect to host " + ip(s) + " port 22: Connection timed out\n");
        assertThat(s.now()).as("ssh waited for the TCP timeout").isAfter(before.plusSeconds(120));
        assertThat(s.execute("ssh -i web-key.pem ec2-user@172.31.0.9").asText())
                .as("a private address is not reachable from the internet")
                .contains("Connection timed out");
        assertThat(s.execute("ssh -i web-key.pem ec2-user@no-such-host").asText())
                .isEqualTo("ssh: Could not resolve hostname no-such-host: Name or service not known\n");
    }

    @Test
    void aStoppedInstanceClosesTheConnection(@TempDir Path dir) {
        Session s = session(dir);
        s.execute("ssh -i web-key.pem ec2-user@$IP");
        s.execute("%account default"); // a command still runs while connected
        assertThat(s.guestPrompt()).isPresent();
        // The instance is stopped from another terminal: the learner's Java client.
        s.ec2().stopInstances(b -> b.instanceIds(s.variables().get("ID").orElseThrow()));
        CellResult r = s.execute("hostname");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.asText()).contains("Connection to " + ip(s) + " closed by remote host.");
        assertThat(s.guestPrompt()).isEmpty();
    }

    @Test
    void percentSshFindsTheAddressKeyAndUser(@TempDir Path dir) {
        Session s = session(dir);
        String id = s.variables().get("ID").orElseThrow();
        CellResult one = s.execute("%ssh " + id + " whoami");
        assertThat(one.succeeded()).as(one.asText()).isTrue();
        assertThat(one.asText()).contains("$ ssh -i web-key.pem ec2-user@" + ip(s) + " whoami");
        assertThat(one.stdout()).isEqualTo("ec2-user\n");
        assertThat(s.execute("%ssh " + id).succeeded()).isTrue();
        assertThat(s.guestPrompt()).isPresent();
        assertThat(s.execute("exit").succeeded()).isTrue();
        assertThat(s.execute("%ssh i-0123456789abcdef0").asText()).contains("No instance i-0123456789abcdef0");
    }

    @Test
    void curlFromTheLearnersComputerObeysTheSecurityGroup(@TempDir Path dir) {
        Session s = session(dir);
        CellResult refused = s.execute("curl http://$IP/");
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.asText())
                .as("port 80 is open but nothing listens yet")
                .contains("curl: (7) Failed to connect to " + ip(s) + " port 80");
        CellResult closed = s.execute("curl --connect-timeout 5 http://$IP:8080/");
        assertThat(closed.asText()).contains("curl: (28)");
    }

    @Test
    void chmodChecksTheFileAndTheMode(@TempDir Path dir) {
        Session s = session(dir);
        assertThat(s.execute("chmod 400 nothing.pem").asText())
                .isEqualTo("chmod: cannot access 'nothing.pem': No such file or directory\n");
        assertThat(s.execute("chmod abc web-key.pem").asText()).startsWith("chmod: invalid mode: 'abc'");
        assertThat(s.execute("chmod go-rwx web-key.pem").succeeded()).isTrue();
        assertThat(s.execute("cat web-key.pem").stdout()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    }

    @Test
    void aSavedSessionInsideSshIsInsideAfterLoading(@TempDir Path dir) {
        Session s = session(dir);
        s.execute("ssh -i web-key.pem ec2-user@$IP\nsudo dnf install -y nginx");
        s.execute("%save saved.json");
        CellResult loaded = s.execute("%load saved.json");
        assertThat(loaded.succeeded()).as(loaded.asText()).isTrue();
        assertThat(s.guestPrompt()).isPresent();
        assertThat(s.execute("systemctl status nginx").asText()).contains("nginx.service");
    }
}
