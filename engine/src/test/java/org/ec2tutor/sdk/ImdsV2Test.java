package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** IMDSv2 inside the guest: the token flow, HttpTokens at launch and by ModifyInstanceMetadataOptions. */
class ImdsV2Test {

    private static final String UBUNTU = "ami-04b70fa74e45c3917";
    private static final String IMDS = "http://169.254.169.254/latest";
    private static final String GET_TOKEN =
            "TOKEN=$(curl -s -X PUT " + IMDS + "/api/token" + " -H \"X-aws-ec2-metadata-token-ttl-seconds: 21600\")";

    private final TestCloud t = TestCloud.seeded(19);
    private final GuestCommands guest = new GuestCommands(t);

    @Test
    void amazonLinux2023RequiresATokenAndTheDocumentedFlowReadsMetadata() {
        String id = t.launchRunning();
        var options = t.describe(id).metadataOptions();
        assertThat(options.httpTokensAsString()).isEqualTo("required");
        assertThat(options.httpPutResponseHopLimit()).isEqualTo(2);

        var tokenless = guest.run(id, "curl -s " + IMDS + "/meta-data/instance-id");
        assertThat(tokenless.code()).isZero();
        assertThat(tokenless.out()).contains("<title>401 - Unauthorized</title>");

        var failing = guest.run(id, "curl -sSf " + IMDS + "/meta-data/instance-id");
        assertThat(failing.code()).isEqualTo(22);
        assertThat(failing.err()).isEqualTo("curl: (22) The requested URL returned error: 401\n");

        var withToken = guest.run(
                id, GET_TOKEN, "curl -s -H \"X-aws-ec2-metadata-token: $TOKEN\" " + IMDS + "/meta-data/instance-id");
        assertThat(withToken.code()).isZero();
        assertThat(withToken.out()).isEqualTo(id);
    }

    @Test
    void aTokenExpiresAfterItsTtlAndABadTtlIsRefused() {
        String id = t.launchRunning();
        var expired = guest.run(
                id,
                "TOKEN=$(curl -s -X PUT " + IMDS + "/api/token -H \"X-aws-ec2-metadata-token-ttl-seconds: 1\")",
                "sleep 2",
                "curl -s -w ' %{http_code}' -H \"X-aws-ec2-metadata-token: $TOKEN\" " + IMDS
                        + "/meta-data/instance-id -o /dev/null");
        assertThat(expired.out()).isEqualTo(" 401");
        var noTtl = guest.run(id, "curl -s -o /dev/null -w '%{http_code}' -X PUT " + IMDS + "/api/token");
        assertThat(noTtl.out()).isEqualTo("400");
        var tooLong = guest.run(
                id,
                "curl -s -o /dev/null -w '%{http_code}' -X PUT " + IMDS + "/api/token"
                        + " -H 'X-aws-ec2-metadata-token-ttl-seconds: 21601'");
        assertThat(tooLong.out()).isEqualTo("400");
        var versioned = guest.run(
                id,
                "curl -s -o /dev/null -w '%{http_code}' -X PUT http://169.254.169.254/2021-03-23/api/token"
                        + " -H 'X-aws-ec2-metadata-token-ttl-seconds: 60'");
        assertThat(versioned.out()).isEqualTo("403");
    }

    @Test
    void optionalTokensLetIMDSv1ReadsThroughAfterModify() {
        String id = t.launchRunning();
        var modified = t.ec2.modifyInstanceMetadataOptions(b -> b.instanceId(id).httpTokens("optional"));
        assertThat(modified.instanceId()).isEqualTo(id);
        assertThat(modified.instanceMetadataOptions().stateAsString()).isEqualTo("pending");
        assertThat(modified.instanceMetadataOptions().httpTokensAsString()).isEqualTo("optional");
        assertThat(modified.instanceMetadataOptions().httpPutResponseHopLimit())
                .as("omitted values are kept")
                .isEqualTo(2);
        assertThat(t.describe(id).metadataOptions().stateAsString()).isEqualTo("applied");
        assertThat(guest.run(id, "curl -s " + IMDS + "/meta-data/instance-id").out())
                .isEqualTo(id);

        t.ec2.modifyInstanceMetadataOptions(b -> b.instanceId(id).httpTokens("required"));
        assertThat(guest.run(id, "curl -s " + IMDS + "/meta-data/instance-id").out())
                .contains("401 - Unauthorized");
    }

    @Test
    void theLaunchChoosesAndOtherImagesAllowV1() {
        String chosen = t.launch(
                t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").metadataOptions(m -> m.httpTokens("optional")));
        assertThat(t.describe(chosen).metadataOptions().httpTokensAsString()).isEqualTo("optional");
        String ubuntu = t.launch(t.ec2, b -> b.imageId(UBUNTU).instanceType("t3.micro"));
        t.advance(Duration.ofSeconds(30));
        var options = t.describe(ubuntu).metadataOptions();
        assertThat(options.httpTokensAsString()).isEqualTo("optional");
        assertThat(options.httpPutResponseHopLimit()).isEqualTo(1);
        assertThat(guest.run(ubuntu, "curl -s " + IMDS + "/meta-data/instance-id")
                        .out())
                .isEqualTo(ubuntu);
    }

    @Test
    void aDisabledEndpointIsForbidden() {
        String id = t.launchRunning();
        t.ec2.modifyInstanceMetadataOptions(b -> b.instanceId(id).httpEndpoint("disabled"));
        assertThat(guest.run(id, GET_TOKEN, "echo \"[$TOKEN]\"").out()).contains("403 - Forbidden");
    }

    @Test
    void badValuesAndStatesAreRefusedAsAws() {
        String id = t.launchRunning();
        TestCloud.awsError(
                "InvalidParameterValue",
                () -> t.ec2.modifyInstanceMetadataOptions(b -> b.instanceId(id).httpPutResponseHopLimit(65)));
        Ec2Exception launch = TestCloud.awsError(
                "InvalidParameterValue",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023).instanceType("t3.micro").metadataOptions(m -> m.httpTokens("always"))));
        assertThat(TestCloud.message(launch)).isEqualTo("Invalid value 'always' for HttpTokens.");
        assertThat(t.ec2.describeInstances().reservations())
                .as("nothing launched")
                .hasSize(1);
        TestCloud.awsError(
                "InvalidInstanceID.NotFound",
                () -> t.ec2.modifyInstanceMetadataOptions(
                        b -> b.instanceId("i-0123456789abcdef0").httpTokens("required")));
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        TestCloud.awsError(
                "IncorrectInstanceState",
                () -> t.ec2.modifyInstanceMetadataOptions(b -> b.instanceId(id).httpTokens("required")));
    }
}
