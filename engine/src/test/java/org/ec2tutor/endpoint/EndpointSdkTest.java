package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;

/** The real AWS SDK for Java, over HTTP with the URL-connection client, against a served simulated cloud. */
class EndpointSdkTest {

    static final String AL2023 = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

    private final SimulatedAws aws = SimulatedAws.create(42);
    private final Endpoint endpoint = start(aws);
    private final Ec2Client ec2 = HttpClients.ec2(endpoint, "default", "us-east-1");

    static Endpoint start(SimulatedAws aws) {
        try {
            return Endpoint.start(aws, 0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    @Test
    void anAmiLifecycleAcrossTwoAccountsWithTheSdksOwnWaiters() {
        String userData =
                Base64.getEncoder().encodeToString("#!/bin/bash\necho hello".getBytes(StandardCharsets.UTF_8));
        String id = ec2.runInstances(b -> b.imageId(AL2023)
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1)
                        .userData(userData)
                        .tagSpecifications(TagSpecification.builder()
                                .resourceType(ResourceType.INSTANCE)
                                .tags(Tag.builder().key("Name").value("web").build())
                                .build()))
                .instances()
                .get(0)
                .instanceId();

        WaiterResponse<DescribeInstancesResponse> running =
                ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id));
        // The first poll already sees it running: a describe over HTTP lets the boot complete (PollClock).
        assertThat(running.attemptsExecuted()).isEqualTo(1);
        Instance instance = running.matched()
                .response()
                .orElseThrow()
                .reservations()
                .get(0)
                .instances()
                .get(0);
        assertThat(instance.state().name()).isEqualTo(InstanceStateName.RUNNING);
        assertThat(instance.tags())
                .containsExactly(Tag.builder().key("Name").value("web").build());

        ec2.stopInstances(b -> b.instanceIds(id));
        ec2.waiter().waitUntilInstanceStopped(b -> b.instanceIds(id));
        String ami = ec2.createImage(b -> b.instanceId(id).name("web-image").noReboot(true))
                .imageId();
        WaiterResponse<DescribeImagesResponse> available = ec2.waiter().waitUntilImageAvailable(b -> b.imageIds(ami));
        assertThat(available.matched().response().orElseThrow().images().get(0).stateAsString())
                .isEqualTo("available");

        ec2.modifyImageAttribute(b -> b.imageId(ami)
                .launchPermission(l ->
                        l.add(LaunchPermission.builder().userId("444455556666").build())));
        try (Ec2Client teammate = HttpClients.ec2(endpoint, "teammate", "us-east-1")) {
            String theirs = teammate.runInstances(b ->
                            b.imageId(ami).instanceType("t3.micro").minCount(1).maxCount(1))
                    .instances()
                    .get(0)
                    .instanceId();
            assertThat(aws.ec2("teammate", "us-east-1")
                            .describeInstances(b -> b.instanceIds(theirs))
                            .reservations()
                            .get(0)
                            .ownerId())
                    .isEqualTo("444455556666");
        }

        ec2.deregisterImage(b -> b.imageId(ami));
        ec2.terminateInstances(b -> b.instanceIds(id));
        assertThat(aws.ec2().describeImages(b -> b.owners("self")).images()).isEmpty();
        assertThat(aws.ec2()
                        .describeInstances(b -> b.instanceIds(id))
                        .reservations()
                        .get(0)
                        .instances()
                        .get(0)
                        .state()
                        .name())
                .isIn(InstanceStateName.SHUTTING_DOWN, InstanceStateName.TERMINATED);
    }

    @Test
    void onAManualClockAReadOverHttpMovesTimeInWaiterStepsAndAWriteDoesNot() {
        java.time.Instant start = aws.now();
        String id = ec2.runInstances(b ->
                        b.imageId(AL2023).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances()
                .get(0)
                .instanceId();
        assertThat(aws.now()).isEqualTo(start);

        Instance seen = ec2.describeInstances(b -> b.instanceIds(id))
                .reservations()
                .get(0)
                .instances()
                .get(0);

        java.time.Duration moved = java.time.Duration.between(start, aws.now());
        assertThat(seen.state().name()).isEqualTo(InstanceStateName.RUNNING);
        assertThat(moved).isGreaterThanOrEqualTo(PollClock.STEP);
        assertThat(moved.toMillis() % PollClock.STEP.toMillis()).isZero();
    }

    @Test
    void aDescribeOverHttpEqualsTheSameCallInTheJvm() {
        ec2.runInstances(b -> b.imageId(AL2023)
                .instanceType("m5.large")
                .minCount(2)
                .maxCount(2)
                .tagSpecifications(TagSpecification.builder()
                        .resourceType(ResourceType.INSTANCE)
                        .tags(Tag.builder().key("Name").value("pair").build())
                        .build()));
        DescribeInstancesResponse overHttp = ec2.describeInstances();

        DescribeInstancesResponse inJvm = aws.ec2().describeInstances();

        assertThat(overHttp.reservations()).isEqualTo(inJvm.reservations());
    }

    @Test
    void theSdksPaginatorFollowsNextTokenOverHttp() {
        ec2.runInstances(
                b -> b.imageId(AL2023).instanceType("t3.nano").minCount(7).maxCount(7));

        List<DescribeInstancesResponse> pages =
                ec2.describeInstancesPaginator(b -> b.maxResults(5)).stream().collect(Collectors.toList());

        assertThat(pages).hasSize(2);
        assertThat(pages.stream()
                        .flatMap(p -> p.reservations().stream())
                        .map(Reservation::instances)
                        .mapToInt(List::size)
                        .sum())
                .isEqualTo(7);
    }

    @Test
    void theCredentialScopesRegionIsTheRegionCalled() {
        ec2.runInstances(
                b -> b.imageId(AL2023).instanceType("t3.micro").minCount(1).maxCount(1));

        try (Ec2Client ireland = HttpClients.ec2(endpoint, "default", "eu-west-1")) {
            assertThat(ireland.describeInstances().reservations()).isEmpty();
        }
        assertThat(aws.ec2().describeInstances().reservations()).hasSize(1);
    }

    @Test
    void runCommandOverSystemsManagersJsonProtocol() {
        String id = ec2.runInstances(b ->
                        b.imageId(AL2023).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances()
                .get(0)
                .instanceId();
        ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id));

        try (SsmClient ssm = HttpClients.ssm(endpoint, "default")) {
            String command = ssm.sendCommand(b -> b.documentName("AWS-RunShellScript")
                            .instanceIds(id)
                            .parameters(java.util.Map.of("commands", List.of("echo from-http"))))
                    .command()
                    .commandId();
            GetCommandInvocationResponse invocation =
                    ssm.getCommandInvocation(b -> b.commandId(command).instanceId(id));
            assertThat(invocation.standardOutputContent()).contains("from-http");
            assertThat(invocation.statusAsString()).isEqualTo("Success");
        }
    }

    @Test
    void securityGroupsAndTheirRulesOverHttp() {
        String id = ec2.createSecurityGroup(b -> b.groupName("web").description("web"))
                .groupId();
        var rule = software.amazon.awssdk.services.ec2.model.IpPermission.builder()
                .ipProtocol("tcp")
                .fromPort(22)
                .toPort(22)
                .ipRanges(software.amazon.awssdk.services.ec2.model.IpRange.builder()
                        .cidrIp("203.0.113.7/32")
                        .description("my laptop")
                        .build())
                .build();
        ec2.authorizeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(rule));
        var group =
                ec2.describeSecurityGroups(b -> b.groupIds(id)).securityGroups().get(0);
        assertThat(group.ipPermissions().get(0).ipRanges().get(0).description()).isEqualTo("my laptop");
        assertThatThrownBy(() ->
                        ec2.authorizeSecurityGroupIngress(b -> b.groupId(id).ipPermissions(rule)))
                .isInstanceOfSatisfying(
                        Ec2Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidPermission.Duplicate"));
        assertThat(ec2.describeVpcs().vpcs().get(0).cidrBlock()).isEqualTo("172.31.0.0/16");
    }

    @Test
    void anOperationTheSimulatorDoesNotModelIsOperationNotSimulatedInAwssErrorShape() {
        assertThatThrownBy(() -> ec2.describeVpcEndpoints(b -> {})).isInstanceOfSatisfying(Ec2Exception.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("OperationNotSimulated");
            assertThat(e.statusCode()).isEqualTo(400);
        });
        assertThat(aws.ec2().describeInstances().reservations()).isEmpty();
    }

    @Test
    void anAwsErrorKeepsItsCodeMessageAndStatus() {
        assertThatThrownBy(() -> ec2.stopInstances(b -> b.instanceIds("i-0123456789abcdef0")))
                .isInstanceOfSatisfying(Ec2Exception.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidInstanceID.NotFound");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("The instance ID 'i-0123456789abcdef0' does not exist");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
    }
}
