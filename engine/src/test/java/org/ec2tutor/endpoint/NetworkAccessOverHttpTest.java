package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfileAssociationState;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;

/**
 * Secondary private addresses and IAM instance profile associations through the served endpoint, with the real SDK
 * over HTTP: the EC2 query protocol carries the new members and AWS's errors both ways.
 */
class NetworkAccessOverHttpTest {

    private final SimulatedAws aws = SimulatedAws.create(43);
    private final Endpoint endpoint = EndpointSdkTest.start(aws);
    private final Ec2Client ec2 = HttpClients.ec2(endpoint, "default", "us-east-1");

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    @Test
    void secondaryAddressesAndAProfileAssociationOverHttp() {
        String id = ec2.runInstances(b -> b.imageId(EndpointSdkTest.AL2023)
                        .instanceType("t3.small")
                        .minCount(1)
                        .maxCount(1)
                        .networkInterfaces(InstanceNetworkInterfaceSpecification.builder()
                                .deviceIndex(0)
                                .secondaryPrivateIpAddressCount(1)
                                .build()))
                .instances()
                .get(0)
                .instanceId();
        ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id));
        var nic = ec2.describeInstances(b -> b.instanceIds(id))
                .reservations()
                .get(0)
                .instances()
                .get(0)
                .networkInterfaces()
                .get(0);
        assertThat(nic.privateIpAddresses()).hasSize(2);
        assertThat(nic.privateIpAddresses().get(1).primary()).isFalse();

        var assigned = ec2.assignPrivateIpAddresses(
                b -> b.networkInterfaceId(nic.networkInterfaceId()).secondaryPrivateIpAddressCount(2));
        assertThat(assigned.assignedPrivateIpAddresses()).hasSize(2);
        Ec2Exception over = catchThrowableOfType(
                Ec2Exception.class,
                () -> ec2.assignPrivateIpAddresses(
                        b -> b.networkInterfaceId(nic.networkInterfaceId()).secondaryPrivateIpAddressCount(1)));
        assertThat(over.awsErrorDetails().errorCode()).isEqualTo("PrivateIpAddressLimitExceeded");

        var a = ec2.associateIamInstanceProfile(
                        b -> b.instanceId(id).iamInstanceProfile(p -> p.name("AmazonSSMRoleForInstancesQuickSetup")))
                .iamInstanceProfileAssociation();
        assertThat(a.state()).isEqualTo(IamInstanceProfileAssociationState.ASSOCIATING);
        Ec2Exception twice = catchThrowableOfType(
                Ec2Exception.class,
                () -> ec2.associateIamInstanceProfile(
                        b -> b.instanceId(id).iamInstanceProfile(p -> p.name("ecsInstanceRole"))));
        assertThat(twice.awsErrorDetails().errorCode()).isEqualTo("IncorrectState");
        assertThat(twice.awsErrorDetails().errorMessage())
                .isEqualTo("There is an existing association for instance " + id);
        assertThat(ec2.describeIamInstanceProfileAssociations(b -> b.associationIds(a.associationId()))
                        .iamInstanceProfileAssociations())
                .hasSize(1);
    }
}
