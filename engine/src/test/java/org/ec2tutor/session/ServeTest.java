package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.endpoint.Endpoint;
import org.ec2tutor.sdk.AccessKey;
import org.ec2tutor.sdk.AccessKeys;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * {@code ec2-tutor serve}: its options, what it prints to paste, the CLI's shared files it writes, a port in use, and
 * a lesson taken entirely over HTTP with the real SDK, each step printed as a call passes it.
 */
class ServeTest {

    private static final String AL2023 =
            "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

    /** What serve prints, as the terminal would show it. */
    private static final class Printed {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    private static Ec2Client overHttp(Serve.Serving serving) {
        AccessKey k = AccessKeys.forProfile("default").orElseThrow();
        return Ec2Client.builder()
                .endpointOverride(serving.url())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(k.accessKeyId(), k.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static Serve.Serving serve(Printed p, String... args) throws Serve.Refused {
        return Serve.start(Serve.Options.parse(List.of(args)), p.outStream, p.errStream);
    }

    @Test
    void usageErrorsExitWith2AndSayWhy() {
        Printed p = new Printed();

        assertThat(Serve.run(List.of("--port"), p.outStream, p.errStream)).isEqualTo(2);
        assertThat(Serve.run(List.of("--port", "http"), p.outStream, p.errStream))
                .isEqualTo(2);
        assertThat(Serve.run(List.of("--colour", "red"), p.outStream, p.errStream))
                .isEqualTo(2);
        assertThat(Serve.run(List.of("--lesson", "no-such-lesson"), p.outStream, p.errStream))
                .isEqualTo(2);
        assertThat(p.err())
                .contains(
                        "--port needs a value",
                        "take numbers",
                        "unknown option --colour",
                        Serve.USAGE,
                        "ec2-tutor serve: No lesson no-such-lesson. %lessons lists them.");
        assertThat(p.out()).isEmpty();
    }

    @Test
    void aPortInUseIsOneLineAndExit1(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            Printed p = new Printed();

            int status = Serve.run(
                    List.of("--port", String.valueOf(port), "--aws-config-dir", dir.toString()),
                    p.outStream,
                    p.errStream);

            assertThat(status).isEqualTo(1);
            assertThat(p.err())
                    .isEqualTo("ec2-tutor serve: cannot serve on 127.0.0.1:" + port
                            + ": Address already in use (is another program, or serve, using that port?)\n");
            assertThat(p.out()).isEmpty();
            assertThat(dir).isEmptyDirectory();
        }
    }

    @Test
    void theBannerIsWhatToPasteAndTheSharedFilesNameEveryProfile(@TempDir Path dir) throws Exception {
        try (Endpoint endpoint = Endpoint.start(SimulatedAws.create(1), 0)) {
            endpoint.writeAwsConfig(dir);
            String banner =
                    Serve.banner(endpoint, new Serve.Options(0, Optional.empty(), List.of(), Optional.empty(), dir), 1);

            assertThat(banner)
                    .contains("export AWS_ENDPOINT_URL=" + endpoint.url()
                            + " AWS_ACCESS_KEY_ID=AKIAEC2T111122223333 AWS_SECRET_ACCESS_KEY="
                            + "ec2-tutor-default-secret-access-key-0001 AWS_DEFAULT_REGION=us-east-1\n");
            assertThat(Files.readString(dir.resolve("config")))
                    .contains(
                            "[default]\n",
                            "[profile teammate]\n",
                            "[profile outsider]\n",
                            "endpoint_url = " + endpoint.url());
            assertThat(Files.readString(dir.resolve("credentials"))).contains("""
                    [teammate]
                    aws_access_key_id = AKIAEC2T444455556666
                    aws_secret_access_key = ec2-tutor-teammate-secret-access-key-002
                    """);
        }
    }

    @Test
    void aBuiltInLessonTakenOverHttpPrintsEachStepAsItPassesAndASummaryAtTheEnd() throws Exception {
        Printed p = new Printed();
        try (Serve.Serving serving = serve(p, "--lesson", "first-instance");
                Ec2Client ec2 = overHttp(serving)) {
            assertThat(p.out())
                    .as("the banner, then the lesson's first step")
                    .contains("export AWS_ENDPOINT_URL=" + serving.url(), "(seed 101,", "Step 1/")
                    .doesNotContain("Step 1 passed");

            String id = ec2.runInstances(b -> b.imageId(AL2023)
                            .instanceType("t3.micro")
                            .minCount(1)
                            .maxCount(1)
                            .tagSpecifications(TagSpecification.builder()
                                    .resourceType(ResourceType.INSTANCE)
                                    .tags(Tag.builder()
                                            .key("Name")
                                            .value("first-instance")
                                            .build())
                                    .build()))
                    .instances()
                    .get(0)
                    .instanceId();
            assertThat(p.out())
                    .as("printed before the SDK had its answer")
                    .contains("✓ Step 1 passed: Launch a t3.micro from Amazon Linux 2023", "Step 2/");

            ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id));
            ec2.describeInstances(b -> b.instanceIds(id));
            ec2.stopInstances(b -> b.instanceIds(id));
            ec2.waiter().waitUntilInstanceStopped(b -> b.instanceIds(id));
            ec2.describeInstances(b -> b.instanceIds(id));
            assertThat(p.out()).contains("✓ Step 2 passed", "✓ Step 3 passed");
        }
        assertThat(p.out())
                .as("where the learner got to, when serve stops")
                .contains("Your first EC2 instance (first-instance): 3 of 4 steps done");
        assertThat(p.err()).isEmpty();
    }

    @Test
    void aTeachersLessonFromLessonsDirIsCheckedAfterEachCall(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tagged-web.ftl"), """
                <#assign inst = aws.instanceNamed("web")>
                <@lesson id="tagged-web" version=1 title="A tagged web server" minutes=5 seed=3>
                Launch a server and stop it.
                <@step id="launch" title="Launch an instance named web">
                Launch one instance tagged Name=web.
                  <@check id="exists" pass=inst.exists() message="No instance named web yet."/>
                  <@solution>
                aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]'
                  </@solution>
                </@step>
                <@step id="stop" title="Stop web">
                Stop it.
                  <@check id="stopped" pass=(inst.state() == "stopped") message="web is ${inst.state()}."/>
                  <@solution>
                aws ec2 stop-instances --instance-ids ${inst.id()}
                  </@solution>
                </@step>
                </@lesson>
                """);
        Printed p = new Printed();
        try (Serve.Serving serving = serve(p, "--lessons", dir.toString(), "--lesson", "tagged-web", "--seed", "9");
                Ec2Client ec2 = overHttp(serving)) {
            assertThat(p.out()).contains("(seed 9,", "Step 1/2: Launch an instance named web");
            String id = ec2.runInstances(b -> b.imageId("ami-0fa3fe0fa7920f68e")
                            .instanceType("t3.micro")
                            .minCount(1)
                            .maxCount(1))
                    .instances()
                    .get(0)
                    .instanceId();
            assertThat(p.out()).doesNotContain("Step 1 passed");
            ec2.createTags(b ->
                    b.resources(id).tags(Tag.builder().key("Name").value("web").build()));
            assertThat(p.out()).contains("✓ Step 1 passed: Launch an instance named web", "Step 2/2: Stop web");
            ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id));
            ec2.stopInstances(b -> b.instanceIds(id));
            ec2.waiter().waitUntilInstanceStopped(b -> b.instanceIds(id));
            assertThat(p.out()).contains("✓ Step 2 passed: Stop web");
        }
        assertThat(p.out()).contains("A tagged web server (tagged-web): 2 of 2 steps done");
    }

    @Test
    void serveWithoutALessonChecksNothingAndPrintsNoSummary() throws Exception {
        Printed p = new Printed();
        try (Serve.Serving serving = serve(p);
                Ec2Client ec2 = overHttp(serving)) {
            ec2.runInstances(b -> b.imageId("ami-0fa3fe0fa7920f68e")
                    .instanceType("t3.micro")
                    .minCount(1)
                    .maxCount(1));
        }
        assertThat(p.out()).contains("(seed 1,").doesNotContain("Step", "steps done");
        assertThatThrownBy(() -> serve(new Printed(), "--lessons", "/no/such/folder"))
                .isInstanceOf(Serve.Refused.class)
                .hasMessage("no lesson folder /no/such/folder");
    }
}
