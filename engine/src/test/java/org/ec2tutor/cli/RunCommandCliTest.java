package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.SsmException;

/** Run Command as AWS documentation shows it: aws ssm send-command, get-command-invocation, list-command-invocations. */
class RunCommandCliTest {

    private final Path dir;
    private final CliFixture f;

    RunCommandCliTest() throws IOException {
        dir = Files.createTempDirectory("run-command");
        Files.writeString(dir.resolve("web.sh"), "#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx\n");
        f = new CliFixture(41, dir);
    }

    private String launchWebServer() {
        // The CLI base64-encodes --user-data itself: give it the plain script (file://), as AWS's docs do.
        f.ok("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro --user-data "
                + "file://web.sh --query 'Instances[0].InstanceId' --output text)");
        f.ok("aws ec2 wait instance-status-ok --instance-ids $ID");
        return f.var("ID");
    }

    @Test
    void aCommandRunsInTheInstanceAndItsOutputCanBeRead() {
        launchWebServer();
        f.ok("CMD=$(aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
                + "--parameters 'commands=[\"systemctl is-active nginx\",\"curl -s localhost\"]' "
                + "--comment 'is nginx up?' --query Command.CommandId --output text)");
        assertThat(f.var("CMD")).matches("[0-9a-f-]{36}");
        assertThat(f.ok("aws ssm get-command-invocation --command-id $CMD --instance-id $ID --query Status "
                        + "--output text"))
                .isEqualTo("InProgress\n");
        f.advance(Duration.ofSeconds(5));
        String out = f.ok("aws ssm get-command-invocation --command-id $CMD --instance-id $ID "
                + "--query '[Status,ResponseCode,StandardOutputContent]' --output json");
        assertThat(out).contains("\"Success\"").contains("0").contains("active").contains("Welcome to nginx!");
        assertThat(f.ok("aws ssm list-command-invocations --command-id $CMD --details "
                        + "--query 'CommandInvocations[0].CommandPlugins[0].Name' --output text"))
                .isEqualTo("aws:runShellScript\n");
    }

    @Test
    void aFailingScriptIsFailedWithItsExitCode() {
        launchWebServer();
        f.ok("CMD=$(aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
                + "--parameters commands=frobnicate --query Command.CommandId --output text)");
        f.advance(Duration.ofSeconds(5));
        assertThat(f.ok("aws ssm get-command-invocation --command-id $CMD --instance-id $ID "
                        + "--query '[Status,ResponseCode,StandardErrorContent]' --output text"))
                .isEqualTo("Failed\t127\tbash: frobnicate: command not found\n\n");
    }

    @Test
    void theWaiterReturnsOnceTheCommandHasSucceeded() {
        launchWebServer();
        f.ok("CMD=$(aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
                + "--parameters commands=hostname --query Command.CommandId --output text)");
        // Polls every 5 seconds on the virtual clock: no advance by hand, the waiter's delay moves time.
        assertThat(f.ok("aws ssm wait command-executed --command-id $CMD --instance-id $ID"))
                .isEmpty();
        assertThat(f.ok("aws ssm get-command-invocation --command-id $CMD --instance-id $ID --query Status "
                        + "--output text"))
                .isEqualTo("Success\n");
    }

    @Test
    void theWaiterFailsAsTheCliDoesWhenTheCommandFails() {
        launchWebServer();
        f.ok("CMD=$(aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
                + "--parameters commands=frobnicate --query Command.CommandId --output text)");
        CliResult r = f.run("aws ssm wait command-executed --command-id $CMD --instance-id $ID");
        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.stderr())
                .isEqualTo("\nWaiter CommandExecuted failed: Waiter encountered a terminal failure state: For "
                        + "expression \"Status\" we matched expected path: \"Failed\"\n");
        assertThat(f.run("aws ssm wait command-exectued").stderr())
                .contains("maybe you meant:\n\n  * command-executed");
    }

    @Test
    void separatorsAndCommentMarksInsideQuotesAreText() throws IOException {
        launchWebServer();
        // The parameters as a file, so the shell quotes reach the instance as written (no layer of escaping).
        Files.writeString(dir.resolve("quoted.json"), """
                {"commands": ["echo \\"a;b\\" 'c && d' # a comment", "echo \\"#1 && #2\\" > /root/x; cat /root/x"]}
                """);
        f.ok("CMD=$(aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
                + "--parameters file://quoted.json --query Command.CommandId --output text)");
        f.advance(Duration.ofSeconds(5));
        assertThat(f.ok("aws ssm get-command-invocation --command-id $CMD --instance-id $ID "
                        + "--query '[Status,StandardOutputContent]' --output text"))
                .isEqualTo("Success\ta;b c && d\n#1 && #2\n\n");
    }

    @Test
    void anUnterminatedQuoteFailsAfterTheCommandsBeforeIt() throws IOException {
        launchWebServer();
        Files.writeString(dir.resolve("unterminated.json"), """
                {"commands": ["echo before", "echo \\"never"]}
                """);
        f.ok("CMD=$(aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
                + "--parameters file://unterminated.json --query Command.CommandId --output text)");
        f.advance(Duration.ofSeconds(5));
        assertThat(f.ok("aws ssm get-command-invocation --command-id $CMD --instance-id $ID "
                        + "--query '[Status,ResponseCode,StandardOutputContent]' --output text"))
                .isEqualTo("Failed\t2\tbefore\nbash: line 2: unexpected EOF while looking for matching `\"'\n\n");
    }

    @Test
    void aStoppedInstanceDoesNotAcceptCommands() {
        String id = launchWebServer();
        f.ok("aws ec2 stop-instances --instance-ids $ID");
        f.ok("aws ec2 wait instance-stopped --instance-ids $ID");
        CliResult r = f.run("aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
                + "--parameters commands=uptime");
        assertThat(r.exitCode()).isEqualTo(254);
        assertThat(r.stderr())
                .isEqualTo("\nAn error occurred (InvalidInstanceId) when calling the SendCommand "
                        + "operation: Instances [[" + id + "]] not in a valid state for account 111122223333\n");
    }

    @Test
    void onlyTheShellScriptDocumentIsSimulated() {
        launchWebServer();
        CliResult r = f.run("aws ssm send-command --document-name AWS-RunPowerShellScript --instance-ids $ID "
                + "--parameters commands=dir");
        assertThat(r.stderr()).contains("(InvalidDocument)");
        assertThat(f.run("aws ssm describe-instance-information").stderr()).contains("(OperationNotSimulated)");
        assertThat(f.run("aws ssm send-command --instance-ids $ID").stderr())
                .contains("the following arguments are required: --document-name");
    }

    @Test
    void userDataGivenAsBase64IsEncodedAgainAsTheRealCliDoes() {
        f.ok("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                + "--user-data IyEvYmluL2Jhc2gK --query 'Instances[0].InstanceId' --output text)");
        f.ok("aws ec2 wait instance-running --instance-ids $ID");
        f.advance(Duration.ofMinutes(1));
        assertThat(f.ok("aws ec2 get-console-output --instance-id $ID --query Output --output text"))
                .contains("bash: IyEvYmluL2Jhc2gK: command not found");
    }

    @Test
    void instanceStoreDataIsGoneAfterStopAndStartThroughAwsLinesOnly() throws IOException {
        Files.writeString(dir.resolve("cache.sh"), "echo warm > /media/ephemeral0/cache.txt\n");
        f.ok("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type i3.large "
                + "--user-data file://cache.sh --query 'Instances[0].InstanceId' --output text)");
        f.ok("aws ec2 wait instance-running --instance-ids $ID");
        f.advance(Duration.ofMinutes(1));
        String read = "aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
                + "--parameters commands='cat /media/ephemeral0/cache.txt' --query Command.CommandId --output text";
        f.ok("CMD=$(" + read + ")");
        f.advance(Duration.ofSeconds(5));
        assertThat(f.ok("aws ssm get-command-invocation --command-id $CMD --instance-id $ID "
                        + "--query StandardOutputContent --output text"))
                .isEqualTo("warm\n\n");
        f.ok("aws ec2 stop-instances --instance-ids $ID");
        f.ok("aws ec2 wait instance-stopped --instance-ids $ID");
        f.ok("aws ec2 start-instances --instance-ids $ID");
        f.ok("aws ec2 wait instance-running --instance-ids $ID");
        f.ok("CMD=$(" + read + ")");
        f.advance(Duration.ofSeconds(5));
        assertThat(f.ok("aws ssm get-command-invocation --command-id $CMD --instance-id $ID "
                        + "--query '[Status,StandardOutputContent]' --output text"))
                .startsWith("Failed\tcat: /media/ephemeral0/cache.txt: No such file or directory");
    }

    @Test
    void theSdkClientWorksToo() {
        String id = launchWebServer();
        var ssm = f.aws.ssm("default", "us-east-1");
        String cmd = ssm.sendCommand(b -> b.documentName("AWS-RunShellScript")
                        .instanceIds(id)
                        .parameters(Map.of("commands", List.of("hostname"))))
                .command()
                .commandId();
        f.advance(Duration.ofSeconds(3));
        var inv = ssm.getCommandInvocation(b -> b.commandId(cmd).instanceId(id));
        assertThat(inv.statusAsString()).isEqualTo("Success");
        assertThat(inv.standardOutputContent()).startsWith("ip-172-31-");
        try {
            ssm.getCommandInvocation(b -> b.commandId(cmd).instanceId("i-0123456789abcdef0"));
            throw new AssertionError("no error");
        } catch (SsmException e) {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvocationDoesNotExist");
        }
    }
}
