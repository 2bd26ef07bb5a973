package org.ec2tutor.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.sdk.SimulatedAws;

/** A simulated cloud with the {@code aws} command and shell lines on it, as a learner types them. */
final class CliFixture {

    final Cloud cloud;
    final SimulatedAws aws;
    final SimulatedAwsEnvironment env;
    final AwsCli cli;
    final AwsShell shell;

    CliFixture(long seed, Path workingDirectory) {
        cloud = Cloud.create(seed);
        aws = SimulatedAws.on(cloud);
        env = new SimulatedAwsEnvironment(aws, workingDirectory);
        cli = new AwsCli(env);
        shell = new AwsShell(cli, new ShellVariables());
    }

    CliFixture(long seed) {
        this(seed, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Runs a line (or several) as the session would: aws commands, assignments, echo. */
    CliResult run(String line) {
        return shell.run(line);
    }

    /** Runs a line that must succeed and returns its standard output. */
    String ok(String line) {
        CliResult r = run(line);
        if (!r.succeeded()) {
            throw new AssertionError("failed (" + r.exitCode() + "): " + line + "\n" + r.stderr());
        }
        return r.stdout();
    }

    String var(String name) {
        return shell.variables().expand(name);
    }

    void advance(Duration d) {
        cloud.advance(d);
    }

    /** Launches a t3.micro from the latest Amazon Linux and keeps its id in $ID. */
    String launch() {
        ok("ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/"
                + "al2023-ami-kernel-default-x86_64 --instance-type t3.micro --query 'Instances[0].InstanceId' "
                + "--output text)");
        return var("ID");
    }
}
