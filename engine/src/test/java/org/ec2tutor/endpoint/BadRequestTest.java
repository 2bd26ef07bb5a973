package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ec2tutor.sdk.AccessKey;
import org.ec2tutor.sdk.AccessKeys;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/**
 * Bad credentials and bad input over HTTP: each answered with AWS's status, code and error shape, none of them
 * changing the account, none showing a Java stack trace.
 */
class BadRequestTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String RUN = "Action=RunInstances&Version=2016-11-15&ImageId=ami-0123456789abcdef0"
            + "&MinCount=1&MaxCount=1&InstanceType=t3.micro";

    private final SimulatedAws aws = SimulatedAws.create(42);
    private final Endpoint endpoint = EndpointSdkTest.start(aws);
    private final DescribeInstancesResponse before = aws.ec2().describeInstances();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private void assertUnchanged() {
        assertThat(aws.ec2().describeInstances()).isEqualTo(before);
        assertThat(aws.ec2("teammate", "us-east-1").describeInstances().reservations())
                .isEmpty();
    }

    private static void assertEc2Error(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.body())
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code
                        + "</Code><Message>")
                .contains("</Message></Error></Errors><RequestID>")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownAccessKeyIsAuthFailure() throws Exception {
        // Raw HTTP: the SDK's URL-connection client cannot read a 401 answer to a streamed POST (HttpURLConnection
        // throws HttpRetryException), with real EC2 as here; the CLI and boto3 read it (make test-interop).
        HttpResponse<String> r = HttpClients.post(
                endpoint,
                "AKIAIOSFODNN7EXAMPLE",
                "x",
                "ec2",
                Map.of("Content-Type", FORM),
                RUN.getBytes(StandardCharsets.UTF_8));

        assertEc2Error(r, 401, "AuthFailure");
        assertThat(r.body()).contains("<Message>AWS was not able to validate the provided access credentials");
        assertUnchanged();
    }

    @Test
    void theRightKeyWithTheWrongSecretIsSignatureDoesNotMatch() {
        try (Ec2Client forger = HttpClients.ec2(endpoint, "AKIAEC2T111122223333", "not-the-secret", "us-east-1")) {
            assertThatThrownBy(() -> forger.runInstances(
                            b -> b.imageId("ami-1").minCount(1).maxCount(1)))
                    .isInstanceOfSatisfying(Ec2Exception.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                        assertThat(e.statusCode()).isEqualTo(403);
                    });
        }
        assertUnchanged();
    }

    @Test
    void stsAnswersTheCallerAndRefusesAnUnknownKeyAsInvalidClientTokenId() throws Exception {
        String body = "Action=GetCallerIdentity&Version=2011-06-15";
        HttpResponse<String> teammate = HttpClients.post(endpoint, "teammate", "sts", FORM, body);
        HttpResponse<String> stranger = HttpClients.post(
                endpoint,
                "AKIAIOSFODNN7EXAMPLE",
                "x",
                "sts",
                Map.of("Content-Type", FORM),
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(teammate.statusCode()).isEqualTo(200);
        assertThat(teammate.body())
                .contains("<Account>444455556666</Account>", "<Arn>arn:aws:iam::444455556666:root</Arn>");
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("<ErrorResponse", "<Code>InvalidClientTokenId</Code>");
    }

    @Test
    void aBodyThatIsNotAFormIsMalformedQueryString() throws Exception {
        assertEc2Error(
                HttpClients.post(endpoint, "default", "ec2", FORM, RUN + "&UserData=%zz"), 400, "MalformedQueryString");
        assertUnchanged();
    }

    @Test
    void anUnknownActionIsInvalidAction() throws Exception {
        assertEc2Error(
                HttpClients.post(endpoint, "default", "ec2", FORM, "Action=LaunchRocket&Version=2016-11-15"),
                400,
                "InvalidAction");
        assertEc2Error(HttpClients.post(endpoint, "default", "ec2", FORM, "Version=2016-11-15"), 400, "MissingAction");
        assertUnchanged();
    }

    @Test
    void aMissingOrWrongVersionIsRefused() throws Exception {
        assertEc2Error(
                HttpClients.post(endpoint, "default", "ec2", FORM, RUN.replace("&Version=2016-11-15", "")),
                400,
                "MissingParameter");
        assertEc2Error(
                HttpClients.post(endpoint, "default", "ec2", FORM, RUN.replace("2016-11-15", "2014-01-01")),
                400,
                "NoSuchVersion");
        assertUnchanged();
    }

    @Test
    void anUnknownParameterIsRefusedBeforeTheCall() throws Exception {
        assertEc2Error(
                HttpClients.post(endpoint, "default", "ec2", FORM, RUN + "&InstanceCount=5"), 400, "UnknownParameter");
        assertEc2Error(
                HttpClients.post(endpoint, "default", "ec2", FORM, RUN.replace("MaxCount=1", "MaxCount=x")),
                400,
                "InvalidParameterValue");
        assertUnchanged();
    }

    @Test
    void aBodyOverTheLimitIsRequestEntityTooLarge() throws Exception {
        String big = RUN + "&UserData=" + "A".repeat(Endpoint.MAX_BODY_BYTES);
        assertEc2Error(HttpClients.post(endpoint, "default", "ec2", FORM, big), 413, "RequestEntityTooLarge");
        assertUnchanged();
    }

    @Test
    void aQueryCallWithAnotherContentTypeIsRefused() throws Exception {
        assertEc2Error(
                HttpClients.post(endpoint, "default", "ec2", "application/json", RUN), 415, "UnsupportedMediaType");
        assertUnchanged();
    }

    @Test
    void systemsManagerRefusesMalformedJsonAndUnknownTargetsInItsShape() throws Exception {
        AccessKey k = AccessKeys.forProfile("default").orElseThrow();
        HttpResponse<String> malformed = HttpClients.post(
                endpoint,
                k.accessKeyId(),
                k.secretAccessKey(),
                "ssm",
                Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", "AmazonSSM.SendCommand"),
                "{\"DocumentName\": ".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> wrongType = HttpClients.post(
                endpoint,
                k.accessKeyId(),
                k.secretAccessKey(),
                "ssm",
                Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", "AmazonSSM.SendCommand"),
                "{\"InstanceIds\": \"i-1\"}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unknown = HttpClients.post(
                endpoint,
                k.accessKeyId(),
                k.secretAccessKey(),
                "ssm",
                Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", "AmazonSSM.LaunchRocket"),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).startsWith("{\"__type\":\"SerializationException\"");
        assertThat(wrongType.body()).startsWith("{\"__type\":\"SerializationException\"");
        assertThat(unknown.body()).startsWith("{\"__type\":\"UnknownOperationException\"");
        assertUnchanged();
    }
}
