package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.AL2023_ARM;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.ec2tutor.cloud.Region;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class RunInstancesTest {

    private final TestCloud t = TestCloud.seeded(42);

    @Test
    void aNewInstanceIsPendingWithNoPublicIp() {
        RunInstancesResponse r = t.ec2.runInstances(
                b -> b.imageId(AL2023).instanceType("t3.micro").minCount(1).maxCount(1));
        Instance i = r.instances().get(0);
        assertThat(i.state().name()).isEqualTo(InstanceStateName.PENDING);
        assertThat(i.state().code()).isZero();
        assertThat(i.stateReason().code()).isEqualTo("pending");
        assertThat(i.stateTransitionReason()).isEmpty();
        assertThat(i.publicIpAddress()).isNull();
        assertThat(i.privateIpAddress()).startsWith("172.31.");
        assertThat(i.instanceId()).matches("i-[0-9a-f]{17}");
        assertThat(r.reservationId()).matches("r-[0-9a-f]{17}");
        assertThat(r.ownerId()).isEqualTo("111122223333");
        assertThat(i.launchTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void itRunsThirtySecondsLaterWithAPublicIp() {
        String id = t.launch("t3.micro");
        t.advance(Duration.ofSeconds(29));
        assertThat(t.state(id)).isEqualTo(InstanceStateName.PENDING);
        t.advance(Duration.ofSeconds(1));
        Instance i = t.describe(id);
        assertThat(i.state().name()).isEqualTo(InstanceStateName.RUNNING);
        assertThat(i.state().code()).isEqualTo(16);
        assertThat(i.publicIpAddress()).isNotNull();
        assertThat(i.publicDnsName()).startsWith("ec2-").endsWith(".compute-1.amazonaws.com");
        assertThat(i.stateReason()).isNull();
    }

    @Test
    void theRootVolumeComesFromTheImageAndIsDeletedOnTermination() {
        Instance i = t.describe(t.launch("t3.micro"));
        assertThat(i.rootDeviceName()).isEqualTo("/dev/xvda");
        assertThat(i.blockDeviceMappings()).singleElement().satisfies(m -> {
            assertThat(m.deviceName()).isEqualTo("/dev/xvda");
            assertThat(m.ebs().deleteOnTermination()).isTrue();
            assertThat(m.ebs().volumeId()).matches("vol-[0-9a-f]{17}");
        });
        var volume = t.ec2.describeVolumes(
                        b -> b.volumeIds(i.blockDeviceMappings().get(0).ebs().volumeId()))
                .volumes()
                .get(0);
        assertThat(volume.size()).isEqualTo(8);
        assertThat(volume.stateAsString()).isEqualTo("in-use");
    }

    @Test
    void tagSpecificationsTagTheInstanceAndItsVolumes() {
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType("t3.micro")
                        .tagSpecifications(
                                TagSpecification.builder()
                                        .resourceType(ResourceType.INSTANCE)
                                        .tags(Tag.builder()
                                                .key("Name")
                                                .value("web")
                                                .build())
                                        .build(),
                                TagSpecification.builder()
                                        .resourceType(ResourceType.VOLUME)
                                        .tags(Tag.builder()
                                                .key("Team")
                                                .value("blue")
                                                .build())
                                        .build()));
        assertThat(t.describe(id).tags())
                .containsExactly(Tag.builder().key("Name").value("web").build());
        assertThat(t.ec2.describeVolumes(b -> b.filters(
                                Filter.builder().name("tag:Team").values("blue").build()))
                        .volumes())
                .hasSize(1);
    }

    @Test
    void thePublicSsmParameterResolvesToTheLatestAmazonLinux() {
        String id = t.launch(
                t.ec2,
                b -> b.instanceType("t3.micro")
                        .imageId("resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"));
        assertThat(t.describe(id).imageId()).isEqualTo(AL2023);
    }

    @Test
    void countLaunchesOneReservationWithLaunchIndexes() {
        RunInstancesResponse r = t.ec2.runInstances(
                b -> b.imageId(AL2023).instanceType("t3.micro").minCount(3).maxCount(3));
        assertThat(r.instances()).extracting(Instance::amiLaunchIndex).containsExactly(0, 1, 2);
        assertThat(t.ec2.describeInstances(b -> {}).reservations()).hasSize(1);
    }

    @Test
    void theSameClientTokenDoesNotLaunchTwice() {
        var first = t.ec2.runInstances(b -> b.imageId(AL2023)
                .instanceType("t3.micro")
                .minCount(1)
                .maxCount(1)
                .clientToken("abc"));
        var second = t.ec2.runInstances(b -> b.imageId(AL2023)
                .instanceType("t3.micro")
                .minCount(1)
                .maxCount(1)
                .clientToken("abc"));
        assertThat(second.reservationId()).isEqualTo(first.reservationId());
        assertThat(t.ec2.describeInstances(b -> {}).reservations().get(0).instances())
                .hasSize(1);
    }

    @Test
    void aMalformedImageIdIsRefused() {
        var e = awsError(
                "InvalidAMIID.Malformed",
                () -> t.launch(t.ec2, b -> b.imageId("ami-xyz").instanceType("t3.micro")));
        assertThat(message(e)).isEqualTo("Invalid id: \"ami-xyz\" (expecting \"ami-...\")");
    }

    @Test
    void anUnknownImageIsNotFound() {
        var e = awsError(
                "InvalidAMIID.NotFound",
                () -> t.launch(t.ec2, b -> b.imageId("ami-0123456789abcdef0").instanceType("t3.micro")));
        assertThat(message(e)).isEqualTo("The image id '[ami-0123456789abcdef0]' does not exist");
    }

    @Test
    void anImageOfTheOtherRegionIsNotFound() {
        awsError(
                "InvalidAMIID.NotFound",
                () -> t.launch(
                        t.in("default", "eu-west-1"), b -> b.imageId(AL2023).instanceType("t3.micro")));
    }

    @Test
    void anUnknownInstanceTypeIsAnInvalidValue() {
        var e = awsError("InvalidParameterValue", () -> t.launch("t3.mega"));
        assertThat(message(e)).isEqualTo("Invalid value 't3.mega' for InstanceType.");
    }

    @Test
    void omittingTheTypeFallsBackToM1SmallWhichIsNotSupported() {
        var e = awsError("Unsupported", () -> t.launch(t.ec2, b -> b.imageId(AL2023)));
        assertThat(message(e)).startsWith("The requested configuration is currently not supported.");
    }

    @Test
    void anArmImageOnAnX86TypeIsAnArchitectureMismatch() {
        var e = awsError(
                "InvalidParameterValue",
                () -> t.launch(t.ec2, b -> b.imageId(AL2023_ARM).instanceType("t3.micro")));
        assertThat(message(e))
                .startsWith("The architecture 'x86_64' of the specified instance type does not match "
                        + "the architecture 'arm64' of the specified AMI.");
    }

    @Test
    void anArmImageRunsOnGraviton() {
        String id = t.launch(t.ec2, b -> b.imageId(AL2023_ARM).instanceType("t4g.micro"));
        assertThat(t.describe(id).architectureAsString()).isEqualTo("arm64");
    }

    @Test
    void anUnknownKeyPairIsNotFound() {
        var e = awsError(
                "InvalidKeyPair.NotFound",
                () -> t.launch(
                        t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").keyName("my-key")));
        assertThat(message(e)).isEqualTo("The key pair 'my-key' does not exist");
    }

    @Test
    void aCreatedKeyPairCanBeUsed() {
        t.ec2.createKeyPair(b -> b.keyName("my-key"));
        String id =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").keyName("my-key"));
        assertThat(t.describe(id).keyName()).isEqualTo("my-key");
    }

    @Test
    void userDataOver16KiBIsRefused() {
        String big = Base64.getEncoder().encodeToString(new byte[16 * 1024 + 1]);
        awsError(
                "InvalidParameterValue",
                () -> t.launch(
                        t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").userData(big)));
        assertThat(t.ec2.describeInstances(b -> {}).reservations()).isEmpty();
    }

    @Test
    void userDataIsKeptAsBase64() {
        String script = Base64.getEncoder().encodeToString("#!/bin/bash\necho hi".getBytes(StandardCharsets.UTF_8));
        String id =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").userData(script));
        assertThat(t.ec2.describeInstanceAttribute(b -> b.instanceId(id).attribute("userData"))
                        .userData()
                        .value())
                .isEqualTo(script);
    }

    @Test
    void aZoneThatDoesNotOfferTheTypeIsUnsupported() {
        var e = awsError(
                "Unsupported",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023)
                                .instanceType("t3.micro")
                                .placement(p -> p.availabilityZone("us-east-1e"))));
        assertThat(message(e))
                .isEqualTo("Your requested instance type (t3.micro) is not supported in your requested "
                        + "Availability Zone (us-east-1e). Please retry your request by not specifying an Availability Zone "
                        + "or choosing us-east-1a, us-east-1b, us-east-1c, us-east-1d, us-east-1f.");
    }

    @Test
    void aRequestedZoneIsUsed() {
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023).instanceType("t3.micro").placement(p -> p.availabilityZone("us-east-1c")));
        Instance i = t.describe(id);
        assertThat(i.placement().availabilityZone()).isEqualTo("us-east-1c");
        assertThat(i.privateIpAddress()).matches("172\\.31\\.(3[2-9]|4[0-7])\\.\\d+");
    }

    @Test
    void moreVcpusThanTheQuotaAreRefused() {
        // Standard quota: 32 vCPUs; m5.24xlarge has 96.
        var e = awsError("VcpuLimitExceeded", () -> t.launch("m5.24xlarge"));
        assertThat(message(e)).startsWith("You have requested more vCPU capacity than your current vCPU limit of 32");
    }

    @Test
    void maxCountLaunchesWhatFitsTheQuota() {
        var r = t.ec2.runInstances(
                b -> b.imageId(AL2023).instanceType("t3.micro").minCount(1).maxCount(100));
        assertThat(r.instances()).hasSize(16);
    }

    @Test
    void aRootVolumeSmallerThanItsSnapshotIsRefused() {
        var e = awsError(
                "InvalidBlockDeviceMapping",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023)
                                .instanceType("t3.micro")
                                .blockDeviceMappings(BlockDeviceMapping.builder()
                                        .deviceName("/dev/xvda")
                                        .ebs(x -> x.volumeSize(4))
                                        .build())));
        assertThat(message(e)).startsWith("Volume of size 4GB is smaller than snapshot 'snap-");
    }

    @Test
    void aLargerEncryptedRootAndAnExtraVolume() {
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType("t3.micro")
                        .blockDeviceMappings(
                                BlockDeviceMapping.builder()
                                        .deviceName("/dev/xvda")
                                        .ebs(x -> x.volumeSize(30).encrypted(true))
                                        .build(),
                                BlockDeviceMapping.builder()
                                        .deviceName("/dev/sdf")
                                        .ebs(x -> x.volumeSize(100).deleteOnTermination(false))
                                        .build()));
        var volumes = t.ec2.describeVolumes(b -> b.filters(Filter.builder()
                        .name("attachment.instance-id")
                        .values(id)
                        .build()))
                .volumes();
        assertThat(volumes).extracting(v -> v.size()).containsExactly(30, 100);
        assertThat(volumes.get(0).encrypted()).isTrue();
        assertThat(volumes.get(1).attachments().get(0).deleteOnTermination()).isFalse();
    }

    @Test
    void invalidTagResourceTypeIsRefused() {
        awsError(
                "InvalidParameterValue",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023)
                                .instanceType("t3.micro")
                                .tagSpecifications(TagSpecification.builder()
                                        .resourceType(ResourceType.IMAGE)
                                        .tags(Tag.builder().key("a").value("b").build())
                                        .build())));
    }

    @Test
    void exhaustedCapacitySuggestsOtherZones() {
        t.cloud.transact(() -> {
            t.cloud.ec2World().exhaustCapacity(Region.US_EAST_1, "m5.large", "us-east-1a");
            return null;
        });
        var e = awsError(
                "InsufficientInstanceCapacity",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(AL2023)
                                .instanceType("m5.large")
                                .placement(p -> p.availabilityZone("us-east-1a"))));
        assertThat(message(e))
                .startsWith("We currently do not have sufficient m5.large capacity in the Availability "
                        + "Zone you requested (us-east-1a).")
                .contains("choosing us-east-1b, us-east-1c");
        // Without a zone, the launch goes elsewhere.
        assertThat(t.describe(t.launch("m5.large")).placement().availabilityZone())
                .isEqualTo("us-east-1b");
    }

    @Test
    void aMacTypeDoesNotRunALinuxImage() {
        var e = awsError(
                "InvalidParameterValue",
                () -> t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("mac1.metal")));
        assertThat(message(e)).startsWith("The architecture 'x86_64_mac' of the specified instance type");
    }
}
