package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.guest.GuestShell;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Instance;

/** curl 169.254.169.254 inside the guest answers what DescribeInstances shows. */
class InstanceMetadataTest {

    private final TestCloud t = TestCloud.seeded(42);

    private String imds(String id, String path) {
        return t.cloud.transact(() -> new GuestShell(t.cloud
                        .ec2(t.cloud.accounts().learner(), Region.US_EAST_1)
                        .instances()
                        .describeOne(id)
                        .guest())
                // Amazon Linux 2023 requires IMDSv2: a session token first, as AWS's documentation shows.
                .run(
                        "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token"
                                + " -H 'X-aws-ec2-metadata-token-ttl-seconds: 21600')\n"
                                + "curl -s -H \"X-aws-ec2-metadata-token: $TOKEN\" http://169.254.169.254/latest/"
                                + path,
                        t.cloud.now())
                .output());
    }

    @Test
    void theInstanceReadsItsOwnFacts() {
        String id = t.launchRunning();
        Instance i = t.describe(id);
        assertThat(imds(id, "meta-data/instance-id")).isEqualTo(id);
        assertThat(imds(id, "meta-data/ami-id")).isEqualTo(AL2023);
        assertThat(imds(id, "meta-data/instance-type")).isEqualTo("t3.micro");
        assertThat(imds(id, "meta-data/local-ipv4")).isEqualTo(i.privateIpAddress());
        assertThat(imds(id, "meta-data/public-ipv4")).isEqualTo(i.publicIpAddress());
        assertThat(imds(id, "meta-data/placement/availability-zone"))
                .isEqualTo(i.placement().availabilityZone());
        assertThat(imds(id, "meta-data/security-groups")).isEqualTo("default");
        assertThat(imds(id, "meta-data/mac"))
                .isEqualTo(i.networkInterfaces().get(0).macAddress());
        assertThat(imds(id, "meta-data/")).contains("instance-id\n").contains("placement/");
        assertThat(imds(id, "meta-data/spot/instance-action")).contains("404 - Not Found");
    }

    @Test
    void anElasticIpIsThePublicAddressTheInstanceSees() {
        String id = t.launchRunning();
        var eip = t.ec2.allocateAddress(b -> {});
        t.ec2.associateAddress(b -> b.allocationId(eip.allocationId()).instanceId(id));
        assertThat(imds(id, "meta-data/public-ipv4")).isEqualTo(eip.publicIp());
    }

    @Test
    void userDataIsServedRaw() {
        String script = "#!/bin/bash\necho hello\n";
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType("t3.micro")
                        .userData(Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8))));
        t.advance(Duration.ofSeconds(30));
        assertThat(imds(id, "user-data")).isEqualTo(script);
        assertThat(imds(t.launchRunning(), "user-data")).contains("404 - Not Found");
    }
}
