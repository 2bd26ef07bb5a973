package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

class HibernationTest {

    private final TestCloud t = TestCloud.seeded(11);

    private static BlockDeviceMapping encryptedRoot(int size) {
        return BlockDeviceMapping.builder()
                .deviceName("/dev/xvda")
                .ebs(e -> e.encrypted(true).volumeSize(size))
                .build();
    }

    private void launchHibernating(String type, BlockDeviceMapping root) {
        t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType(type)
                        .hibernationOptions(h -> h.configured(true))
                        .blockDeviceMappings(root));
    }

    @Test
    void hibernationConfiguredAtLaunchIsReported() {
        String id = t.launchHibernatable();
        assertThat(t.describe(id).hibernationOptions().configured()).isTrue();
        assertThat(t.ec2.describeInstances(b -> b.filters(Filter.builder()
                                .name("hibernation-options.configured")
                                .values("true")
                                .build()))
                        .reservations())
                .hasSize(1);
    }

    @Test
    void anUnencryptedRootIsRefusedAtLaunch() {
        var e = awsError(
                "UnsupportedHibernationConfiguration",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023).instanceType("m5.large").hibernationOptions(h -> h.configured(true))));
        assertThat(message(e)).isEqualTo("For hibernation, the root device volume must be encrypted.");
        assertThat(t.ec2.describeInstances(b -> {}).reservations()).isEmpty();
    }

    @Test
    void aFamilyWithoutHibernationIsRefused() {
        awsError("UnsupportedHibernationConfiguration", () -> launchHibernating("r6i.large", encryptedRoot(30)));
    }

    @Test
    void tooMuchRamIsRefusedEvenInASupportedFamily() {
        // Unlimited quotas: r5.8xlarge's 32 vCPUs alone would fit, but keep the test about hibernation.
        var aws = SimulatedAws.create(1);
        awsError(
                "UnsupportedHibernationConfiguration",
                () -> aws.ec2()
                        .runInstances(b -> b.imageId(AL2023)
                                .instanceType("r5.8xlarge")
                                .minCount(1)
                                .maxCount(1)
                                .hibernationOptions(h -> h.configured(true))
                                .blockDeviceMappings(encryptedRoot(300))));
    }

    @Test
    void hibernatingAnUnconfiguredInstanceIsRefusedAndItKeepsRunning() {
        String id = t.launchRunning();
        t.advance(Duration.ofMinutes(5));
        var e = awsError(
                "UnsupportedHibernationConfiguration",
                () -> t.ec2.stopInstances(b -> b.instanceIds(id).hibernate(true)));
        assertThat(message(e))
                .isEqualTo("The instance can't be hibernated because it was not configured at launch "
                        + "for hibernation: " + id);
        assertThat(t.state(id)).isEqualTo(InstanceStateName.RUNNING);
    }

    @Test
    void hibernatingTooSoonAfterLaunchIsRefused() {
        launchHibernating("m5.large", encryptedRoot(30));
        String id = t.ec2.describeInstances(b -> {})
                .reservations()
                .get(0)
                .instances()
                .get(0)
                .instanceId();
        t.advance(Duration.ofSeconds(60));
        awsError(
                "UnsupportedHibernationConfiguration",
                () -> t.ec2.stopInstances(b -> b.instanceIds(id).hibernate(true)));
    }

    @Test
    void hibernateShowsTheHibernateReasonAndTakesLongerThanAStop() {
        String id = t.launchHibernatable();
        var r = t.ec2.stopInstances(b -> b.instanceIds(id).hibernate(true));
        assertThat(r.stoppingInstances().get(0).currentState().nameAsString()).isEqualTo("stopping");
        var i = t.describe(id);
        assertThat(i.stateReason().code()).isEqualTo("Client.UserInitiatedHibernate");
        assertThat(i.stateReason().message()).isEqualTo("Client.UserInitiatedHibernate: User initiated hibernate");
        t.advance(Duration.ofSeconds(60));
        assertThat(t.state(id)).as("8 GiB of RAM takes 16 s more").isEqualTo(InstanceStateName.STOPPING);
        t.advance(Duration.ofSeconds(16));
        assertThat(t.state(id)).isEqualTo(InstanceStateName.STOPPED);
        assertThat(t.ec2.describeInstances(b -> b.filters(Filter.builder()
                                .name("state-reason-code")
                                .values("Client.UserInitiatedHibernate")
                                .build()))
                        .reservations())
                .hasSize(1);
    }

    @Test
    void aRootTooSmallForRamFallsBackToAnOrdinaryStop() {
        launchHibernating("m5.large", encryptedRoot(8));
        String id = t.ec2.describeInstances(b -> {})
                .reservations()
                .get(0)
                .instances()
                .get(0)
                .instanceId();
        t.advance(Duration.ofMinutes(5));
        t.ec2.stopInstances(b -> b.instanceIds(id).hibernate(true));
        assertThat(t.describe(id).stateReason().code()).isEqualTo("Client.UserInitiatedShutdown");
    }

    @Test
    void aHibernatedInstanceCannotChangeType() {
        String id = t.launchHibernatable();
        t.ec2.stopInstances(b -> b.instanceIds(id).hibernate(true));
        t.advance(Duration.ofMinutes(2));
        awsError(
                "IncorrectInstanceState",
                () -> t.ec2.modifyInstanceAttribute(b -> b.instanceId(id).instanceType(v -> v.value("m5.xlarge"))));
        assertThat(t.describe(id).instanceTypeAsString()).isEqualTo("m5.large");
    }

    @Test
    void aResumedInstanceRunsWithANewPublicIpAndTheSamePrivateIp() {
        String id = t.launchHibernatable();
        var before = t.describe(id);
        t.ec2.stopInstances(b -> b.instanceIds(id).hibernate(true));
        t.advance(Duration.ofMinutes(2));
        t.ec2.startInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofSeconds(30));
        var after = t.describe(id);
        assertThat(after.state().name()).isEqualTo(InstanceStateName.RUNNING);
        assertThat(after.privateIpAddress()).isEqualTo(before.privateIpAddress());
        assertThat(after.publicIpAddress()).isNotEqualTo(before.publicIpAddress());
    }
}
