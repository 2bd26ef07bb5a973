package org.ec2tutor.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ec2tutor.cloud.billing.Bill;
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
 * What {@code %bill} costs on a busy classroom account (issue 7): 200 instances started and stopped daily for 30
 * days (6,000 compute periods plus addresses and volumes), a Reserved Instance for 50 of them and a Capacity
 * Reservation for 10.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.SampleTime)
@State(Scope.Benchmark)
public class BillingBenchmarks {

    private SimulatedAws aws;
    private Instant start;

    @Setup(Level.Trial)
    public void aMonthOfUse() {
        aws = SimulatedAws.create(1);
        start = aws.cloud().now();
        var ec2 = aws.ec2();
        String offering = ec2.describeReservedInstancesOfferings(b -> b.instanceType("t3.micro")
                        .offeringClass("standard")
                        .offeringType("No Upfront")
                        .maxDuration(31_536_000L))
                .reservedInstancesOfferings()
                .get(0)
                .reservedInstancesOfferingId();
        ec2.purchaseReservedInstancesOffering(
                b -> b.reservedInstancesOfferingId(offering).instanceCount(50));
        ec2.createCapacityReservation(b -> b.instanceType("t3.micro")
                .instancePlatform("Linux/UNIX")
                .availabilityZone("us-east-1a")
                .instanceCount(10));
        List<String> ids = ec2
                .runInstances(b -> b.imageId("ami-0fa3fe0fa7920f68e")
                        .instanceType("t3.micro")
                        .minCount(200)
                        .maxCount(200))
                .instances()
                .stream()
                .map(i -> i.instanceId())
                .toList();
        for (int day = 0; day < 30; day++) {
            aws.advance(Duration.ofHours(8));
            ec2.stopInstances(b -> b.instanceIds(ids));
            aws.advance(Duration.ofHours(16));
            ec2.startInstances(b -> b.instanceIds(ids));
        }
        aws.advance(Duration.ofMinutes(1));
    }

    @Benchmark
    public Bill billOfAMonthWithReservations() {
        var cloud = aws.cloud();
        return cloud.transact(
                () -> cloud.ec2World().bill(cloud.accounts().learner().id(), start, cloud.now()));
    }
}
