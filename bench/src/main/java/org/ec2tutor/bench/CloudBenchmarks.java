package org.ec2tutor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * The cloud core's targets (issue 2): DescribeInstances with a tag filter over 10,000 instances (median ≤ 20 ms) and
 * 10,000 instances through run → running → stop → start → terminate (≤ 1 s). Sample-time mode reports the median
 * (p0.50) directly.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CloudBenchmarks {

    private static final String AL2023 = "ami-0fa3fe0fa7920f68e";

    /** A default subnet (/20) holds 4,091 instances, so 10,000 need three Availability Zones, as in AWS. */
    private static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c");

    private static List<String> launchAcrossZones(Ec2Client ec2, int count) {
        List<String> ids = new ArrayList<>(count);
        int perZone = (count + ZONES.size() - 1) / ZONES.size();
        for (String zone : ZONES) {
            int n = Math.min(perZone, count - ids.size());
            for (Instance i : ec2.runInstances(b -> b.imageId(AL2023)
                            .instanceType("t3.nano")
                            .minCount(n)
                            .maxCount(n)
                            .placement(p -> p.availabilityZone(zone)))
                    .instances()) {
                ids.add(i.instanceId());
            }
        }
        return ids;
    }

    /** 10,000 running instances, 100 of them tagged Team=blue. */
    @State(Scope.Benchmark)
    public static class TenThousandInstances {
        Ec2Client ec2;

        @Setup(Level.Trial)
        public void launch() {
            SimulatedAws aws = SimulatedAws.create(1);
            ec2 = aws.ec2();
            launchAcrossZones(ec2, 9_900);
            ec2.runInstances(b -> b.imageId(AL2023)
                    .instanceType("t3.nano")
                    .minCount(100)
                    .maxCount(100)
                    .placement(p -> p.availabilityZone("us-east-1d"))
                    .tagSpecifications(TagSpecification.builder()
                            .resourceType(ResourceType.INSTANCE)
                            .tags(Tag.builder().key("Team").value("blue").build())
                            .build()));
            aws.advance(Duration.ofMinutes(1));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public DescribeInstancesResponse describeInstancesWithTagFilterOver10k(TenThousandInstances s) {
        return s.ec2.describeInstances(
                b -> b.filters(Filter.builder().name("tag:Team").values("blue").build()));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public DescribeInstancesResponse fullLifecycleOf10kInstances() {
        SimulatedAws aws = SimulatedAws.create(2);
        Ec2Client ec2 = aws.ec2();
        List<String> ids = launchAcrossZones(ec2, 10_000);
        aws.advance(Duration.ofSeconds(30));
        ec2.stopInstances(b -> b.instanceIds(ids));
        aws.advance(Duration.ofMinutes(1));
        ec2.startInstances(b -> b.instanceIds(ids));
        aws.advance(Duration.ofSeconds(30));
        ec2.terminateInstances(b -> b.instanceIds(ids));
        aws.advance(Duration.ofSeconds(30));
        return ec2.describeInstances(b -> b.filters(Filter.builder()
                        .name("instance-state-name")
                        .values("terminated")
                        .build())
                .maxResults(5));
    }
}
