package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.AL2023_ARM;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateTagSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Launch templates (issue 22): versions, $Latest/$Default, RunInstances merging, AWS's errors. */
class LaunchTemplatesTest {

    private final TestCloud t = TestCloud.seeded(22);

    /** A template "web": t3.micro from AL2023 with a Name tag on its instances. */
    private String webTemplate() {
        return t.ec2.createLaunchTemplate(b -> b.launchTemplateName("web")
                        .versionDescription("first")
                        .launchTemplateData(d -> d.imageId(AL2023)
                                .instanceType("t3.micro")
                                .tagSpecifications(LaunchTemplateTagSpecificationRequest.builder()
                                        .resourceType(ResourceType.INSTANCE)
                                        .tags(Tag.builder()
                                                .key("Name")
                                                .value("web")
                                                .build())
                                        .build())))
                .launchTemplate()
                .launchTemplateId();
    }

    private Instance launchFrom(String id, String version) {
        String instanceId = t.ec2.runInstances(b -> b.minCount(1)
                        .maxCount(1)
                        .launchTemplate(l -> l.launchTemplateId(id).version(version)))
                .instances()
                .get(0)
                .instanceId();
        return t.describe(instanceId);
    }

    @Test
    void createAndDescribeATemplate() {
        String id = webTemplate();
        assertThat(id).matches("lt-[0-9a-f]{17}");
        var described = t.ec2.describeLaunchTemplates(b -> b.launchTemplateNames("web"))
                .launchTemplates()
                .get(0);
        assertThat(described.launchTemplateId()).isEqualTo(id);
        assertThat(described.defaultVersionNumber()).isEqualTo(1L);
        assertThat(described.latestVersionNumber()).isEqualTo(1L);
        assertThat(described.createdBy()).isEqualTo("arn:aws:iam::111122223333:root");
        assertThat(described.createTime()).isEqualTo(t.created);
        var version = t.ec2.describeLaunchTemplateVersions(b -> b.launchTemplateId(id))
                .launchTemplateVersions()
                .get(0);
        assertThat(version.versionNumber()).isEqualTo(1L);
        assertThat(version.defaultVersion()).isTrue();
        assertThat(version.versionDescription()).isEqualTo("first");
        assertThat(version.launchTemplateData().imageId()).isEqualTo(AL2023);
        assertThat(version.launchTemplateData().instanceTypeAsString()).isEqualTo("t3.micro");
        assertThat(version.launchTemplateData().keyName()).isNull();
    }

    @Test
    void aVersionFromASourceVersionInheritsWhatItDoesNotChange() {
        String id = webTemplate();
        LaunchTemplateVersion v2 = t.ec2.createLaunchTemplateVersion(b ->
                        b.launchTemplateId(id).sourceVersion("1").launchTemplateData(d -> d.instanceType("t3.small")))
                .launchTemplateVersion();
        assertThat(v2.versionNumber()).isEqualTo(2L);
        assertThat(v2.defaultVersion()).isFalse();
        assertThat(v2.launchTemplateData().imageId()).isEqualTo(AL2023);
        assertThat(v2.launchTemplateData().instanceTypeAsString()).isEqualTo("t3.small");
        LaunchTemplateVersion v3 = t.ec2.createLaunchTemplateVersion(
                        b -> b.launchTemplateName("web").launchTemplateData(d -> d.instanceType("t3.medium")))
                .launchTemplateVersion();
        assertThat(v3.versionNumber()).isEqualTo(3L);
        assertThat(v3.launchTemplateData().imageId())
                .as("without SourceVersion a version holds only what it gives")
                .isNull();
    }

    @Test
    void latestAndDefaultNameVersionsAndTheDefaultCanMove() {
        String id = webTemplate();
        t.ec2.createLaunchTemplateVersion(b ->
                b.launchTemplateId(id).sourceVersion("$Latest").launchTemplateData(d -> d.instanceType("t3.small")));
        assertThat(t.ec2.describeLaunchTemplateVersions(
                                b -> b.launchTemplateId(id).versions("$Latest", "$Default"))
                        .launchTemplateVersions())
                .extracting(LaunchTemplateVersion::versionNumber)
                .containsExactly(2L, 1L);
        assertThat(launchFrom(id, "$Default").instanceTypeAsString()).isEqualTo("t3.micro");
        assertThat(launchFrom(id, "$Latest").instanceTypeAsString()).isEqualTo("t3.small");

        var modified = t.ec2.modifyLaunchTemplate(b -> b.launchTemplateId(id).defaultVersion("2"))
                .launchTemplate();
        assertThat(modified.defaultVersionNumber()).isEqualTo(2L);
        assertThat(launchFrom(id, "$Default").instanceTypeAsString()).isEqualTo("t3.small");
        assertThat(t.ec2.runInstances(b -> b.minCount(1).maxCount(1).launchTemplate(l -> l.launchTemplateName("web")))
                        .instances()
                        .get(0)
                        .instanceTypeAsString())
                .as("no Version means $Default")
                .isEqualTo("t3.small");
    }

    @Test
    void requestParametersOverrideTheTemplatesOneByOne() {
        String id = webTemplate();
        Instance i = t.describe(t.ec2.runInstances(b -> b.minCount(1)
                        .maxCount(1)
                        .instanceType("m5.large")
                        .launchTemplate(l -> l.launchTemplateId(id).version("1")))
                .instances()
                .get(0)
                .instanceId());
        assertThat(i.instanceTypeAsString()).isEqualTo("m5.large");
        assertThat(i.imageId()).as("from the template").isEqualTo(AL2023);
        assertThat(i.tags()).extracting(Tag::value).containsExactly("web");
    }

    @Test
    void theMergedLaunchIsCheckedAsAnyLaunch() {
        String id = webTemplate();
        var e = awsError(
                "InvalidParameterValue",
                () -> t.ec2.runInstances(b ->
                        b.minCount(1).maxCount(1).imageId(AL2023_ARM).launchTemplate(l -> l.launchTemplateId(id))));
        assertThat(message(e)).startsWith("The architecture 'x86_64' of the specified instance type does not match");
    }

    @Test
    void unknownTemplatesAndVersionsAreRefusedWithAwsCodes() {
        String id = webTemplate();
        var e = awsError(
                "InvalidLaunchTemplateId.NotFound",
                () -> t.ec2.runInstances(b ->
                        b.minCount(1).maxCount(1).launchTemplate(l -> l.launchTemplateId("lt-0123456789abcdef0"))));
        assertThat(message(e))
                .isEqualTo("The specified launch template, with template ID lt-0123456789abcdef0, does not exist.");
        e = awsError(
                "InvalidLaunchTemplateName.NotFoundException",
                () -> t.ec2.runInstances(
                        b -> b.minCount(1).maxCount(1).launchTemplate(l -> l.launchTemplateName("nope"))));
        assertThat(message(e)).isEqualTo("The specified launch template, with template name nope, does not exist.");
        e = awsError(
                "InvalidLaunchTemplateId.VersionNotFound",
                () -> t.ec2.runInstances(b -> b.minCount(1)
                        .maxCount(1)
                        .launchTemplate(l -> l.launchTemplateId(id).version("7"))));
        assertThat(message(e)).contains("version 7").contains(id);
        awsError(
                "InvalidLaunchTemplateId.Malformed",
                () -> t.ec2.describeLaunchTemplates(b -> b.launchTemplateIds("web")));
        awsError(
                "InvalidLaunchTemplateName.NotFoundException",
                () -> t.ec2.describeLaunchTemplates(b -> b.launchTemplateNames("nope")));
        e = awsError(
                "InvalidLaunchTemplateName.AlreadyExistsException",
                () -> t.ec2.createLaunchTemplate(
                        b -> b.launchTemplateName("web").launchTemplateData(d -> d.instanceType("t3.micro"))));
        assertThat(message(e)).isEqualTo("Launch template name already in use.");
        e = awsError("MissingParameter", () -> t.ec2.createLaunchTemplate(b -> b.launchTemplateName("empty")));
        assertThat(message(e))
                .isEqualTo("No launch template data was provided. Launch template data is required to create a "
                        + "launch template.");
        awsError(
                "InvalidLaunchTemplateName.MalformedException",
                () -> t.ec2.createLaunchTemplate(
                        b -> b.launchTemplateName("a b").launchTemplateData(d -> d.instanceType("t3.micro"))));
        assertThat(t.cloud.transact(() -> t.cloud
                        .ec2World()
                        .usage()
                        .periods(t.cloud.accounts().learner().id())
                        .size()))
                .as("a refused launch leaves nothing billed")
                .isZero();
    }

    @Test
    void deletingVersionsKeepsTheDefaultAndNumbersAreNotReused() {
        String id = webTemplate();
        t.ec2.createLaunchTemplateVersion(
                b -> b.launchTemplateId(id).launchTemplateData(d -> d.instanceType("t3.small")));
        var result =
                t.ec2.deleteLaunchTemplateVersions(b -> b.launchTemplateId(id).versions("1", "2", "9"));
        assertThat(result.successfullyDeletedLaunchTemplateVersions())
                .extracting(v -> v.versionNumber())
                .containsExactly(2L);
        assertThat(result.unsuccessfullyDeletedLaunchTemplateVersions())
                .extracting(v -> v.versionNumber(), v -> v.responseError().codeAsString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "unexpectedError"),
                        org.assertj.core.groups.Tuple.tuple(9L, "launchTemplateVersionDoesNotExist"));
        var v = t.ec2.createLaunchTemplateVersion(
                b -> b.launchTemplateId(id).launchTemplateData(d -> d.instanceType("t3.large")));
        assertThat(v.launchTemplateVersion().versionNumber()).isEqualTo(3L);

        var deleted =
                t.ec2.deleteLaunchTemplate(b -> b.launchTemplateName("web")).launchTemplate();
        assertThat(deleted.launchTemplateId()).isEqualTo(id);
        assertThat(t.ec2.describeLaunchTemplates(b -> {}).launchTemplates()).isEmpty();
        awsError("InvalidLaunchTemplateId.NotFound", () -> t.ec2.deleteLaunchTemplate(b -> b.launchTemplateId(id)));
    }

    @Test
    void templatesBelongToTheirAccount() {
        String id = webTemplate();
        awsError(
                "InvalidLaunchTemplateId.NotFound",
                () -> t.teammate.describeLaunchTemplates(b -> b.launchTemplateIds(id)));
        assertThat(t.teammate.describeLaunchTemplates(b -> {}).launchTemplates())
                .isEmpty();
    }

    @Test
    void anInstanceFromATemplateIsBilledFromRunning() {
        String id = webTemplate();
        launchFrom(id, "$Latest");
        t.advance(Duration.ofHours(1));
        var compute = t.bill().items().stream()
                .filter(i -> i.type() == UsageType.COMPUTE)
                .toList();
        assertThat(compute).hasSize(1);
        assertThat(compute.get(0).detail()).isEqualTo("t3.micro");
        assertThat(compute.get(0).quantity()).isEqualByComparingTo("0.991667");
    }
}
