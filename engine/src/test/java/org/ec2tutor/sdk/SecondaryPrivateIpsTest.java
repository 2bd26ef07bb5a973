package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import java.util.List;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.AssignedPrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.InstancePrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.NetworkInterfacePrivateIpAddress;

/**
 * Secondary private IPv4 addresses on an instance's primary interface: at launch and afterwards, from the subnet,
 * within the instance type's IPv4-per-interface limit (t3.micro 2, t3.small 4, m5.large 10), free of charge, and
 * given back to the subnet when the instance terminates.
 */
class SecondaryPrivateIpsTest {

    private final TestCloud t = TestCloud.seeded(24);

    private String launch(String type, int secondary) {
        return t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType(type)
                        .networkInterfaces(InstanceNetworkInterfaceSpecification.builder()
                                .deviceIndex(0)
                                .secondaryPrivateIpAddressCount(secondary)
                                .build()));
    }

    private String eni(String id) {
        return t.describe(id).networkInterfaces().get(0).networkInterfaceId();
    }

    private List<InstancePrivateIpAddress> addresses(String id) {
        return t.describe(id).networkInterfaces().get(0).privateIpAddresses();
    }

    private int available(String subnetId) {
        return t.ec2.describeSubnets(b -> b.subnetIds(subnetId))
                .subnets()
                .get(0)
                .availableIpAddressCount();
    }

    @Test
    void aLaunchWithACountGetsThatManySecondaryAddressesFromItsSubnet() {
        String id = launch("t3.small", 2);
        var shown = addresses(id);
        assertThat(shown).hasSize(3);
        assertThat(shown.get(0).primary()).isTrue();
        assertThat(shown.get(0).privateIpAddress()).isEqualTo(t.describe(id).privateIpAddress());
        assertThat(shown.subList(1, 3)).allSatisfy(a -> {
            assertThat(a.primary()).isFalse();
            assertThat(a.privateIpAddress()).startsWith("172.31.");
            assertThat(a.privateDnsName())
                    .isEqualTo("ip-" + a.privateIpAddress().replace('.', '-') + ".ec2.internal");
        });
        List<NetworkInterfacePrivateIpAddress> viaEni = t.ec2.describeNetworkInterfaces(
                        b -> b.networkInterfaceIds(eni(id)))
                .networkInterfaces()
                .get(0)
                .privateIpAddresses();
        assertThat(viaEni)
                .extracting(NetworkInterfacePrivateIpAddress::privateIpAddress)
                .containsExactlyElementsOf(shown.stream()
                        .map(InstancePrivateIpAddress::privateIpAddress)
                        .toList());
    }

    @Test
    void moreThanTheTypeAllowsIsRefusedAndNothingLaunches() {
        var e = awsError("PrivateIpAddressLimitExceeded", () -> launch("t3.micro", 2));
        assertThat(message(e)).isEqualTo("Number of private addresses will exceed limit.");
        assertThat(t.ec2.describeInstances(b -> {}).reservations()).isEmpty();
        assertThat(addresses(launch("t3.micro", 1))).hasSize(2);
    }

    @Test
    void assignAndUnassignOnARunningInstanceWithinTheLimit() {
        t.launch("t3.small");
        String id = launch("t3.small", 0);
        t.advance(Duration.ofSeconds(30));
        String subnet = t.describe(id).subnetId();
        int before = available(subnet);

        var assigned = t.ec2.assignPrivateIpAddresses(
                b -> b.networkInterfaceId(eni(id)).secondaryPrivateIpAddressCount(2));
        assertThat(assigned.networkInterfaceId()).isEqualTo(eni(id));
        List<String> ips = assigned.assignedPrivateIpAddresses().stream()
                .map(AssignedPrivateIpAddress::privateIpAddress)
                .toList();
        assertThat(ips).hasSize(2).doesNotContain(t.describe(id).privateIpAddress());
        assertThat(available(subnet)).isEqualTo(before - 2);

        var e = awsError(
                "PrivateIpAddressLimitExceeded",
                () -> t.ec2.assignPrivateIpAddresses(
                        b -> b.networkInterfaceId(eni(id)).secondaryPrivateIpAddressCount(2)));
        assertThat(message(e)).isEqualTo("Number of private addresses will exceed limit.");

        t.ec2.unassignPrivateIpAddresses(b -> b.networkInterfaceId(eni(id)).privateIpAddresses(ips.get(0)));
        assertThat(addresses(id))
                .extracting(InstancePrivateIpAddress::privateIpAddress)
                .doesNotContain(ips.get(0))
                .contains(ips.get(1));
        assertThat(available(subnet)).isEqualTo(before - 1);
    }

    @Test
    void namedAddressesMustBeFreeAndInTheSubnet() {
        String other = launch("t3.small", 0);
        String id = launch("t3.small", 0);
        String subnetCidr = t.ec2.describeSubnets(
                        b -> b.subnetIds(t.describe(id).subnetId()))
                .subnets()
                .get(0)
                .cidrBlock();
        String prefix = subnetCidr.substring(0, subnetCidr.lastIndexOf('.', subnetCidr.indexOf('/')) + 1);
        String taken = t.describe(other).privateIpAddress();

        var inUse = awsError(
                "InvalidIPAddress.InUse",
                () -> t.ec2.assignPrivateIpAddresses(
                        b -> b.networkInterfaceId(eni(id)).privateIpAddresses(taken)));
        assertThat(message(inUse)).isEqualTo("Address " + taken + " is in use.");
        var outside = awsError(
                "InvalidParameterValue",
                () -> t.ec2.assignPrivateIpAddresses(
                        b -> b.networkInterfaceId(eni(id)).privateIpAddresses("10.9.9.9")));
        assertThat(message(outside)).isEqualTo("Address 10.9.9.9 does not fall within the subnet's address range");

        String free = taken.equals(prefix + "200") ? prefix + "201" : prefix + "200";
        t.ec2.assignPrivateIpAddresses(b -> b.networkInterfaceId(eni(id)).privateIpAddresses(free));
        assertThat(addresses(id))
                .extracting(InstancePrivateIpAddress::privateIpAddress)
                .contains(free);
        awsError(
                "InvalidIPAddress.InUse",
                () -> t.ec2.assignPrivateIpAddresses(
                        b -> b.networkInterfaceId(eni(other)).privateIpAddresses(free)));
    }

    @Test
    void thePrimaryAddressAndForeignOnesCannotBeUnassigned() {
        String id = launch("t3.small", 1);
        String primary = t.describe(id).privateIpAddress();
        awsError(
                "InvalidParameterValue",
                () -> t.ec2.unassignPrivateIpAddresses(
                        b -> b.networkInterfaceId(eni(id)).privateIpAddresses(primary)));
        awsError(
                "InvalidParameterValue",
                () -> t.ec2.unassignPrivateIpAddresses(
                        b -> b.networkInterfaceId(eni(id)).privateIpAddresses("172.31.255.200")));
        awsError(
                "InvalidNetworkInterfaceID.NotFound",
                () -> t.ec2.assignPrivateIpAddresses(
                        b -> b.networkInterfaceId("eni-0123456789abcdef0").secondaryPrivateIpAddressCount(1)));
    }

    @Test
    void terminationGivesTheAddressesBackAndNoneOfThemIsBilled() {
        String id = launch("m5.large", 5);
        String subnet = t.describe(id).subnetId();
        t.advance(Duration.ofMinutes(1));
        int whileRunning = available(subnet);
        String interfaceId = eni(id);
        List<String> shownBefore = addresses(id).stream()
                .map(InstancePrivateIpAddress::privateIpAddress)
                .toList();
        t.advance(Duration.ofHours(2));
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(5));
        assertThat(available(subnet)).isEqualTo(whileRunning + 6);
        awsError(
                "InvalidNetworkInterfaceID.NotFound",
                () -> t.ec2.assignPrivateIpAddresses(
                        b -> b.networkInterfaceId(interfaceId).secondaryPrivateIpAddressCount(1)));
        List<String> privateIps = shownBefore;
        assertThat(t.bill().items())
                .as("only public IPv4 addresses are billed, not the private ones")
                .noneMatch(l -> privateIps.contains(l.resourceId()));
        assertThat(t.bill().items().stream()
                        .filter(l -> l.type() == UsageType.PUBLIC_IPV4)
                        .map(LineItem::resourceId)
                        .distinct())
                .hasSize(1);
    }

    @Test
    void theGuestsMetadataListsEveryPrivateAddress() {
        String id = launch("t3.small", 1);
        t.advance(Duration.ofMinutes(1));
        var ran = new GuestCommands(t)
                .run(
                        id,
                        "T=$(curl -s -X PUT http://169.254.169.254/latest/api/token"
                                + " -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
                        "MAC=$(curl -s -H \"X-aws-ec2-metadata-token: $T\""
                                + " http://169.254.169.254/latest/meta-data/mac)",
                        "curl -s -H \"X-aws-ec2-metadata-token: $T\" "
                                + "http://169.254.169.254/latest/meta-data/network/interfaces/macs/$MAC/local-ipv4s");
        var shown = addresses(id);
        assertThat(ran.out())
                .contains(shown.get(0).privateIpAddress() + "\n" + shown.get(1).privateIpAddress());
    }
}
