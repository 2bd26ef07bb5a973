package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * curl from one instance to another: it reaches the web server only when the target's security groups let the
 * source in on that port (by CIDR or, over private addresses, by group); otherwise it times out as curl does.
 */
class ReachabilityTest {

    private static final String NGINX = """
            #!/bin/bash
            dnf install -y nginx
            echo '<h1>hello from the web server</h1>' > /usr/share/nginx/html/index.html
            systemctl enable --now nginx
            """;
    private static final String TIMEOUT_SUFFIX = " port 80 after 127004 ms: Couldn't connect to server\n";

    private final TestCloud t = TestCloud.seeded(7);
    private final GuestCommands guest = new GuestCommands(t);

    private String launch(String groupId, String userData) {
        String id = t.launch(t.ec2, b -> {
            b.imageId(AL2023).instanceType("t3.micro");
            if (groupId != null) {
                b.securityGroupIds(groupId);
            }
            if (userData != null) {
                b.userData(Base64.getEncoder().encodeToString(userData.getBytes(StandardCharsets.UTF_8)));
            }
        });
        t.advance(Duration.ofMinutes(2));
        return id;
    }

    private String webGroup() {
        return t.ec2.createSecurityGroup(b -> b.groupName("web").description("web servers"))
                .groupId();
    }

    private void open80(String groupId, String cidr) {
        t.ec2.authorizeSecurityGroupIngress(b -> b.groupId(groupId).ipPermissions(http(cidr)));
    }

    private static IpPermission http(String cidr) {
        return IpPermission.builder()
                .ipProtocol("tcp")
                .fromPort(80)
                .toPort(80)
                .ipRanges(IpRange.builder().cidrIp(cidr).build())
                .build();
    }

    @Test
    void port80OpenToTheWorldIsReachedByPublicAndPrivateAddress() {
        String sg = webGroup();
        open80(sg, "0.0.0.0/0");
        Instance web = t.describe(launch(sg, NGINX));
        String client = launch(null, null);
        var byPublic = guest.run(client, "curl -s http://" + web.publicIpAddress());
        assertThat(byPublic.code()).isZero();
        assertThat(byPublic.out()).isEqualTo("<h1>hello from the web server</h1>\n");
        assertThat(guest.run(client, "curl -s http://" + web.privateIpAddress() + "/")
                        .out())
                .contains("hello from the web server");
        assertThat(guest.run(client, "curl -s " + web.publicDnsName()).out()).contains("hello from the web server");
    }

    @Test
    void aClosedPortTimesOutAndOpeningItLetsTheNextTryThrough() {
        String sg = webGroup();
        Instance web = t.describe(launch(sg, NGINX));
        String client = launch(null, null);
        var closed = guest.run(client, "curl http://" + web.publicIpAddress());
        assertThat(closed.code()).isEqualTo(28);
        assertThat(closed.err()).isEqualTo("curl: (28) Failed to connect to " + web.publicIpAddress() + TIMEOUT_SUFFIX);
        var quick = guest.run(client, "curl --connect-timeout 5 http://" + web.publicIpAddress());
        assertThat(quick.err())
                .isEqualTo("curl: (28) Failed to connect to " + web.publicIpAddress()
                        + " port 80 after 5002 ms: Timeout was reached\n");
        assertThat(guest.run(client, "curl -s http://" + web.publicIpAddress()).err())
                .as("-s hides the error")
                .isEmpty();

        open80(sg, "0.0.0.0/0");
        assertThat(guest.run(client, "curl -s http://" + web.publicIpAddress()).code())
                .isZero();
        t.ec2.revokeSecurityGroupIngress(b -> b.groupId(sg).ipPermissions(http("0.0.0.0/0")));
        assertThat(guest.run(client, "curl -s http://" + web.publicIpAddress()).code())
                .isEqualTo(28);
    }

    @Test
    void aCidrRuleMatchesTheSourceAddressTheTargetSees() {
        String sg = webGroup();
        Instance web = t.describe(launch(sg, NGINX));
        Instance client = t.describe(launch(null, null));
        // Only the client's public address /32: over the internet the server sees it, inside the VPC it does not.
        open80(sg, client.publicIpAddress() + "/32");
        assertThat(guest.run(client.instanceId(), "curl -s http://" + web.publicIpAddress())
                        .code())
                .isZero();
        assertThat(guest.run(client.instanceId(), "curl -s http://" + web.privateIpAddress())
                        .code())
                .isEqualTo(28);
    }

    @Test
    void aGroupReferenceAdmitsMembersOverPrivateAddressesOnly() {
        String sg = webGroup();
        String clients = t.ec2.createSecurityGroup(b -> b.groupName("clients").description("clients"))
                .groupId();
        t.ec2.authorizeSecurityGroupIngress(b -> b.groupId(sg)
                .ipPermissions(IpPermission.builder()
                        .ipProtocol("tcp")
                        .fromPort(80)
                        .toPort(80)
                        .userIdGroupPairs(
                                UserIdGroupPair.builder().groupId(clients).build())
                        .build()));
        Instance web = t.describe(launch(sg, NGINX));
        String member = launch(clients, null);
        String stranger = launch(null, null);
        assertThat(guest.run(member, "curl -s http://" + web.privateIpAddress()).out())
                .contains("hello from the web server");
        assertThat(guest.run(member, "curl -s http://" + web.publicIpAddress()).code())
                .isEqualTo(28);
        assertThat(guest.run(stranger, "curl -s http://" + web.privateIpAddress())
                        .code())
                .isEqualTo(28);
    }

    @Test
    void theDefaultGroupLetsItsMembersTalkPrivately() {
        Instance a = t.describe(launch(null, NGINX));
        String b = launch(null, null);
        assertThat(guest.run(b, "curl -s http://" + a.privateIpAddress()).code())
                .isZero();
        assertThat(guest.run(b, "curl -s http://" + a.publicIpAddress()).code()).isEqualTo(28);
    }

    @Test
    void anOpenPortWithNothingListeningIsRefusedAndAStoppedTargetNeverAnswers() {
        String sg = webGroup();
        open80(sg, "0.0.0.0/0");
        Instance bare = t.describe(launch(sg, null));
        String client = launch(null, null);
        var refused = guest.run(client, "curl http://" + bare.privateIpAddress());
        assertThat(refused.code()).isEqualTo(7);
        assertThat(refused.err())
                .isEqualTo("curl: (7) Failed to connect to " + bare.privateIpAddress()
                        + " port 80 after 1 ms: Couldn't connect to server\n");
        t.ec2.stopInstances(b -> b.instanceIds(bare.instanceId()));
        t.advance(Duration.ofMinutes(2));
        assertThat(guest.run(client, "curl -s http://" + bare.privateIpAddress())
                        .code())
                .isEqualTo(28);
    }

    @Test
    void anotherVpcsPrivateAddressesAreOutOfReach() {
        String sg = webGroup();
        open80(sg, "0.0.0.0/0");
        Instance web = t.describe(launch(sg, NGINX));
        String vpc = t.ec2.createVpc(b -> b.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnet = t.ec2.createSubnet(b -> b.vpcId(vpc).cidrBlock("10.0.1.0/24"))
                .subnet()
                .subnetId();
        String elsewhere =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").subnetId(subnet));
        t.advance(Duration.ofMinutes(2));
        assertThat(guest.run(elsewhere, "curl -s http://" + web.privateIpAddress())
                        .code())
                .isEqualTo(28);
        assertThat(guest.run(elsewhere, "curl -s http://" + web.publicIpAddress())
                        .code())
                .as("no public address of its own: no way out to the internet")
                .isEqualTo(28);
    }

    @Test
    void unknownNamesDoNotResolve() {
        String client = launch(null, null);
        var r = guest.run(client, "curl http://example.invalid/");
        assertThat(r.code()).isEqualTo(6);
        assertThat(r.err()).isEqualTo("curl: (6) Could not resolve host: example.invalid\n");
    }
}
