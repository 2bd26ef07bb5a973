package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class DescribeInstancesTest {

    private final TestCloud t = TestCloud.seeded(5);

    private String launchTagged(String type, String name) {
        return t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType(type)
                        .tagSpecifications(TagSpecification.builder()
                                .resourceType(ResourceType.INSTANCE)
                                .tags(Tag.builder().key("Name").value(name).build())
                                .build()));
    }

    private List<String> ids(Filter... filters) {
        return t.ec2.describeInstances(b -> b.filters(filters)).reservations().stream()
                .flatMap(r -> r.instances().stream())
                .map(Instance::instanceId)
                .toList();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    @Test
    void filtersByStateTypeImageAndTags() {
        String web = launchTagged("t3.micro", "web");
        String db = launchTagged("m5.large", "db");
        t.advance(Duration.ofSeconds(30));
        t.ec2.stopInstances(b -> b.instanceIds(db));
        assertThat(ids(filter("instance-state-name", "running"))).containsExactly(web);
        assertThat(ids(filter("instance-state-name", "stopping", "stopped"))).containsExactly(db);
        assertThat(ids(filter("instance-type", "m5.*"))).containsExactly(db);
        assertThat(ids(filter("image-id", AL2023))).containsExactly(web, db);
        assertThat(ids(filter("tag:Name", "web"))).containsExactly(web);
        assertThat(ids(filter("tag-key", "Name"))).containsExactly(web, db);
        assertThat(ids(filter("tag:Name", "web"), filter("instance-type", "m5.large")))
                .isEmpty();
        assertThat(ids(filter("instance-state-code", "16"))).containsExactly(web);
    }

    @Test
    void anUnknownFilterIsInvalid() {
        var e = awsError("InvalidParameterValue", () -> ids(filter("xyz", "1")));
        assertThat(message(e)).isEqualTo("The filter 'xyz' is invalid");
    }

    @Test
    void resultsArePaginatedWithNextToken() {
        t.ec2.runInstances(
                b -> b.imageId(AL2023).instanceType("t3.nano").minCount(12).maxCount(12));
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            DescribeInstancesResponse page =
                    t.ec2.describeInstances(b -> b.maxResults(5).nextToken(current));
            page.reservations().forEach(r -> r.instances().forEach(i -> seen.add(i.instanceId())));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void theSdkPaginatorWalksAllPages() {
        t.ec2.runInstances(
                b -> b.imageId(AL2023).instanceType("t3.nano").minCount(7).maxCount(7));
        long count = t.ec2.describeInstancesPaginator(b -> b.maxResults(5)).reservations().stream()
                .mapToLong(r -> r.instances().size())
                .sum();
        assertThat(count).isEqualTo(7);
    }

    @Test
    void idsAndMaxResultsCannotBeCombined() {
        String id = t.launch("t3.micro");
        awsError(
                "InvalidParameterCombination",
                () -> t.ec2.describeInstances(b -> b.instanceIds(id).maxResults(5)));
    }

    @Test
    void aForgedNextTokenIsRefused() {
        awsError(
                "InvalidNextToken",
                () -> t.ec2.describeInstances(b -> b.maxResults(5).nextToken("bogus")));
    }

    @Test
    void statusChecksInitializeForTwoMinutesThenPass() {
        String id = t.launch("t3.micro");
        assertThat(t.ec2.describeInstanceStatus(b -> b.instanceIds(id)).instanceStatuses())
                .as("pending instances are not listed by default")
                .isEmpty();
        assertThat(t.ec2.describeInstanceStatus(b -> b.instanceIds(id).includeAllInstances(true))
                        .instanceStatuses())
                .singleElement()
                .satisfies(s -> assertThat(s.instanceState().nameAsString()).isEqualTo("pending"));
        t.advance(Duration.ofSeconds(30));
        assertThat(t.ec2.describeInstanceStatus(b -> b.instanceIds(id))
                        .instanceStatuses()
                        .get(0)
                        .instanceStatus()
                        .statusAsString())
                .isEqualTo("initializing");
        t.advance(Duration.ofMinutes(2));
        var s = t.ec2.describeInstanceStatus(b -> b.instanceIds(id))
                .instanceStatuses()
                .get(0);
        assertThat(s.instanceStatus().statusAsString()).isEqualTo("ok");
        assertThat(s.systemStatus().statusAsString()).isEqualTo("ok");
    }

    @Test
    void tagsCanBeAddedListedAndRemoved() {
        String id = t.launch("t3.micro");
        t.ec2.createTags(b -> b.resources(id)
                .tags(
                        Tag.builder().key("Env").value("dev").build(),
                        Tag.builder().key("Owner").value("me").build()));
        assertThat(t.ec2.describeTags(b -> b.filters(filter("resource-id", id))).tags())
                .extracting(td -> td.key() + "=" + td.value() + "@" + td.resourceTypeAsString())
                .containsExactly("Env=dev@instance", "Owner=me@instance");
        t.ec2.deleteTags(b -> b.resources(id).tags(Tag.builder().key("Env").build()));
        assertThat(t.describe(id).tags()).extracting(Tag::key).containsExactly("Owner");
    }

    @Test
    void taggingAnUnknownResourceFails() {
        awsError(
                "InvalidInstanceID.NotFound",
                () -> t.ec2.createTags(b -> b.resources("i-0123456789abcdef0")
                        .tags(Tag.builder().key("a").value("b").build())));
        awsError(
                "InvalidID",
                () -> t.ec2.createTags(b -> b.resources("x-123")
                        .tags(Tag.builder().key("a").value("b").build())));
    }
}
