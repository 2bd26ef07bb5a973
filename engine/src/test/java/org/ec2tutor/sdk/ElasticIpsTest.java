package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.math.BigDecimal;
import java.time.Duration;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;

class ElasticIpsTest {

    private final TestCloud t = TestCloud.seeded(42);

    private String allocate() {
        return t.ec2.allocateAddress(b -> {}).allocationId();
    }

    private Address address(String allocationId) {
        return t.ec2.describeAddresses(b -> b.allocationIds(allocationId))
                .addresses()
                .get(0);
    }

    private BigDecimal ipv4Hours() {
        return t.bill().items().stream()
                .filter(l -> l.type() == UsageType.PUBLIC_IPV4)
                .map(LineItem::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void anAddressIsAllocatedAndBilledEvenWhenIdle() {
        var r = t.ec2.allocateAddress(b -> {});
        assertThat(r.allocationId()).matches("eipalloc-[0-9a-f]{17}");
        assertThat(r.publicIp()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(r.domainAsString()).isEqualTo("vpc");
        t.advance(Duration.ofHours(10));
        assertThat(ipv4Hours()).isEqualByComparingTo("10");
        t.ec2.releaseAddress(b -> b.allocationId(r.allocationId()));
        t.advance(Duration.ofHours(10));
        assertThat(ipv4Hours()).isEqualByComparingTo("10");
        assertThat(t.ec2.describeAddresses(b -> {}).addresses()).isEmpty();
    }

    @Test
    void associatedItReplacesTheAutoAssignedAddressAndSurvivesStopAndStart() {
        String id = t.launchRunning();
        String eip = allocate();
        String ip = address(eip).publicIp();
        String association =
                t.ec2.associateAddress(b -> b.allocationId(eip).instanceId(id)).associationId();
        assertThat(association).matches("eipassoc-[0-9a-f]{17}");
        assertThat(t.describe(id).publicIpAddress()).isEqualTo(ip);
        assertThat(address(eip).instanceId()).isEqualTo(id);
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(2));
        assertThat(t.describe(id).publicIpAddress()).isEqualTo(ip);
        t.ec2.startInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        Instance i = t.describe(id);
        assertThat(i.publicIpAddress()).isEqualTo(ip);
        assertThat(i.networkInterfaces().get(0).association().ipOwnerId()).isEqualTo("111122223333");
    }

    @Test
    void disassociatingGivesARunningInstanceAFreshAutoAssignedAddress() {
        String id = t.launchRunning();
        String eip = allocate();
        String association =
                t.ec2.associateAddress(b -> b.allocationId(eip).instanceId(id)).associationId();
        t.ec2.disassociateAddress(b -> b.associationId(association));
        Instance i = t.describe(id);
        assertThat(i.publicIpAddress()).isNotNull().isNotEqualTo(address(eip).publicIp());
        assertThat(i.networkInterfaces().get(0).association().ipOwnerId()).isEqualTo("amazon");
        assertThat(address(eip).associationId()).isNull();
    }

    @Test
    void anAssociatedAddressMovesUnlessReassociationIsRefused() {
        String a = t.launchRunning();
        String b2 = t.launchRunning();
        String eip = allocate();
        String first =
                t.ec2.associateAddress(b -> b.allocationId(eip).instanceId(a)).associationId();
        var e = awsError(
                "Resource.AlreadyAssociated",
                () -> t.ec2.associateAddress(
                        b -> b.allocationId(eip).instanceId(b2).allowReassociation(false)));
        assertThat(message(e)).isEqualTo("resource " + eip + " is already associated with associate-id " + first);
        t.ec2.associateAddress(b -> b.allocationId(eip).instanceId(b2));
        assertThat(address(eip).instanceId()).isEqualTo(b2);
    }

    @Test
    void releasingAnAssociatedAddressInTheDefaultVpcDisassociatesIt() {
        String id = t.launchRunning();
        String eip = allocate();
        t.ec2.associateAddress(b -> b.allocationId(eip).instanceId(id));
        t.ec2.releaseAddress(b -> b.allocationId(eip));
        assertThat(t.describe(id).publicIpAddress()).isNotNull();
        var e = awsError("InvalidAllocationID.NotFound", () -> address(eip));
        assertThat(message(e)).isEqualTo("The allocation ID '" + eip + "' does not exist");
    }

    @Test
    void aTerminatedInstanceLeavesItsAddressAllocated() {
        String id = t.launchRunning();
        String eip = allocate();
        t.ec2.associateAddress(b -> b.allocationId(eip).instanceId(id));
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        assertThat(address(eip).instanceId()).isNull();
    }

    @Test
    void fiveAddressesPerRegion() {
        for (int n = 0; n < 5; n++) {
            allocate();
        }
        var e = awsError("AddressLimitExceeded", this::allocate);
        assertThat(message(e)).isEqualTo("The maximum number of addresses has been reached.");
    }

    @Test
    void releasingByPublicIpAloneIsRefused() {
        String eip = allocate();
        String ip = address(eip).publicIp();
        var e = awsError("InvalidParameterValue", () -> t.ec2.releaseAddress(b -> b.publicIp(ip)));
        assertThat(message(e)).isEqualTo("You must specify an allocation id when releasing a VPC elastic IP address");
        var unknown = awsError(
                "InvalidAssociationID.NotFound",
                () -> t.ec2.disassociateAddress(b -> b.associationId("eipassoc-0123456789abcdef0")));
        assertThat(message(unknown)).isEqualTo("The association ID 'eipassoc-0123456789abcdef0' does not exist");
    }

    @Test
    void describeInstancesShowsThePrimaryNetworkInterface() {
        String id = t.launchRunning();
        Instance i = t.describe(id);
        InstanceNetworkInterface n = i.networkInterfaces().get(0);
        assertThat(n.networkInterfaceId()).matches("eni-[0-9a-f]{17}");
        assertThat(n.macAddress()).matches("0[ae](:[0-9a-f]{2}){5}");
        assertThat(n.attachment().deviceIndex()).isZero();
        assertThat(n.attachment().attachmentId()).matches("eni-attach-[0-9a-f]{17}");
        assertThat(n.privateIpAddress()).isEqualTo(i.privateIpAddress());
        assertThat(n.privateIpAddresses().get(0).primary()).isTrue();
        assertThat(n.association().publicIp()).isEqualTo(i.publicIpAddress());
        assertThat(n.association().ipOwnerId()).isEqualTo("amazon");
        assertThat(n.groups()).isEqualTo(i.securityGroups());
        assertThat(n.subnetId()).isEqualTo(i.subnetId());
        var described = t.ec2.describeNetworkInterfaces(b -> b.networkInterfaceIds(n.networkInterfaceId()))
                .networkInterfaces()
                .get(0);
        assertThat(described.attachment().instanceId()).isEqualTo(id);
        assertThat(described.privateIpAddress()).isEqualTo(i.privateIpAddress());
        awsError(
                "InvalidNetworkInterfaceID.NotFound",
                () -> t.ec2.describeNetworkInterfaces(b -> b.networkInterfaceIds("eni-0123456789abcdef0")));
    }
}
