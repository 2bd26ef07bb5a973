package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Cross-account AMI sharing: launch permission is enforced at DescribeImages and RunInstances (reference 4.5-5.3). */
class SharingTest {

    private static final String ORG = "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5";
    private static final String OU = "arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-ab12-cd34ef56";

    private final TestCloud t = TestCloud.seeded(99);
    private final String imageId = t.availableImage("web-server-v1");

    private void share(LaunchPermission p) {
        t.ec2.modifyImageAttribute(b -> b.imageId(imageId).launchPermission(l -> l.add(p)));
    }

    private static LaunchPermission user(String id) {
        return LaunchPermission.builder().userId(id).build();
    }

    private List<String> listed(Ec2Client client) {
        return client.describeImages(b -> b.executableUsers("self")).images().stream()
                .map(Image::imageId)
                .toList();
    }

    private String launchAs(Ec2Client client) {
        return t.launch(client, b -> b.imageId(imageId).instanceType("t3.micro"));
    }

    @Test
    void aPrivateImageIsInvisibleAndUnlaunchableForOthers() {
        assertThat(t.teammate.describeImages(b -> b.imageIds(imageId)).images()).isEmpty();
        assertThat(listed(t.teammate)).isEmpty();
        var e = awsError("AuthFailure", () -> launchAs(t.teammate));
        assertThat(message(e)).isEqualTo("Not authorized for images: [" + imageId + "]");
    }

    @Test
    void sharingWithAnAccountLetsItSeeAndLaunch() {
        share(user("444455556666"));
        assertThat(listed(t.teammate)).containsExactly(imageId);
        Image seen = TestCloud.image(t.teammate, imageId);
        assertThat(seen.publicLaunchPermissions()).isFalse();
        String id = launchAs(t.teammate);
        t.advance(Duration.ofSeconds(30));
        assertThat(TestCloud.describe(t.teammate, id).state().name()).isEqualTo(InstanceStateName.RUNNING);
        assertThat(TestCloud.describe(t.teammate, id).imageId()).isEqualTo(imageId);
        assertThat(listed(t.outsider)).isEmpty();
    }

    @Test
    void theOwnersTagsAreNotShared() {
        t.ec2.createTags(b ->
                b.resources(imageId).tags(Tag.builder().key("Secret").value("x").build()));
        share(user("444455556666"));
        assertThat(t.image(imageId).tags()).isNotEmpty();
        assertThat(TestCloud.image(t.teammate, imageId).tags()).isEmpty();
        assertThat(t.teammate
                        .describeImages(b -> b.filters(
                                Filter.builder().name("tag:Secret").values("x").build()))
                        .images())
                .isEmpty();
    }

    @Test
    void launchPermissionsAreListedForTheOwnerOnly() {
        share(user("444455556666"));
        share(LaunchPermission.builder().organizationArn(ORG).build());
        assertThat(t.ec2.describeImageAttribute(b -> b.imageId(imageId).attribute("launchPermission"))
                        .launchPermissions())
                .containsExactly(
                        user("444455556666"),
                        LaunchPermission.builder().organizationArn(ORG).build());
        var e = awsError(
                "AuthFailure",
                () -> t.teammate.describeImageAttribute(b -> b.imageId(imageId).attribute("launchPermission")));
        assertThat(message(e)).isEqualTo("Not authorized for image:" + imageId);
    }

    @Test
    void onlyTheOwnerMayChangeOrDeregister() {
        share(user("444455556666"));
        awsError(
                "AuthFailure",
                () -> t.teammate.modifyImageAttribute(
                        b -> b.imageId(imageId).launchPermission(l -> l.add(user("777788889999")))));
        awsError("AuthFailure", () -> t.teammate.deregisterImage(b -> b.imageId(imageId)));
        assertThat(t.image(imageId).stateAsString()).isEqualTo("available");
    }

    @Test
    void sharingWithTheOrganizationReachesTheTeammateNotTheOutsider() {
        share(LaunchPermission.builder().organizationArn(ORG).build());
        assertThat(listed(t.teammate)).containsExactly(imageId);
        launchAs(t.teammate);
        awsError("AuthFailure", () -> launchAs(t.outsider));
        assertThat(t.teammate
                        .describeImages(b -> b.executableUsers("444455556666"))
                        .images())
                .as("--executable-users <account> lists explicit grants only")
                .isEmpty();
    }

    @Test
    void sharingWithTheOuReachesItsMembers() {
        share(LaunchPermission.builder().organizationalUnitArn(OU).build());
        assertThat(listed(t.teammate)).containsExactly(imageId);
        assertThat(listed(t.outsider)).isEmpty();
    }

    @Test
    void aBareOrganizationIdIsRefusedAndNothingChanges() {
        awsError(
                "InvalidParameterValue",
                () -> share(LaunchPermission.builder()
                        .organizationArn("o-a1b2c3d4e5")
                        .build()));
        assertThat(t.ec2.describeImageAttribute(b -> b.imageId(imageId).attribute("launchPermission"))
                        .launchPermissions())
                .isEmpty();
    }

    @Test
    void aMalformedAccountIdRefusesTheWholeRequest() {
        var e = awsError(
                "InvalidAMIAttributeItemValue",
                () -> t.ec2.modifyImageAttribute(
                        b -> b.imageId(imageId).launchPermission(l -> l.add(user("444455556666"), user("12345")))));
        assertThat(message(e)).isEqualTo("Invalid attribute item value \"12345\" for userId item type.");
        assertThat(listed(t.teammate)).isEmpty();
    }

    @Test
    void theLegacyFormSharesToo() {
        t.ec2.modifyImageAttribute(b -> b.imageId(imageId)
                .attribute("launchPermission")
                .operationType("add")
                .userIds("444455556666"));
        assertThat(listed(t.teammate)).containsExactly(imageId);
        t.ec2.modifyImageAttribute(b -> b.imageId(imageId)
                .attribute("launchPermission")
                .operationType("remove")
                .userIds("444455556666"));
        assertThat(listed(t.teammate)).isEmpty();
    }

    @Test
    void makingAnImagePublicIsBlockedByBlockPublicAccess() {
        assertThat(t.ec2.getImageBlockPublicAccessState(b -> {}).imageBlockPublicAccessState())
                .isEqualTo("block-new-sharing");
        var e = awsError(
                "OperationNotPermitted",
                () -> share(LaunchPermission.builder().group("all").build()));
        assertThat(message(e))
                .isEqualTo("You can\u2019t publicly share this image because block public access for "
                        + "AMIs is enabled for this account. To publicly share the image, you must call the "
                        + "DisableImageBlockPublicAccess API.");
        assertThat(t.image(imageId).publicLaunchPermissions()).isFalse();
    }

    @Test
    void withBlockPublicAccessOffAPublicImageReachesEveryoneAndGetsADeprecationDate() {
        assertThat(t.ec2.disableImageBlockPublicAccess(b -> {}).imageBlockPublicAccessStateAsString())
                .isEqualTo("unblocked");
        share(LaunchPermission.builder().group("all").build());
        Image image = t.image(imageId);
        assertThat(image.publicLaunchPermissions()).isTrue();
        assertThat(Instant.parse(image.deprecationTime()))
                .isEqualTo(Instant.parse(image.creationDate()).plus(Duration.ofDays(730)));
        launchAs(t.outsider);
        assertThat(t.outsider
                        .describeImages(b -> b.executableUsers("all").owners("111122223333"))
                        .images())
                .extracting(Image::imageId)
                .containsExactly(imageId);
    }

    @Test
    void aDeprecatedImageIsHiddenFromOthersButStillLaunchableById() {
        share(user("444455556666"));
        t.ec2.enableImageDeprecation(
                b -> b.imageId(imageId).deprecateAt(t.cloud.now().plusSeconds(3600)));
        t.advance(Duration.ofHours(2));
        assertThat(listed(t.teammate)).isEmpty();
        assertThat(t.teammate
                        .describeImages(b -> b.executableUsers("self").includeDeprecated(true))
                        .images())
                .hasSize(1);
        assertThat(TestCloud.image(t.teammate, imageId).deprecationTime()).isNotNull();
        launchAs(t.teammate);
        assertThat(t.ec2.describeImages(b -> b.owners("self")).images())
                .as("owners always see theirs")
                .hasSize(1);
    }

    @Test
    void disablingRemovesEveryLaunchPermission() {
        share(user("444455556666"));
        String running = launchAs(t.teammate);
        t.ec2.disableImage(b -> b.imageId(imageId));
        awsError("AuthFailure", () -> launchAs(t.teammate));
        assertThat(t.teammate.describeImages(b -> b.imageIds(imageId)).images()).isEmpty();
        t.ec2.enableImage(b -> b.imageId(imageId));
        awsError("AuthFailure", () -> launchAs(t.teammate));
        t.advance(Duration.ofSeconds(30));
        assertThat(TestCloud.describe(t.teammate, running).state().name()).isEqualTo(InstanceStateName.RUNNING);
    }

    @Test
    void deregisteringLeavesTheTeammatesInstanceRunning() {
        share(user("444455556666"));
        String running = launchAs(t.teammate);
        t.advance(Duration.ofSeconds(30));
        t.ec2.deregisterImage(b -> b.imageId(imageId));
        t.advance(Duration.ofHours(1));
        assertThat(TestCloud.describe(t.teammate, running).state().name()).isEqualTo(InstanceStateName.RUNNING);
        awsError("InvalidAMIID.NotFound", () -> launchAs(t.teammate));
    }

    @Test
    void removingTheGrantStopsNewLaunches() {
        share(user("444455556666"));
        t.ec2.modifyImageAttribute(b -> b.imageId(imageId).launchPermission(l -> l.remove(user("444455556666"))));
        awsError("AuthFailure", () -> launchAs(t.teammate));
    }

    @Test
    void resetMakesTheImagePrivate() {
        share(user("444455556666"));
        t.ec2.resetImageAttribute(b -> b.imageId(imageId).attribute("launchPermission"));
        assertThat(listed(t.teammate)).isEmpty();
    }

    @Test
    void aSharedImageCannotBeCopiedWithoutAccessToItsSnapshots() {
        share(user("444455556666"));
        awsError(
                "InvalidRequest",
                () -> t.in("teammate", "eu-west-1")
                        .copyImage(b -> b.sourceRegion("us-east-1")
                                .sourceImageId(imageId)
                                .name("stolen")));
    }

    @Test
    void aPendingImageCannotBeShared() {
        String builder = t.launchRunning();
        String pending = t.ec2.createImage(
                        b -> b.instanceId(builder).name("pending-one").noReboot(true))
                .imageId();
        var e = awsError(
                "InvalidAMIID.Unavailable",
                () -> t.ec2.modifyImageAttribute(
                        b -> b.imageId(pending).launchPermission(l -> l.add(user("444455556666")))));
        assertThat(message(e))
                .isEqualTo("The AMI ID '" + pending + "' is currently pending and may not be used for this operation");
    }
}
