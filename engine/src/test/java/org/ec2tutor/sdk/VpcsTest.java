package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.AccountAttribute;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Vpc;

class VpcsTest {

    private final TestCloud t = TestCloud.seeded(42);

    private Vpc defaultVpc() {
        return t.ec2.describeVpcs(b -> b.filters(
                        Filter.builder().name("is-default").values("true").build()))
                .vpcs()
                .get(0);
    }

    @Test
    void theDefaultVpcIs172_31WithAPublicSlash20PerZone() {
        Vpc vpc = defaultVpc();
        assertThat(vpc.cidrBlock()).isEqualTo("172.31.0.0/16");
        assertThat(vpc.isDefault()).isTrue();
        assertThat(vpc.state().toString()).isEqualTo("available");
        var subnets = t.ec2.describeSubnets(b -> {}).subnets();
        assertThat(subnets).hasSize(6); // us-east-1a to f
        assertThat(subnets).allSatisfy(s -> {
            assertThat(s.vpcId()).isEqualTo(vpc.vpcId());
            assertThat(s.defaultForAz()).isTrue();
            assertThat(s.mapPublicIpOnLaunch()).isTrue();
            assertThat(s.availableIpAddressCount()).isEqualTo(4091);
        });
        assertThat(subnets).extracting(Subnet::cidrBlock).startsWith("172.31.0.0/20", "172.31.16.0/20");
    }

    @Test
    void eachAccountAndRegionHasItsOwnDefaultVpc() {
        String mine = defaultVpc().vpcId();
        String teammates = t.teammate.describeVpcs(b -> {}).vpcs().get(0).vpcId();
        String west =
                t.in("default", "eu-west-1").describeVpcs(b -> {}).vpcs().get(0).vpcId();
        assertThat(mine).isNotEqualTo(teammates).isNotEqualTo(west);
    }

    @Test
    void aLaunchedInstanceUsesASubnetOfItsZoneAndTakesAnAddress() {
        String id = t.launch("t3.micro");
        Instance i = t.describe(id);
        Subnet s =
                t.ec2.describeSubnets(b -> b.subnetIds(i.subnetId())).subnets().get(0);
        assertThat(s.availabilityZone()).isEqualTo(i.placement().availabilityZone());
        assertThat(i.vpcId()).isEqualTo(defaultVpc().vpcId());
        assertThat(s.availableIpAddressCount()).isEqualTo(4090);
    }

    @Test
    void aCreatedSubnetGivesPrivateAddressesFromItsRangeAndNoPublicIp() {
        String vpc = t.ec2.createVpc(b -> b.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        Subnet subnet = t.ec2.createSubnet(
                        b -> b.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1b"))
                .subnet();
        assertThat(subnet.availableIpAddressCount()).isEqualTo(251);
        assertThat(subnet.mapPublicIpOnLaunch()).isFalse();
        String id =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").subnetId(subnet.subnetId()));
        t.advance(Duration.ofSeconds(30));
        Instance i = t.describe(id);
        assertThat(i.privateIpAddress()).startsWith("10.0.1.");
        assertThat(i.placement().availabilityZone()).isEqualTo("us-east-1b");
        assertThat(i.vpcId()).isEqualTo(vpc);
        assertThat(i.publicIpAddress()).isNull();
        // The VPC's own default group, not the default VPC's.
        assertThat(i.securityGroups().get(0).groupName()).isEqualTo("default");
        assertThat(t.bill().items()).noneMatch(l -> l.type() == org.ec2tutor.cloud.billing.UsageType.PUBLIC_IPV4);
    }

    @Test
    void aGroupOfAnotherVpcCannotBeUsedInASubnet() {
        String vpc = t.ec2.createVpc(b -> b.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnet = t.ec2.createSubnet(b -> b.vpcId(vpc).cidrBlock("10.0.1.0/24"))
                .subnet()
                .subnetId();
        String web = t.ec2.createSecurityGroup(b -> b.groupName("web").description("web"))
                .groupId();
        var e = awsError(
                "InvalidParameter",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023)
                                .instanceType("t3.micro")
                                .subnetId(subnet)
                                .securityGroupIds(web)));
        assertThat(message(e))
                .isEqualTo("Security group " + web + " and subnet " + subnet + " belong to different networks.");
    }

    @Test
    void anUnknownSubnetIsNotFound() {
        var e = awsError(
                "InvalidSubnetID.NotFound",
                () -> t.launch(
                        t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").subnetId("subnet-0123456789abcdef0")));
        assertThat(message(e)).isEqualTo("The subnet ID 'subnet-0123456789abcdef0' does not exist");
    }

    @Test
    void aTagWithoutAKeyIsAClientError() {
        var e = awsError(
                "InvalidParameterValue",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023)
                                .instanceType("t3.micro")
                                .tagSpecifications(TagSpecification.builder()
                                        .resourceType("instance")
                                        .tags(Tag.builder().value("web").build())
                                        .build())));
        assertThat(e.statusCode()).isEqualTo(400);
    }

    @Test
    void subnetsMustLieInTheirVpcWithoutOverlapping() {
        String vpc = t.ec2.createVpc(b -> b.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        t.ec2.createSubnet(b -> b.vpcId(vpc).cidrBlock("10.0.0.0/24"));
        awsError(
                "InvalidSubnet.Conflict",
                () -> t.ec2.createSubnet(b -> b.vpcId(vpc).cidrBlock("10.0.0.128/25")));
        awsError(
                "InvalidSubnet.Range",
                () -> t.ec2.createSubnet(b -> b.vpcId(vpc).cidrBlock("10.1.0.0/24")));
        awsError("InvalidVpc.Range", () -> t.ec2.createVpc(b -> b.cidrBlock("10.0.0.0/8")));
    }

    @Test
    void aVpcWithSubnetsCannotBeDeletedThenCanOnceEmpty() {
        String vpc = t.ec2.createVpc(b -> b.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnet = t.ec2.createSubnet(b -> b.vpcId(vpc).cidrBlock("10.0.0.0/24"))
                .subnet()
                .subnetId();
        awsError("DependencyViolation", () -> t.ec2.deleteVpc(b -> b.vpcId(vpc)));
        t.ec2.deleteSubnet(b -> b.subnetId(subnet));
        t.ec2.deleteVpc(b -> b.vpcId(vpc));
        awsError("InvalidVpcID.NotFound", () -> t.ec2.describeVpcs(b -> b.vpcIds(vpc)));
    }

    @Test
    void theDefaultVpcCanBeDeletedAndCreatedAgainOnce() {
        Vpc vpc = defaultVpc();
        awsError("DefaultVpcAlreadyExists", () -> t.ec2.createDefaultVpc(b -> {}));
        for (Subnet s : t.ec2.describeSubnets(b -> {}).subnets()) {
            t.ec2.deleteSubnet(b -> b.subnetId(s.subnetId()));
        }
        t.ec2.deleteVpc(b -> b.vpcId(vpc.vpcId()));
        assertThat(defaultVpcAttribute()).isEqualTo("none");
        awsError("VPCIdNotSpecified", () -> t.launch("t3.micro"));
        Vpc again = t.ec2.createDefaultVpc(b -> {}).vpc();
        assertThat(again.cidrBlock()).isEqualTo("172.31.0.0/16");
        assertThat(defaultVpcAttribute()).isEqualTo(again.vpcId());
        t.launch("t3.micro");
    }

    @Test
    void accountAttributesNameTheDefaultVpc() {
        assertThat(defaultVpcAttribute()).isEqualTo(defaultVpc().vpcId());
        var all = t.ec2.describeAccountAttributes(b -> {}).accountAttributes();
        assertThat(all)
                .extracting(AccountAttribute::attributeName)
                .contains("supported-platforms", "max-instances", "default-vpc");
    }

    private String defaultVpcAttribute() {
        return t.ec2.describeAccountAttributes(b -> b.attributeNamesWithStrings("default-vpc"))
                .accountAttributes()
                .get(0)
                .attributeValues()
                .get(0)
                .attributeValue();
    }
}
