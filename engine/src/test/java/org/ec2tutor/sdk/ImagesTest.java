package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import java.time.Instant;
import org.ec2tutor.cloud.Region;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.ImageState;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class ImagesTest {

    private final TestCloud t = TestCloud.seeded(21);

    @Nested
    class CreateImage {

        @Test
        void aNewImageIsPendingThenAvailable() {
            String builder = t.launchRunning();
            String imageId = t.ec2.createImage(
                            b -> b.instanceId(builder).name("web-server-v1").noReboot(true))
                    .imageId();
            Image image = t.image(imageId);
            assertThat(image.state()).isEqualTo(ImageState.PENDING);
            assertThat(image.ownerId()).isEqualTo("111122223333");
            assertThat(image.imageLocation()).isEqualTo("111122223333/web-server-v1");
            assertThat(image.sourceInstanceId()).isEqualTo(builder);
            assertThat(image.publicLaunchPermissions()).isFalse();
            assertThat(image.imageOwnerAlias()).isNull();
            // 2 minutes + 10 s per GiB: an 8 GiB root takes 200 s.
            t.advance(Duration.ofSeconds(199));
            assertThat(t.image(imageId).state()).isEqualTo(ImageState.PENDING);
            t.advance(Duration.ofSeconds(1));
            assertThat(t.image(imageId).state()).isEqualTo(ImageState.AVAILABLE);
        }

        @Test
        void oneSnapshotPerEbsVolumeWithAwsDescription() {
            String builder = t.launch(
                    t.ec2,
                    b -> b.imageId(AL2023)
                            .instanceType("t3.micro")
                            .blockDeviceMappings(BlockDeviceMapping.builder()
                                    .deviceName("/dev/sdf")
                                    .ebs(x -> x.volumeSize(20))
                                    .build()));
            t.advance(Duration.ofSeconds(30));
            String imageId = t.ec2.createImage(
                            b -> b.instanceId(builder).name("two-disks").noReboot(true))
                    .imageId();
            var snapshots = t.ec2.describeSnapshots(b -> b.ownerIds("self")).snapshots();
            assertThat(snapshots).hasSize(2);
            assertThat(snapshots)
                    .extracting(Snapshot::description)
                    .containsOnly("Created by CreateImage(" + builder + ") for " + imageId);
            assertThat(snapshots).extracting(Snapshot::volumeSize).containsExactly(8, 20);
            assertThat(snapshots.get(0).stateAsString()).isEqualTo("pending");
            assertThat(t.image(imageId).blockDeviceMappings())
                    .extracting(BlockDeviceMapping::deviceName)
                    .containsExactly("/dev/xvda", "/dev/sdf");
        }

        @Test
        void withoutNoRebootTheRunningInstanceIsRebootedButStaysRunning() {
            String builder = t.launchRunning();
            String ip = t.describe(builder).publicIpAddress();
            t.ec2.createImage(b -> b.instanceId(builder).name("rebooted"));
            assertThat(t.state(builder)).isEqualTo(InstanceStateName.RUNNING);
            assertThat(t.describe(builder).publicIpAddress()).isEqualTo(ip);
            int reboots = t.cloud.transact(() -> t.cloud
                    .ec2(t.cloud.accounts().learner(), Region.US_EAST_1)
                    .instances()
                    .describeOne(builder)
                    .reboots());
            assertThat(reboots).isEqualTo(1);
        }

        @Test
        void withNoRebootTheInstanceIsUntouched() {
            String builder = t.launchRunning();
            t.ec2.createImage(b -> b.instanceId(builder).name("not-rebooted").noReboot(true));
            int reboots = t.cloud.transact(() -> t.cloud
                    .ec2(t.cloud.accounts().learner(), Region.US_EAST_1)
                    .instances()
                    .describeOne(builder)
                    .reboots());
            assertThat(reboots).isZero();
        }

        @Test
        void aPendingInstanceCannotBeImaged() {
            String builder = t.launch("t3.micro");
            var e = awsError(
                    "InvalidParameterValue",
                    () -> t.ec2.createImage(b -> b.instanceId(builder).name("x-1")));
            assertThat(message(e)).contains(builder).contains("is not in state 'running' or 'stopping' or 'stopped'");
        }

        @Test
        void namesFollowAwsRules() {
            String builder = t.launchRunning();
            var e = awsError(
                    "InvalidAMIName.Malformed",
                    () -> t.ec2.createImage(b -> b.instanceId(builder).name("ab")));
            assertThat(message(e)).startsWith("AMI names must be between 3 and 128 characters long");
            awsError(
                    "InvalidAMIName.Malformed",
                    () -> t.ec2.createImage(b -> b.instanceId(builder).name("my ami!")));
            t.ec2.createImage(b -> b.instanceId(builder).name("web server (v1)").noReboot(true));
            t.ec2.createImage(b -> b.instanceId(builder).name("web-2026.03.05").noReboot(true));
        }

        @Test
        void aNameIsUniquePerAccountAndRegionUntilDeregistered() {
            String builder = t.launchRunning();
            String first = t.ec2.createImage(
                            b -> b.instanceId(builder).name("web").noReboot(true))
                    .imageId();
            var e = awsError(
                    "InvalidAMIName.Duplicate",
                    () -> t.ec2.createImage(
                            b -> b.instanceId(builder).name("web").noReboot(true)));
            assertThat(message(e)).isEqualTo("AMI name web is already in use by AMI " + first);
            t.advance(Duration.ofMinutes(5));
            t.ec2.deregisterImage(b -> b.imageId(first));
            t.ec2.createImage(b -> b.instanceId(builder).name("web").noReboot(true));
        }

        @Test
        void tagSpecificationsTagTheImageAndItsSnapshots() {
            String builder = t.launchRunning();
            String imageId = t.ec2.createImage(b -> b.instanceId(builder)
                            .name("tagged")
                            .noReboot(true)
                            .tagSpecifications(
                                    TagSpecification.builder()
                                            .resourceType(ResourceType.IMAGE)
                                            .tags(Tag.builder()
                                                    .key("Version")
                                                    .value("1")
                                                    .build())
                                            .build(),
                                    TagSpecification.builder()
                                            .resourceType(ResourceType.SNAPSHOT)
                                            .tags(Tag.builder()
                                                    .key("Of")
                                                    .value("tagged")
                                                    .build())
                                            .build()))
                    .imageId();
            assertThat(t.image(imageId).tags()).extracting(Tag::key).containsExactly("Version");
            assertThat(t.ec2.describeSnapshots(b -> b.filters(Filter.builder()
                                    .name("tag:Of")
                                    .values("tagged")
                                    .build()))
                            .snapshots())
                    .hasSize(1);
        }

        @Test
        void terminatingTheSourceWhilePendingFailsTheImage() {
            String builder = t.launchRunning();
            String imageId = t.ec2.createImage(
                            b -> b.instanceId(builder).name("doomed").noReboot(true))
                    .imageId();
            t.ec2.terminateInstances(b -> b.instanceIds(builder));
            t.advance(Duration.ofMinutes(10));
            assertThat(t.image(imageId).state()).isEqualTo(ImageState.FAILED);
        }
    }

    @Nested
    class Launching {

        @Test
        void anInstanceLaunchesFromAnAvailableImage() {
            String imageId = t.availableImage("web-server-v1");
            String id = t.launch(t.ec2, b -> b.imageId(imageId).instanceType("t3.micro"));
            t.advance(Duration.ofSeconds(30));
            assertThat(t.describe(id).imageId()).isEqualTo(imageId);
            assertThat(t.image(imageId).lastLaunchedTime()).isNotNull();
        }

        @Test
        void aPendingImageCannotBeLaunched() {
            String builder = t.launchRunning();
            String imageId = t.ec2.createImage(
                            b -> b.instanceId(builder).name("soon").noReboot(true))
                    .imageId();
            var e = awsError(
                    "InvalidAMIID.Unavailable",
                    () -> t.launch(t.ec2, b -> b.imageId(imageId).instanceType("t3.micro")));
            assertThat(message(e)).isEqualTo("AMI '" + imageId + "' is pending, and cannot be run");
        }

        @Test
        void aDeregisteredImageCannotBeLaunchedButItsInstancesKeepRunning() {
            String imageId = t.availableImage("short-lived");
            String id = t.launch(t.ec2, b -> b.imageId(imageId).instanceType("t3.micro"));
            t.advance(Duration.ofSeconds(30));
            t.ec2.deregisterImage(b -> b.imageId(imageId));
            var e = awsError(
                    "InvalidAMIID.NotFound",
                    () -> t.launch(t.ec2, b -> b.imageId(imageId).instanceType("t3.micro")));
            assertThat(message(e)).isEqualTo("The image id '[" + imageId + "]' does not exist");
            assertThat(t.state(id)).isEqualTo(InstanceStateName.RUNNING);
            t.ec2.stopInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            t.ec2.startInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofSeconds(30));
            assertThat(t.state(id)).isEqualTo(InstanceStateName.RUNNING);
        }

        @Test
        void aDisabledImageCannotBeLaunchedByItsOwner() {
            String imageId = t.availableImage("paused");
            t.ec2.disableImage(b -> b.imageId(imageId));
            var e = awsError(
                    "InvalidAMIID.Unavailable",
                    () -> t.launch(t.ec2, b -> b.imageId(imageId).instanceType("t3.micro")));
            assertThat(message(e)).contains(imageId);
            t.ec2.enableImage(b -> b.imageId(imageId));
            t.launch(t.ec2, b -> b.imageId(imageId).instanceType("t3.micro"));
        }
    }

    @Nested
    class Deregistration {

        @Test
        void aSecondDeregisterSaysNoLongerAvailable() {
            String imageId = t.availableImage("twice");
            t.ec2.deregisterImage(b -> b.imageId(imageId));
            var e = awsError("InvalidAMIID.Unavailable", () -> t.ec2.deregisterImage(b -> b.imageId(imageId)));
            assertThat(message(e)).isEqualTo("The image ID '" + imageId + "' is no longer available");
        }

        @Test
        void snapshotsAreKeptUnlessAsked() {
            String kept = t.availableImage("keep-snaps");
            t.ec2.deregisterImage(b -> b.imageId(kept));
            assertThat(t.ec2.describeSnapshots(b -> b.ownerIds("self")).snapshots())
                    .hasSize(1);
            String dropped = t.availableImage("drop-snaps");
            var r = t.ec2.deregisterImage(b -> b.imageId(dropped).deleteAssociatedSnapshots(true));
            assertThat(r.deleteSnapshotResults())
                    .singleElement()
                    .satisfies(d -> assertThat(d.returnCodeAsString()).isEqualTo("success"));
            assertThat(t.ec2.describeSnapshots(b -> b.ownerIds("self")).snapshots())
                    .hasSize(1);
        }

        @Test
        void aSnapshotInUseByAnImageCannotBeDeleted() {
            String imageId = t.availableImage("in-use");
            String snap = t.image(imageId).blockDeviceMappings().get(0).ebs().snapshotId();
            var e = awsError("InvalidSnapshot.InUse", () -> t.ec2.deleteSnapshot(b -> b.snapshotId(snap)));
            assertThat(message(e)).isEqualTo("The snapshot " + snap + " is currently in use by " + imageId);
            t.ec2.deregisterImage(b -> b.imageId(imageId));
            t.ec2.deleteSnapshot(b -> b.snapshotId(snap));
            awsError("InvalidSnapshot.NotFound", () -> t.ec2.describeSnapshots(b -> b.snapshotIds(snap)));
        }

        @Test
        void aDeregisteredImageAnswersEmptyByIdWhileInstancesUseItThenNotFound() {
            String imageId = t.availableImage("gone");
            String id = t.launch(t.ec2, b -> b.imageId(imageId).instanceType("t3.micro"));
            t.advance(Duration.ofSeconds(30));
            t.ec2.deregisterImage(b -> b.imageId(imageId));
            assertThat(t.ec2.describeImages(b -> b.imageIds(imageId)).images()).isEmpty();
            t.ec2.terminateInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofHours(2));
            awsError("InvalidAMIID.NotFound", () -> t.ec2.describeImages(b -> b.imageIds(imageId)));
        }
    }

    @Nested
    class RegisterAndCopy {

        @Test
        void registeringFromASnapshotDefaultsToI386Paravirtual() {
            String source = t.availableImage("source");
            String snap = t.image(source).blockDeviceMappings().get(0).ebs().snapshotId();
            String imageId = t.ec2.registerImage(b -> b.name("from-snapshot")
                            .rootDeviceName("/dev/xvda")
                            .blockDeviceMappings(BlockDeviceMapping.builder()
                                    .deviceName("/dev/xvda")
                                    .ebs(e -> e.snapshotId(snap))
                                    .build()))
                    .imageId();
            Image image = t.image(imageId);
            assertThat(image.architectureAsString()).isEqualTo("i386");
            assertThat(image.virtualizationTypeAsString()).isEqualTo("paravirtual");
            assertThat(image.sourceInstanceId()).isNull();
        }

        @Test
        void aParavirtualImageDoesNotRunOnNitro() {
            String source = t.availableImage("source-pv");
            String snap = t.image(source).blockDeviceMappings().get(0).ebs().snapshotId();
            String imageId = t.ec2.registerImage(b -> b.name("pv-image")
                            .rootDeviceName("/dev/xvda")
                            .architecture("x86_64")
                            .blockDeviceMappings(BlockDeviceMapping.builder()
                                    .deviceName("/dev/xvda")
                                    .ebs(e -> e.snapshotId(snap))
                                    .build()))
                    .imageId();
            t.advance(Duration.ofMinutes(5));
            awsError(
                    "Unsupported", () -> t.launch(t.ec2, b -> b.imageId(imageId).instanceType("t3.micro")));
        }

        @Test
        void copyingToAnotherRegionMakesANewPendingImageThere() {
            String source = t.availableImage("to-copy");
            var ireland = t.in("default", "eu-west-1");
            String copy = ireland.copyImage(b ->
                            b.sourceRegion("us-east-1").sourceImageId(source).name("copied"))
                    .imageId();
            Image image = TestCloud.image(ireland, copy);
            assertThat(image.stateAsString()).isEqualTo("pending");
            assertThat(image.sourceImageId()).isEqualTo(source);
            assertThat(image.sourceImageRegion()).isEqualTo("us-east-1");
            assertThat(image.description()).isEqualTo("[Copied " + source + " from us-east-1] to-copy");
            assertThat(image.blockDeviceMappings().get(0).ebs().snapshotId())
                    .isNotEqualTo(
                            t.image(source).blockDeviceMappings().get(0).ebs().snapshotId());
            t.advance(Duration.ofMinutes(10));
            assertThat(TestCloud.image(ireland, copy).stateAsString()).isEqualTo("available");
            awsError("InvalidAMIID.NotFound", () -> t.ec2.describeImages(b -> b.imageIds(copy)));
        }
    }

    @Nested
    class Listing {

        @Test
        void amazonOwnedImagesAreListedWithTheirAlias() {
            var images = t.ec2.describeImages(b -> b.owners("amazon")).images();
            assertThat(images)
                    .extracting(Image::name)
                    .contains(
                            "al2023-ami-2023.9.20251208.0-kernel-6.1-x86_64",
                            "Windows_Server-2022-English-Full-Base-2025.12.10");
            assertThat(images).allSatisfy(i -> assertThat(i.imageOwnerAlias()).isEqualTo("amazon"));
            var ubuntu = t.ec2.describeImages(b -> b.owners("099720109477")).images();
            assertThat(ubuntu)
                    .singleElement()
                    .satisfies(i -> assertThat(i.name()).contains("ubuntu-noble-24.04"));
        }

        @Test
        void nameWildcardsFindTheLatestAmazonLinux() {
            var images = t.ec2.describeImages(b -> b.owners("amazon")
                            .filters(Filter.builder()
                                    .name("name")
                                    .values("al2023-ami-2023*-x86_64")
                                    .build()))
                    .images();
            assertThat(images).hasSize(2);
            Image latest = images.get(images.size() - 1);
            assertThat(latest.imageId()).isEqualTo(AL2023);
            assertThat(Instant.parse(latest.creationDate()))
                    .isAfter(Instant.parse(images.get(0).creationDate()));
        }

        @Test
        void ownersSelfListsOnlyYourImages() {
            String mine = t.availableImage("mine");
            assertThat(t.ec2.describeImages(b -> b.owners("self")).images())
                    .extracting(Image::imageId)
                    .containsExactly(mine);
        }

        @Test
        void filteringOnTheDisabledStateNeedsIncludeDisabled() {
            var e = awsError(
                    "InvalidParameter",
                    () -> t.ec2.describeImages(b -> b.owners("self")
                            .filters(Filter.builder()
                                    .name("state")
                                    .values("disabled")
                                    .build())));
            assertThat(message(e))
                    .isEqualTo("When filtering by the 'disabled' state, 'IncludeDisabled' must be set "
                            + "to 'true' in the request.");
        }

        @Test
        void aDisabledImageIsHiddenFromItsOwnerUnlessIncluded() {
            String imageId = t.availableImage("hidden");
            t.ec2.disableImage(b -> b.imageId(imageId));
            assertThat(t.ec2.describeImages(b -> b.owners("self")).images()).isEmpty();
            assertThat(t.ec2.describeImages(b -> b.owners("self").includeDisabled(true))
                            .images())
                    .singleElement()
                    .satisfies(i -> assertThat(i.stateAsString()).isEqualTo("disabled"));
        }

        @Test
        void malformedAndUnknownIdsAreErrors() {
            var e = awsError("InvalidAMIID.Malformed", () -> t.ec2.describeImages(b -> b.imageIds("ami-12")));
            assertThat(message(e)).isEqualTo("Invalid id: \"ami-12\" (expecting \"ami-...\")");
            var nf = awsError(
                    "InvalidAMIID.NotFound",
                    () -> t.ec2.describeImages(b -> b.imageIds("ami-0123456789abcdef0", "ami-0123456789abcdef1")));
            assertThat(message(nf))
                    .isEqualTo("The image ids '[ami-0123456789abcdef0, ami-0123456789abcdef1]' do not exist");
        }

        @Test
        void theBlockDeviceMappingAttributeIsRestricted() {
            String imageId = t.availableImage("attrs");
            var e = awsError(
                    "AuthFailure",
                    () -> t.ec2.describeImageAttribute(b -> b.imageId(imageId).attribute("blockDeviceMapping")));
            assertThat(message(e)).isEqualTo("Unauthorized attempt to access restricted resource");
        }

        @Test
        void aDescriptionCanBeSetAndRead() {
            String imageId = t.availableImage("described");
            t.ec2.modifyImageAttribute(b -> b.imageId(imageId).description(v -> v.value("nginx on AL2023")));
            assertThat(t.ec2.describeImageAttribute(b -> b.imageId(imageId).attribute("description"))
                            .description()
                            .value())
                    .isEqualTo("nginx on AL2023");
            assertThat(t.image(imageId).description()).isEqualTo("nginx on AL2023");
        }
    }

    @Nested
    class Deprecation {

        @Test
        void deprecationIsRoundedToTheMinuteAndShown() {
            String imageId = t.availableImage("old");
            t.ec2.enableImageDeprecation(b -> b.imageId(imageId).deprecateAt(Instant.parse("2026-06-30T12:00:40Z")));
            assertThat(t.image(imageId).deprecationTime()).isEqualTo("2026-06-30T12:01:00.000Z");
            t.ec2.disableImageDeprecation(b -> b.imageId(imageId));
            assertThat(t.image(imageId).deprecationTime()).isNull();
        }

        @Test
        void aPastDeprecationTimeIsRefused() {
            String imageId = t.availableImage("past");
            awsError(
                    "InvalidParameterValue",
                    () -> t.ec2.enableImageDeprecation(
                            b -> b.imageId(imageId).deprecateAt(Instant.parse("2025-01-01T00:00:00Z"))));
        }
    }
}
