package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.guest.GuestShell;
import org.junit.jupiter.api.Test;

/**
 * The role's credentials inside the guest: {@code iam/info} and {@code iam/security-credentials/ROLE} with AWS's
 * members when the instance has an instance profile, 404 when it has none or after the profile is removed.
 */
class RoleCredentialsMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "AmazonSSMRoleForInstancesQuickSetup";

    private final TestCloud t = TestCloud.seeded(43);

    private String imds(String id, String path) {
        return t.cloud.transact(() -> new GuestShell(t.cloud
                        .ec2(t.cloud.accounts().learner(), Region.US_EAST_1)
                        .instances()
                        .describeOne(id)
                        .guest())
                .run(
                        "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token"
                                + " -H 'X-aws-ec2-metadata-token-ttl-seconds: 21600')\n"
                                + "curl -s -H \"X-aws-ec2-metadata-token: $TOKEN\" http://169.254.169.254/latest/"
                                + "meta-data/" + path,
                        t.cloud.now())
                .output());
    }

    private String launch(boolean withProfile) {
        String id = t.launch(t.ec2, b -> {
            b.imageId(AL2023).instanceType("t3.micro");
            if (withProfile) {
                b.iamInstanceProfile(p -> p.name(ROLE));
            }
        });
        t.advance(Duration.ofSeconds(30));
        return id;
    }

    @Test
    void anInstanceWithAProfileReadsItsRolesCredentials() throws Exception {
        Instant launched = t.cloud.now();
        String id = launch(true);
        JsonNode info = JSON.readTree(imds(id, "iam/info"));
        assertThat(info.get("Code").asText()).isEqualTo("Success");
        assertThat(info.get("InstanceProfileArn").asText())
                .isEqualTo(t.describe(id).iamInstanceProfile().arn());
        assertThat(info.get("InstanceProfileId").asText())
                .isEqualTo(t.describe(id).iamInstanceProfile().id());
        assertThat(imds(id, "iam/security-credentials/")).isEqualTo(ROLE);

        JsonNode c = JSON.readTree(imds(id, "iam/security-credentials/" + ROLE));
        assertThat(c.get("Code").asText()).isEqualTo("Success");
        assertThat(c.get("Type").asText()).isEqualTo("AWS-HMAC");
        assertThat(c.get("AccessKeyId").asText()).matches("ASIA[0-9A-Z]{16}");
        assertThat(c.get("SecretAccessKey").asText()).hasSize(40);
        assertThat(c.get("Token").asText()).isNotEmpty();
        Instant updated = Instant.parse(c.get("LastUpdated").asText());
        assertThat(updated).isBetween(launched.minusSeconds(1), t.cloud.now());
        assertThat(Instant.parse(c.get("Expiration").asText())).isEqualTo(updated.plus(Duration.ofHours(6)));
        t.advance(Duration.ofMinutes(5));
        assertThat(JSON.readTree(imds(id, "iam/security-credentials/" + ROLE)))
                .as("the same credentials on every read")
                .isEqualTo(c);
    }

    @Test
    void withoutAProfileTheIamPathsAreNotFound() {
        String id = launch(false);
        assertThat(imds(id, "iam/info")).contains("404 - Not Found");
        assertThat(imds(id, "iam/security-credentials/" + ROLE)).contains("404 - Not Found");
    }

    @Test
    void removingTheProfileRemovesTheCredentials() {
        String id = launch(true);
        String association = t.ec2.describeIamInstanceProfileAssociations(b -> {})
                .iamInstanceProfileAssociations()
                .get(0)
                .associationId();
        t.ec2.disassociateIamInstanceProfile(b -> b.associationId(association));
        assertThat(imds(id, "iam/info")).contains("404 - Not Found");
        assertThat(imds(id, "iam/security-credentials/" + ROLE)).contains("404 - Not Found");

        t.ec2.associateIamInstanceProfile(b -> b.instanceId(id).iamInstanceProfile(p -> p.name("ecsInstanceRole")));
        assertThat(imds(id, "iam/security-credentials/")).isEqualTo("ecsInstanceRole");
    }
}
