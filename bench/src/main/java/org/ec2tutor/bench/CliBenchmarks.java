package org.ec2tutor.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ec2tutor.cli.AwsCli;
import org.ec2tutor.cli.CliResult;
import org.ec2tutor.cli.SimulatedAwsEnvironment;
import org.ec2tutor.sdk.SimulatedAws;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code aws} line's in-process cost (issue 3): parse + execute + render of {@code aws ec2 describe-instances}
 * over 100 instances with {@code --query}, target median ≤ 1 ms.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.SampleTime)
@State(Scope.Benchmark)
public class CliBenchmarks {

    private static final List<String> QUERY = List.of(
            "ec2",
            "describe-instances",
            "--query",
            "Reservations[].Instances[].[InstanceId,State.Name,PrivateIpAddress]",
            "--output",
            "text");
    private static final List<String> JSON = List.of(
            "ec2",
            "describe-instances",
            "--filters",
            "Name=instance-state-name,Values=running",
            "--query",
            "Reservations[].Instances[].InstanceId");

    private AwsCli cli;

    @Setup(Level.Trial)
    public void launch() {
        SimulatedAws aws = SimulatedAws.create(1);
        aws.ec2()
                .runInstances(b -> b.imageId("ami-0fa3fe0fa7920f68e")
                        .instanceType("t3.micro")
                        .minCount(100)
                        .maxCount(100));
        aws.advance(Duration.ofMinutes(1));
        cli = new AwsCli(new SimulatedAwsEnvironment(aws, Path.of(".")));
    }

    @Benchmark
    public CliResult describeInstancesOver100WithQueryAsText() {
        return cli.run(QUERY);
    }

    @Benchmark
    public CliResult describeInstancesOver100WithFilterQueryAsJson() {
        return cli.run(JSON);
    }
}
