package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

class SecurityGroupsTest {

    private final TestCloud t = TestCloud.seeded(42);

    private static IpPermission tcp(int port, String cidr) {
        return IpPermission.builder()
                .ipProtocol("tcp")
                .fromPort(port)
                .toPort(port)
                .ipRanges(IpRange.builder().cidrIp(cidr).build())
                .build();
    }

    private String createWeb() {
        return t.ec2.createSecurityGroup(b -> b.groupName("web").description("web servers"))
                .groupId();
    }

    private SecurityGroup group(String id) {
        return t.ec2.describeSecurityGroups(b -> b.groupIds(id))
                .securityGroups()
                .get(0);
    }

    @Test
    void everyAccountHasADefaultGroupInItsDefaultVpc() {
        var groups = t.ec2.describeSecurityGroups(b -> {}).securityGroups();
        assertThat(groups).hasSize(1);
        SecurityGroup d = groups.get(0);
        assertThat(d.groupName()).isEqualTo("default");
        assertThat(d.description()).isEqualTo("default VPC security group");
        String vpc = t.ec2.describeVpcs(b -> {}).vpcs().get(0).vpcId();
        assertThat(d.vpcId()).isEqualTo(vpc);
        // All traffic in from members of the group, all traffic out.
        assertThat(d.ipPermissions()).singleElement().satisfies(p -> {
            assertThat(p.ipProtocol()).isEqualTo("-1");
            assertThat(p.userIdGroupPairs())
                    .extracting(UserIdGroupPair::groupId)
                    .containsExactly(d.groupId());
        });
        assertThat(d.ipPermissionsEgress()).singleElement().satisfies(p -> {
            assertThat(p.ipProtocol()).isEqualTo("-1");
            assertThat(p.ipRanges()).extracting(IpRange::cidrIp).containsExactly("0.0.0.0/0");
        });
    }

    @Test
    void aNewGroupHasOnlyTheAllTrafficEgressRule() {
        String id = createWeb();
        assertThat(id).matches("sg-[0-9a-f]{17}");
        SecurityGroup g = group(id);
        assertThat(g.ipPermissions()).isEmpty();
        assertThat(g.ipPermissionsEgress())
                .singleElement()
                .satisfies(p -> assertThat(p.ipProtocol()).isEqualTo("-1"));
    }

    @Test
    void aNameIsUniqueInItsVpc() {
        createWeb();
        String vpc = t.ec2.describeVpcs(b -> {}).vpcs().get(0).vpcId();
        var e = awsError("InvalidGroup.Duplicate", this::createWeb);
        assertThat(message(e)).isEqualTo("The security group 'web' already exists for VPC '" + vpc + "'");
    }

    @Test
    void openingPortsAddsRulesThatDescribeShows() {
        String id = createWeb();
        var added = t.ec2.authorizeSecurityGroupIngress(
                        b -> b.groupId(id).ipPermissions(tcp(80, "0.0.0.0/0"), tcp(22, "203.0.113.7/32")))
                .securityGroupRules();
        assertThat(added)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.securityGroupRuleId()).matches("sgr-[0-9a-f]{17}"));
        SecurityGroup g = group(id);
        assertThat(g.ipPermissions())
                .extracting(IpPermission::fromPort, p -> p.ipRanges().get(0).cidrIp())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(80, "0.0.0.0/0"),
                        org.assertj.core.groups.Tuple.tuple(22, "203.0.113.7/32"));
        List<SecurityGroupRule> rules = t.ec2.describeSecurityGroupRules(b ->
                        b.filters(Filter.builder().name("group-id").values(id).build()))
                .securityGroupRules();
        assertThat(rules).hasSize(3);
        assertThat(rules)
                .filteredOn(r -> !r.isEgress())
                .extracting(SecurityGroupRule::cidrIpv4)
                .containsExactly("0.0.0.0/0", "203.0.113.7/32");
    }

    @Test
    void theSameRuleTwiceIsADuplicate() {
        String id = createWeb();
        t.ec2.authorizeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(tcp(22, "0.0.0.0/0")));
        var e = awsError(
                "InvalidPermission.Duplicate",
                () -> t.ec2.authorizeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(tcp(22, "0.0.0.0/0"))));
        assertThat(message(e))
                .isEqualTo(
                        "the specified rule \"peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW\" already exists");
        var egress = awsError(
                "InvalidPermission.Duplicate",
                () -> t.ec2.authorizeSecurityGroupEgress(b -> b.groupId(id)
                        .ipPermissions(IpPermission.builder()
                                .ipProtocol("-1")
                                .ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").build())
                                .build())));
        assertThat(message(egress)).isEqualTo("the specified rule \"peer: 0.0.0.0/0, ALL, ALLOW\" already exists");
    }

    @Test
    void aRefusedAuthorizeAddsNothing() {
        String id = createWeb();
        t.ec2.authorizeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(tcp(22, "0.0.0.0/0")));
        awsError(
                "InvalidPermission.Duplicate",
                () -> t.ec2.authorizeSecurityGroupIngress(
                        b -> b.groupId(id).ipPermissions(tcp(443, "0.0.0.0/0"), tcp(22, "0.0.0.0/0"))));
        assertThat(group(id).ipPermissions()).hasSize(1);
    }

    @Test
    void sixtyInboundRulesAreTheLimit() {
        String id = createWeb();
        for (int port = 1000; port < 1060; port++) {
            int p = port;
            t.ec2.authorizeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(tcp(p, "0.0.0.0/0")));
        }
        var e = awsError(
                "RulesPerSecurityGroupLimitExceeded",
                () -> t.ec2.authorizeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(tcp(2000, "0.0.0.0/0"))));
        assertThat(message(e)).isEqualTo("The maximum number of rules per security group has been reached.");
    }

    @Test
    void revokingRemovesTheRuleAndAnUnknownOneIsReportedInTheDefaultVpc() {
        String id = createWeb();
        t.ec2.authorizeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(tcp(80, "0.0.0.0/0")));
        var r = t.ec2.revokeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(tcp(80, "0.0.0.0/0")));
        assertThat(r.returnValue()).isTrue();
        assertThat(r.revokedSecurityGroupRules()).hasSize(1);
        assertThat(group(id).ipPermissions()).isEmpty();
        var again = t.ec2.revokeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(tcp(80, "0.0.0.0/0")));
        assertThat(again.unknownIpPermissions()).hasSize(1);
    }

    @Test
    void revokingAnUnknownRuleOutsideTheDefaultVpcIsRefused() {
        String vpc = t.ec2.createVpc(b -> b.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String id = t.ec2.createSecurityGroup(
                        b -> b.groupName("web").description("web").vpcId(vpc))
                .groupId();
        var e = awsError(
                "InvalidPermission.NotFound",
                () -> t.ec2.revokeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(tcp(80, "0.0.0.0/0"))));
        assertThat(message(e)).isEqualTo("The specified rule does not exist in this security group");
    }

    @Test
    void anUnknownGroupIsNotFound() {
        var e = awsError(
                "InvalidGroup.NotFound", () -> t.ec2.describeSecurityGroups(b -> b.groupIds("sg-0123456789abcdef0")));
        assertThat(message(e)).isEqualTo("The security group 'sg-0123456789abcdef0' does not exist");
        assertThat(message(awsError(
                        "InvalidGroup.NotFound", () -> t.ec2.describeSecurityGroups(b -> b.groupNames("nope")))))
                .startsWith("The security group 'nope' does not exist in default VPC 'vpc-");
    }

    @Test
    void aGroupInUseCannotBeDeletedUntilItsInstanceIsTerminated() {
        String id = createWeb();
        String instance =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").securityGroupIds(id));
        var e = awsError("DependencyViolation", () -> t.ec2.deleteSecurityGroup(b -> b.groupId(id)));
        assertThat(message(e)).isEqualTo("resource " + id + " has a dependent object");
        t.advance(Duration.ofMinutes(1));
        t.ec2.stopInstances(b -> b.instanceIds(instance));
        t.advance(Duration.ofMinutes(2));
        // A stopped instance keeps its interface and its groups.
        awsError("DependencyViolation", () -> t.ec2.deleteSecurityGroup(b -> b.groupId(id)));
        t.ec2.terminateInstances(b -> b.instanceIds(instance));
        t.advance(Duration.ofMinutes(1));
        assertThat(t.ec2.deleteSecurityGroup(b -> b.groupId(id)).groupId()).isEqualTo(id);
        awsError("InvalidGroup.NotFound", () -> group(id));
    }

    @Test
    void aGroupReferencedByAnotherGroupsRuleCannotBeDeleted() {
        String web = createWeb();
        String db = t.ec2.createSecurityGroup(b -> b.groupName("db").description("db"))
                .groupId();
        t.ec2.authorizeSecurityGroupIngress(b -> b.groupId(db)
                .ipPermissions(IpPermission.builder()
                        .ipProtocol("tcp")
                        .fromPort(5432)
                        .toPort(5432)
                        .userIdGroupPairs(UserIdGroupPair.builder().groupId(web).build())
                        .build()));
        awsError("DependencyViolation", () -> t.ec2.deleteSecurityGroup(b -> b.groupId(web)));
    }

    @Test
    void theDefaultGroupCannotBeDeleted() {
        String id =
                t.ec2.describeSecurityGroups(b -> {}).securityGroups().get(0).groupId();
        var e = awsError("CannotDelete", () -> t.ec2.deleteSecurityGroup(b -> b.groupId(id)));
        assertThat(message(e))
                .isEqualTo("the specified group: \"" + id + "\" name: \"default\" cannot be deleted by a user");
    }

    @Test
    void anInstanceLaunchesIntoTheGroupsItNamesOrTheDefaultGroup() {
        String web = createWeb();
        String withWeb =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").securityGroupIds(web));
        String byName =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").securityGroups("web"));
        String plain = t.launch("t3.micro");
        assertThat(t.describe(withWeb).securityGroups()).singleElement().satisfies(g -> {
            assertThat(g.groupId()).isEqualTo(web);
            assertThat(g.groupName()).isEqualTo("web");
        });
        assertThat(t.describe(byName).securityGroups().get(0).groupId()).isEqualTo(web);
        assertThat(t.describe(plain).securityGroups().get(0).groupName()).isEqualTo("default");
    }

    @Test
    void aLaunchWithAnUnknownGroupIsRefusedAndLaunchesNothing() {
        var e = awsError(
                "InvalidGroup.NotFound",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023).instanceType("t3.micro").securityGroupIds("sg-0123456789abcdef0")));
        assertThat(message(e)).isEqualTo("The security group 'sg-0123456789abcdef0' does not exist");
        assertThat(t.ec2.describeInstances(b -> {}).reservations()).isEmpty();
    }

    @Test
    void anotherAccountsGroupIsNotFound() {
        String id = createWeb();
        awsError("InvalidGroup.NotFound", () -> t.teammate.describeSecurityGroups(b -> b.groupIds(id)));
    }

    @Test
    void aRunningInstancesGroupsCanBeReplaced() {
        String web = createWeb();
        String id = t.launchRunning();
        t.ec2.modifyInstanceAttribute(b -> b.instanceId(id).groups(web));
        assertThat(t.describe(id).securityGroups()).extracting(g -> g.groupId()).containsExactly(web);
        assertThat(t.describe(id).networkInterfaces().get(0).groups())
                .extracting(g -> g.groupName())
                .containsExactly("web");
        assertThat(t.ec2.describeInstanceAttribute(b -> b.instanceId(id).attribute("groupSet"))
                        .groups())
                .extracting(g -> g.groupId())
                .containsExactly(web);
        awsError(
                "InvalidGroup.NotFound",
                () -> t.ec2.modifyInstanceAttribute(b -> b.instanceId(id).groups("sg-0123456789abcdef0")));
    }
}
