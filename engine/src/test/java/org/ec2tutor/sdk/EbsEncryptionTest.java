package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/** EBS encryption by default through the SDK (issue 22): per account and Region, followed by new volumes. */
class EbsEncryptionTest {

    private final TestCloud t = TestCloud.seeded(24);

    private String newVolume(Ec2Client client, String zone) {
        return client.createVolume(b -> b.availabilityZone(zone).size(10)).volumeId();
    }

    @Test
    void newVolumesFollowTheSettingAndItsKey() {
        assertThat(t.ec2.getEbsEncryptionByDefault(b -> {}).ebsEncryptionByDefault())
                .isFalse();
        String plain = newVolume(t.ec2, "us-east-1a");
        String awsManaged = t.ec2.getEbsDefaultKmsKeyId(b -> {}).kmsKeyId();
        String account = t.cloud.accounts().learner().id().value();
        assertThat(awsManaged).matches("arn:aws:kms:us-east-1:" + account + ":key/[0-9a-f-]{36}");

        assertThat(t.ec2.enableEbsEncryptionByDefault(b -> {}).ebsEncryptionByDefault())
                .isTrue();
        var encrypted = t.ec2.createVolume(b -> b.availabilityZone("us-east-1a").size(10));
        assertThat(encrypted.encrypted()).isTrue();
        assertThat(encrypted.kmsKeyId()).isEqualTo(awsManaged);
        assertThat(t.ec2.describeVolumes(b -> b.volumeIds(plain))
                        .volumes()
                        .get(0)
                        .encrypted())
                .as("existing volumes are unchanged")
                .isFalse();
        var ireland = t.in("default", "eu-west-1");
        assertThat(ireland.getEbsEncryptionByDefault(b -> {}).ebsEncryptionByDefault())
                .as("the setting is per Region")
                .isFalse();
        assertThat(t.teammate.getEbsEncryptionByDefault(b -> {}).ebsEncryptionByDefault())
                .as("and per account")
                .isFalse();

        String mine = "arn:aws:kms:us-east-1:" + account + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assertThat(t.ec2.modifyEbsDefaultKmsKeyId(b -> b.kmsKeyId("1234abcd-12ab-34cd-56ef-1234567890ab"))
                        .kmsKeyId())
                .isEqualTo(mine);
        assertThat(t.ec2.createVolume(b -> b.availabilityZone("us-east-1a").size(10))
                        .kmsKeyId())
                .isEqualTo(mine);
        assertThat(t.ec2.resetEbsDefaultKmsKeyId(b -> {}).kmsKeyId()).isEqualTo(awsManaged);

        assertThat(t.ec2.disableEbsEncryptionByDefault(b -> {}).ebsEncryptionByDefault())
                .isFalse();
        assertThat(t.ec2.createVolume(b -> b.availabilityZone("us-east-1a").size(10))
                        .encrypted())
                .isFalse();
    }

    @Test
    void anImageCopiedIntoARegionThatEncryptsByDefaultHasEncryptedSnapshots() {
        String image = t.availableImage("web-v1");
        Ec2Client ireland = t.in("default", "eu-west-1");
        ireland.enableEbsEncryptionByDefault(b -> {});
        String copy = ireland.copyImage(
                        b -> b.sourceImageId(image).sourceRegion("us-east-1").name("web-v1"))
                .imageId();
        assertThat(TestCloud.image(ireland, copy)
                        .blockDeviceMappings()
                        .get(0)
                        .ebs()
                        .encrypted())
                .isTrue();
        assertThat(t.image(image).blockDeviceMappings().get(0).ebs().encrypted())
                .as("the source is unchanged")
                .isFalse();
    }

    @Test
    void launchesEncryptTheirVolumesAndHibernationAcceptsTheRoot() {
        t.ec2.enableEbsEncryptionByDefault(b -> {});
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType("m5.large")
                        .hibernationOptions(h -> h.configured(true))
                        .blockDeviceMappings(BlockDeviceMapping.builder()
                                .deviceName("/dev/xvda")
                                .ebs(e -> e.volumeSize(30))
                                .build()));
        t.advance(Duration.ofMinutes(5));
        assertThat(t.state(id)).isEqualTo(InstanceStateName.RUNNING);
        String root = t.describe(id).blockDeviceMappings().get(0).ebs().volumeId();
        assertThat(t.ec2.describeVolumes(b -> b.volumeIds(root))
                        .volumes()
                        .get(0)
                        .encrypted())
                .isTrue();
        t.ec2.stopInstances(b -> b.instanceIds(id).hibernate(true));
        t.advance(Duration.ofMinutes(5));
        assertThat(t.describe(id).stateReason().code()).isEqualTo("Client.UserInitiatedHibernate");
    }
}
