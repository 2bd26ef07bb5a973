package org.ec2tutor.bench;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.ec2tutor.endpoint.Endpoint;
import org.ec2tutor.sdk.AccessKey;
import org.ec2tutor.sdk.AccessKeys;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;

/**
 * The local endpoint's targets (issue 15), side by side in one run: DescribeInstances of ten instances over HTTP
 * through the SDK's URL-connection client on loopback (median ≤ 2 ms), against moto's server (the anchor, started
 * here with {@code python3 -m moto.server}), the in-JVM call, and the client's own floor (a server that answers at
 * once with the same recorded bytes); and 1,000 RunInstances over HTTP (≤ 2 s), ours and moto's. The same SDK client
 * and credentials call every server. Our cloud runs on a clock that follows real time here, so the numbers are the
 * wire's cost, not the manual clock's moves. {@code bench/harness/endpoint_table.py} prints the ratios.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EndpointBenchmarks {

    static final String AL2023 = "ami-0fa3fe0fa7920f68e";

    static Ec2Client overHttp(URI url, SdkHttpClient http) {
        AccessKey k = AccessKeys.forProfile("default").orElseThrow();
        return Ec2Client.builder()
                .endpointOverride(url)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(k.accessKeyId(), k.secretAccessKey())))
                .httpClient(http)
                .build();
    }

    static Ec2Client overHttp(URI url) {
        return overHttp(url, UrlConnectionHttpClient.create());
    }

    static void launchTen(Ec2Client ec2) {
        ec2.runInstances(
                b -> b.imageId(AL2023).instanceType("t3.micro").minCount(10).maxCount(10));
    }

    static int launchOneThousand(Ec2Client ec2) {
        int launched = 0;
        for (int i = 0; i < 1_000; i++) {
            launched += ec2.runInstances(b -> b.imageId(AL2023)
                            .instanceType("t3.nano")
                            .minCount(1)
                            .maxCount(1))
                    .instances()
                    .size();
        }
        return launched;
    }

    /** A learner's account: ten running instances, served on loopback. */
    @State(Scope.Benchmark)
    public static class ServedAccount {
        SimulatedAws aws;
        Endpoint endpoint;
        Ec2Client http;
        Ec2Client jvm;

        @Setup(Level.Trial)
        public void start() throws IOException {
            aws = SimulatedAws.create(1);
            jvm = aws.ec2();
            launchTen(jvm);
            endpoint = Endpoint.start(aws, 0, false);
            http = overHttp(endpoint.url());
        }

        @TearDown(Level.Trial)
        public void stop() {
            http.close();
            endpoint.close();
        }
    }

    /** moto's server with ten instances, called by the same client. */
    @State(Scope.Benchmark)
    public static class MotoAccount {
        MotoServer moto;
        Ec2Client http;

        @Setup(Level.Trial)
        public void start() throws IOException {
            moto = MotoServer.start();
            http = overHttp(moto.url());
            launchTen(http);
        }

        @TearDown(Level.Trial)
        public void stop() {
            http.close();
            moto.close();
        }
    }

    /** Our describe answer recorded once, then served at once by {@link CannedServer}: the client's floor. */
    @State(Scope.Benchmark)
    public static class CannedAnswer {
        CannedServer server;
        Ec2Client http;

        @Setup(Level.Trial)
        public void start() throws IOException {
            SimulatedAws aws = SimulatedAws.create(1);
            launchTen(aws.ec2());
            RecordingHttpClient recorder = new RecordingHttpClient(UrlConnectionHttpClient.create());
            try (Endpoint endpoint = Endpoint.start(aws, 0, false);
                    Ec2Client recording = overHttp(endpoint.url(), recorder)) {
                recording.describeInstances();
            }
            server = CannedServer.start("text/xml;charset=UTF-8", recorder.lastBody());
            http = overHttp(server.url());
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            http.close();
            server.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public DescribeInstancesResponse describeInstancesOverHttp(ServedAccount s) {
        return s.http.describeInstances();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public DescribeInstancesResponse describeInstancesMoto(MotoAccount s) {
        return s.http.describeInstances();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public DescribeInstancesResponse describeInstancesClientFloor(CannedAnswer s) {
        return s.http.describeInstances();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public DescribeInstancesResponse describeInstancesInJvm(ServedAccount s) {
        return s.jvm.describeInstances();
    }

    /** A fresh, empty account for each batch of launches. */
    @State(Scope.Thread)
    public static class EmptyAccount {
        Endpoint endpoint;
        Ec2Client http;

        @Setup(Level.Iteration)
        public void start() throws IOException {
            endpoint = Endpoint.start(SimulatedAws.create(1), 0, false);
            http = overHttp(endpoint.url());
        }

        @TearDown(Level.Iteration)
        public void stop() {
            http.close();
            endpoint.close();
        }
    }

    /** A fresh moto server for each batch of launches. */
    @State(Scope.Thread)
    public static class EmptyMoto {
        MotoServer moto;
        Ec2Client http;

        @Setup(Level.Iteration)
        public void start() throws IOException {
            moto = MotoServer.start();
            http = overHttp(moto.url());
        }

        @TearDown(Level.Iteration)
        public void stop() {
            http.close();
            moto.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public int runInstances1000OverHttp(EmptyAccount s) {
        return launchOneThousand(s.http);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int runInstances1000Moto(EmptyMoto s) {
        return launchOneThousand(s.http);
    }
}
