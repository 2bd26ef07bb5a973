package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.InstancePrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.PrivateIpAddressSpecification;

/**
 * Private addresses a learner chooses: at launch (the primary one, secondary ones) and with
 * AssignPrivateIpAddresses, checked against the subnet's range and the addresses taken; AllowReassignment moves a
 * secondary address from one interface to another.
 */
class NamedPrivateIpsTest {

    private final TestCloud t = TestCloud.seeded(24);
    private final String first = t.launch("t3.small");
    private final String subnetId = t.describe(first).subnetId();
    /** The subnet's first three octets, e.g. {@code 172.31.32}: its /20 starts at .0 of them. */
    private final String prefix = t.ec2.describeSubnets(b -> b.subnetIds(subnetId))
            .subnets()
            .get(0)
            .cidrBlock()
            .replaceAll("\\.0/20$", "");

    private String ip(int last) {
        return prefix + "." + last;
    }

    private String launchWith(String primary, String... secondaries) {
        return t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType("t3.small")
                        .networkInterfaces(InstanceNetworkInterfaceSpecification.builder()
                                .deviceIndex(0)
                                .subnetId(subnetId)
                                .privateIpAddresses(addressSpecs(primary, secondaries))
                                .build()));
    }

    private static List<PrivateIpAddressSpecification> addressSpecs(String primary, String... secondaries) {
        List<PrivateIpAddressSpecification> out = new java.util.ArrayList<>();
        out.add(PrivateIpAddressSpecification.builder()
                .privateIpAddress(primary)
                .primary(true)
                .build());
        for (String s : secondaries) {
            out.add(PrivateIpAddressSpecification.builder().privateIpAddress(s).build());
        }
        return out;
    }

    private List<String> addresses(String id) {
        return t.describe(id).networkInterfaces().get(0).privateIpAddresses().stream()
                .map(InstancePrivateIpAddress::privateIpAddress)
                .toList();
    }

    private String eni(String id) {
        return t.describe(id).networkInterfaces().get(0).networkInterfaceId();
    }

    @Test
    void aLaunchGetsTheAddressesItNames() {
        String id = launchWith(ip(200), ip(201), ip(202));
        assertThat(t.describe(id).privateIpAddress()).isEqualTo(ip(200));
        assertThat(addresses(id)).containsExactly(ip(200), ip(201), ip(202));
        assertThat(message(awsError("InvalidIPAddress.InUse", () -> launchWith(ip(201)))))
                .isEqualTo("Address " + ip(201) + " is in use.");
        assertThat(message(awsError("InvalidParameterValue", () -> launchWith("10.9.9.9"))))
                .isEqualTo("Address 10.9.9.9 does not fall within the subnet's address range");
        awsError("InvalidParameterValue", () -> launchWith(ip(1)));
        awsError("PrivateIpAddressLimitExceeded", () -> launchWith(ip(210), ip(211), ip(212), ip(213), ip(214)));
        awsError(
                "InvalidParameterCombination",
                () -> t.ec2.runInstances(b -> b.imageId(AL2023)
                        .instanceType("t3.small")
                        .minCount(2)
                        .maxCount(2)
                        .subnetId(subnetId)
                        .privateIpAddress(ip(220))));
        assertThat(t.ec2.describeInstances().reservations())
                .as("nothing launched by a refusal")
                .hasSize(2);
    }

    @Test
    void theRequestsOwnPrivateIpAddressIsThePrimary() {
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType("t3.micro")
                        .subnetId(subnetId)
                        .privateIpAddress(ip(230)));
        assertThat(t.describe(id).privateIpAddress()).isEqualTo(ip(230));
    }

    @Test
    void allowReassignmentMovesASecondaryAddress() {
        String a = launchWith(ip(240), ip(241));
        String b = launchWith(ip(250));
        assertThat(message(awsError(
                        "InvalidIPAddress.InUse",
                        () -> t.ec2.assignPrivateIpAddresses(
                                r -> r.networkInterfaceId(eni(b)).privateIpAddresses(ip(241))))))
                .isEqualTo("Address " + ip(241) + " is in use.");
        t.ec2.assignPrivateIpAddresses(
                r -> r.networkInterfaceId(eni(b)).privateIpAddresses(ip(241)).allowReassignment(true));
        assertThat(addresses(b)).containsExactly(ip(250), ip(241));
        assertThat(addresses(a)).containsExactly(ip(240));
        awsError(
                "InvalidIPAddress.InUse",
                () -> t.ec2.assignPrivateIpAddresses(r ->
                        r.networkInterfaceId(eni(b)).privateIpAddresses(ip(240)).allowReassignment(true)));
    }
}
