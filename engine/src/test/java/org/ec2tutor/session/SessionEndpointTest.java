package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** %endpoint: the session's own account over HTTP, seen by the session and its lesson as any other call. */
class SessionEndpointTest {

    private static final Pattern EXPORTS =
            Pattern.compile("export AWS_ENDPOINT_URL=(\\S+) AWS_ACCESS_KEY_ID=(\\S+) AWS_SECRET_ACCESS_KEY=(\\S+) "
                    + "AWS_DEFAULT_REGION=us-east-1");

    private static Ec2Client clientFrom(String endpointOutput) {
        Matcher m = EXPORTS.matcher(endpointOutput);
        assertThat(m.find()).as(endpointOutput).isTrue();
        return Ec2Client.builder()
                .endpointOverride(URI.create(m.group(1)))
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(m.group(2), m.group(3))))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Test
    void aLessonStepPassesFromACallMadeOverHttp() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            assertThat(s.execute("%lesson start first-instance").succeeded()).isTrue();
            CellResult shown = s.execute("%endpoint");
            assertThat(shown.stdout())
                    .contains("export AWS_ENDPOINT_URL=http://127.0.0.1:")
                    .contains("[profile teammate]")
                    .contains("aws_access_key_id = ");
            try (Ec2Client overHttp = clientFrom(shown.stdout())) {
                String id = overHttp.runInstances(b -> b.imageId(
                                        "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")
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
                assertThat(s.execute("aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId' "
                                        + "--output text")
                                .stdout())
                        .as("the session sees the instance launched over HTTP")
                        .contains(id);
                assertThat(s.execute("%check 1").succeeded()).isTrue();
            }
        }
    }

    @Test
    void afterAResetTheSamePortServesTheNewAccount() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            String before = s.execute("%endpoint").stdout();
            try (Ec2Client overHttp = clientFrom(before)) {
                overHttp.runInstances(b -> b.imageId("ami-0fa3fe0fa7920f68e")
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1));
                assertThat(overHttp.describeInstances().reservations()).hasSize(1);
                s.execute("%reset");
                assertThat(overHttp.describeInstances().reservations())
                        .as("the fresh account")
                        .isEmpty();
                assertThat(s.execute("%endpoint").stdout()).isEqualTo(before);
            }
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            CellResult r = s.execute("%endpoint --port 70000");
            assertThat(r.succeeded()).isFalse();
            assertThat(r.asText()).contains("--port takes a port number from 1 to 65535, not 70000");
        }
    }
}
