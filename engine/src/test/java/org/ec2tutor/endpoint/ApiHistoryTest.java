package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.ec2tutor.cli.AwsCli;
import org.ec2tutor.cli.AwsShell;
import org.ec2tutor.cli.ShellVariables;
import org.ec2tutor.cli.SimulatedAwsEnvironment;
import org.ec2tutor.lesson.LessonFacts;
import org.ec2tutor.lesson.LessonFacts.CallFact;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/**
 * The API history lessons read names who made each call: over HTTP the signing key, the peer's address and the
 * client's User-Agent; in the session, the surface (aws line or Java) with the profile's documented key.
 */
class ApiHistoryTest {

    static final String AL2023 = "ami-0fa3fe0fa7920f68e";
    static final String DEFAULT_KEY = "AKIAEC2T111122223333";
    static final String TEAMMATE_KEY = "AKIAEC2T444455556666";

    private final SimulatedAws aws = SimulatedAws.realistic(7);
    private final Endpoint endpoint = EndpointSdkTest.start(aws);
    private final Ec2Client overHttp = HttpClients.ec2(endpoint, "default", "us-east-1");

    @AfterEach
    void stop() {
        overHttp.close();
        endpoint.close();
    }

    private LessonFacts facts() {
        return LessonFacts.of(
                aws.cloud(), aws.cloud().accounts().find("default").orElseThrow());
    }

    private void launchOverHttp() {
        overHttp.runInstances(
                b -> b.imageId(AL2023).instanceType("t3.micro").minCount(1).maxCount(1));
    }

    @Test
    void aCallOverHttpCarriesTheKeyTheAddressAndTheSdksUserAgent() {
        launchOverHttp();

        List<CallFact> runs = facts().calls("RunInstances");
        assertThat(runs).hasSize(1);
        CallFact run = runs.get(0);
        assertThat(run.via()).isEqualTo("http");
        assertThat(run.overHttp()).isTrue();
        assertThat(run.accessKeyId()).isEqualTo(DEFAULT_KEY);
        assertThat(run.sourceIpAddress()).isEqualTo("127.0.0.1");
        // What the SDK itself put in the User-Agent header, e.g. "aws-sdk-java/2.x.y ua/2.1 os/Linux ...".
        assertThat(run.userAgent()).startsWith("aws-sdk-java/").contains("os/");
    }

    @Test
    void aLessonCanAskWhetherAnOperationWasCalledOverHttp() {
        assertThat(facts().calledOverHttp("RunInstances")).isFalse();

        launchOverHttp();

        assertThat(facts().calledOverHttp("RunInstances")).isTrue();
        assertThat(facts().calledOverHttp("DescribeInstances")).isFalse();
    }

    @Test
    void aLessonCanAskWhichKeyMadeACall() {
        try (Ec2Client teammate = HttpClients.ec2(endpoint, "teammate", "us-east-1")) {
            teammate.describeInstances();
        }

        LessonFacts facts = facts();
        assertThat(facts.accessKeyId("teammate")).isEqualTo(TEAMMATE_KEY);
        assertThat(facts.callsBy("teammate", "DescribeInstances"))
                .singleElement()
                .satisfies(c -> assertThat(c.account()).isEqualTo("444455556666"));
        assertThat(facts.callsBy("default", "DescribeInstances")).isEmpty();
    }

    @Test
    void aRefusedCallOverHttpIsRecordedWithItsCodeAndCaller() {
        assertThatThrownBy(() -> overHttp.stopInstances(b -> b.instanceIds("i-0123456789abcdef0")))
                .isInstanceOf(Ec2Exception.class);

        CallFact stop = facts().calls("StopInstances").get(0);
        assertThat(stop.errorCode()).isEqualTo("InvalidInstanceID.NotFound");
        assertThat(stop.overHttp()).isTrue();
        assertThat(stop.accessKeyId()).isEqualTo(DEFAULT_KEY);
    }

    @Test
    void javaInTheSessionIsRecordedAsJavaWithTheProfilesKey() {
        aws.ec2()
                .runInstances(b ->
                        b.imageId(AL2023).instanceType("t3.micro").minCount(1).maxCount(1));

        CallFact run = facts().calls("RunInstances").get(0);
        assertThat(run.via()).isEqualTo("java");
        assertThat(run.overHttp()).isFalse();
        assertThat(run.accessKeyId()).isEqualTo(DEFAULT_KEY);
        assertThat(run.sourceIpAddress()).isEqualTo("127.0.0.1");
        assertThat(run.userAgent()).startsWith("aws-sdk-java/2.");
    }

    @Test
    void anAwsLineIsRecordedAsTheCliWithTheProfilesKey() {
        AwsShell shell = new AwsShell(
                new AwsCli(new SimulatedAwsEnvironment(aws, Path.of(System.getProperty("java.io.tmpdir")))),
                new ShellVariables());
        assertThat(shell.run("aws ec2 describe-instances --profile teammate").succeeded())
                .isTrue();

        CallFact describe = facts().callsBy("teammate", "DescribeInstances").get(0);
        assertThat(describe.via()).isEqualTo("aws");
        assertThat(describe.userAgent()).startsWith("aws-cli/2.");
        assertThat(describe.accessKeyId()).isEqualTo(TEAMMATE_KEY);
    }
}
