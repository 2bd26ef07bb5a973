package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.InsufficientS3BucketPolicyException;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.cloudtrail.model.S3BucketDoesNotExistException;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** CloudTrail through the real CloudTrailClient: event history of every call, trails and their log files. */
class CloudTrailTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEARNER = "111122223333";

    private final SimulatedAws aws = SimulatedAws.realistic(11);
    private final Ec2Client ec2 = aws.ec2();
    private final CloudTrailClient trail = aws.cloudTrail("default", "us-east-1");
    private final S3Client s3 = aws.s3("default", "us-east-1");

    private String launch() {
        return ec2.runInstances(b -> b.imageId(TestCloud.AL2023)
                        .instanceType(InstanceType.T3_MICRO)
                        .minCount(1)
                        .maxCount(1))
                .instances()
                .get(0)
                .instanceId();
    }

    private List<Event> lookup(LookupAttributeKey key, String value) {
        return trail.lookupEvents(b -> b.lookupAttributes(attribute(key, value)))
                .events();
    }

    private static LookupAttribute attribute(LookupAttributeKey key, String value) {
        return LookupAttribute.builder().attributeKey(key).attributeValue(value).build();
    }

    private static JsonNode record(Event e) {
        try {
            return JSON.readTree(e.cloudTrailEvent());
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static CloudTrailException refusal(Runnable call) {
        return catchThrowableOfType(CloudTrailException.class, call::run);
    }

    @Test
    void aCallIsAnEventWithCloudTrailsRecordFields() {
        aws.advance(Duration.ofSeconds(42));
        String id = launch();
        List<Event> events = lookup(LookupAttributeKey.EVENT_NAME, "RunInstances");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.eventName()).isEqualTo("RunInstances");
        assertThat(e.eventSource()).isEqualTo("ec2.amazonaws.com");
        assertThat(e.readOnly()).isEqualTo("false");
        assertThat(e.username()).isEqualTo("root");
        assertThat(e.eventTime()).isEqualTo(Instant.parse("2026-01-01T00:00:42Z"));
        assertThat(e.accessKeyId())
                .isEqualTo(
                        aws.cloud().accounts().learner().id().value().equals(LEARNER)
                                ? AccessKeys.byAccountId(LEARNER).orElseThrow().accessKeyId()
                                : "");
        assertThat(e.resources()).anySatisfy(r -> {
            assertThat(r.resourceType()).isEqualTo("AWS::EC2::Instance");
            assertThat(r.resourceName()).isEqualTo(id);
        });
        assertThat(e.resources()).anySatisfy(r -> assertThat(r.resourceName()).isEqualTo(TestCloud.AL2023));

        JsonNode r = record(e);
        assertThat(r.get("eventVersion").asText()).isEqualTo("1.11");
        assertThat(r.get("userIdentity").get("type").asText()).isEqualTo("Root");
        assertThat(r.get("userIdentity").get("arn").asText()).isEqualTo("arn:aws:iam::" + LEARNER + ":root");
        assertThat(r.get("userIdentity").get("accountId").asText()).isEqualTo(LEARNER);
        assertThat(r.get("userIdentity").get("accessKeyId").asText()).isEqualTo(e.accessKeyId());
        assertThat(r.get("eventTime").asText()).isEqualTo("2026-01-01T00:00:42Z");
        assertThat(r.get("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(r.get("sourceIPAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(r.get("userAgent").asText()).startsWith("aws-sdk-java/");
        assertThat(r.get("requestParameters").get("imageId").asText()).isEqualTo(TestCloud.AL2023);
        assertThat(r.get("requestParameters").get("instanceType").asText()).isEqualTo("t3.micro");
        assertThat(r.get("responseElements")
                        .get("instancesSet")
                        .get("items")
                        .get(0)
                        .get("instanceId")
                        .asText())
                .isEqualTo(id);
        assertThat(r.get("eventID").asText()).isEqualTo(e.eventId());
        assertThat(r.get("requestID").asText()).matches("[0-9a-f-]{36}");
        assertThat(r.get("readOnly").asBoolean()).isFalse();
        assertThat(r.get("eventType").asText()).isEqualTo("AwsApiCall");
        assertThat(r.get("managementEvent").asBoolean()).isTrue();
        assertThat(r.get("recipientAccountId").asText()).isEqualTo(LEARNER);
        assertThat(r.has("errorCode")).isFalse();
    }

    @Test
    void aRefusedCallIsAnEventWithItsErrorAndNoResponse() {
        Ec2Exception refused = catchThrowableOfType(
                Ec2Exception.class, () -> ec2.stopInstances(b -> b.instanceIds("i-0123456789abcdef0")));
        Event e = lookup(LookupAttributeKey.EVENT_NAME, "StopInstances").get(0);
        JsonNode r = record(e);
        assertThat(r.get("errorCode").asText()).isEqualTo("InvalidInstanceID.NotFound");
        assertThat(r.get("errorMessage").asText())
                .isEqualTo(refused.awsErrorDetails().errorMessage());
        assertThat(r.get("requestID").asText()).isEqualTo(refused.requestId());
        assertThat(r.get("responseElements").isNull()).isTrue();
        assertThat(r.get("requestParameters")
                        .get("instanceId")
                        .get("items")
                        .get(0)
                        .asText())
                .isEqualTo("i-0123456789abcdef0");
    }

    @Test
    void readsHaveNoResponseElementsAndFilterByReadOnly() {
        launch();
        ec2.describeInstances();
        List<Event> reads = lookup(LookupAttributeKey.READ_ONLY, "true");
        assertThat(reads).extracting(Event::eventName).containsExactly("DescribeInstances");
        assertThat(record(reads.get(0)).get("responseElements").isNull()).isTrue();
        // LookupEvents is itself a read event, recorded after it answers.
        assertThat(lookup(LookupAttributeKey.READ_ONLY, "true"))
                .extracting(Event::eventName)
                .containsExactly("LookupEvents", "DescribeInstances");
        assertThat(lookup(LookupAttributeKey.READ_ONLY, "false"))
                .extracting(Event::eventName)
                .containsExactly("RunInstances");
    }

    @Test
    void eachLookupAttributeFilters() {
        String id = launch();
        aws.advance(Duration.ofMinutes(1));
        ec2.stopInstances(b -> b.instanceIds(id));
        s3.createBucket(b -> b.bucket("audit-bucket"));
        assertThat(lookup(LookupAttributeKey.RESOURCE_NAME, id))
                .extracting(Event::eventName)
                .containsExactly("StopInstances", "RunInstances");
        assertThat(lookup(LookupAttributeKey.RESOURCE_TYPE, "AWS::S3::Bucket"))
                .extracting(Event::eventName)
                .containsExactly("CreateBucket");
        assertThat(lookup(LookupAttributeKey.EVENT_SOURCE, "s3.amazonaws.com")).hasSize(1);
        // Every call so far, the three lookups above included, was the root user's with the learner's key.
        assertThat(lookup(LookupAttributeKey.USERNAME, "root")).hasSize(6);
        String key = AccessKeys.byAccountId(LEARNER).orElseThrow().accessKeyId();
        assertThat(lookup(LookupAttributeKey.ACCESS_KEY_ID, key)).hasSize(7);
        assertThat(lookup(LookupAttributeKey.ACCESS_KEY_ID, "AKIAOTHERKEY")).isEmpty();
        String eventId =
                lookup(LookupAttributeKey.EVENT_NAME, "StopInstances").get(0).eventId();
        assertThat(lookup(LookupAttributeKey.EVENT_ID, eventId))
                .extracting(Event::eventName)
                .containsExactly("StopInstances");
    }

    @Test
    void objectCallsAreDataEventsAndNotInEventHistory() {
        s3.createBucket(b -> b.bucket("data-bucket"));
        s3.putObject(b -> b.bucket("data-bucket").key("k"), RequestBody.fromString("v"));
        assertThat(lookup(LookupAttributeKey.EVENT_SOURCE, "s3.amazonaws.com"))
                .extracting(Event::eventName)
                .containsExactly("CreateBucket");
        assertThat(aws.cloud().apiCalls().calls())
                .anySatisfy(c -> assertThat(c.operation()).isEqualTo("PutObject"));
    }

    @Test
    void eventHistoryIsPerRegionAndKeepsNinetyDays() {
        launch();
        aws.ec2("default", "eu-west-1").describeInstances();
        aws.cloudTrail("teammate", "us-east-1").describeTrails();
        assertThat(trail.lookupEvents().events()).extracting(Event::eventName).containsExactly("RunInstances");
        assertThat(aws.cloudTrail("default", "eu-west-1").lookupEvents().events())
                .extracting(Event::eventName)
                .containsExactly("DescribeInstances");
        aws.advance(Duration.ofDays(90).plusSeconds(1));
        assertThat(lookup(LookupAttributeKey.EVENT_NAME, "RunInstances")).isEmpty();
    }

    @Test
    void timeRangeIsInclusive() {
        launch();
        aws.advance(Duration.ofMinutes(10));
        ec2.describeInstances();
        Instant start = Instant.parse("2026-01-01T00:10:00Z");
        assertThat(trail.lookupEvents(b -> b.startTime(start)).events())
                .extracting(Event::eventName)
                .containsExactly("DescribeInstances");
        assertThat(trail.lookupEvents(b -> b.endTime(Instant.parse("2026-01-01T00:00:00Z"))
                                .lookupAttributes(attribute(LookupAttributeKey.READ_ONLY, "false")))
                        .events())
                .extracting(Event::eventName)
                .containsExactly("RunInstances");
    }

    @Test
    void pagesFollowTheTokenAndRefuseItWithOtherParameters() {
        for (int i = 0; i < 5; i++) {
            ec2.describeInstances();
        }
        LookupEventsRequest firstPage =
                LookupEventsRequest.builder().maxResults(2).build();
        LookupEventsResponse page = trail.lookupEvents(firstPage);
        List<String> ids = new ArrayList<>();
        int pages = 1;
        page.events().forEach(e -> ids.add(e.eventId()));
        while (page.nextToken() != null) {
            String token = page.nextToken();
            page = trail.lookupEvents(b -> b.maxResults(2).nextToken(token));
            page.events().forEach(e -> ids.add(e.eventId()));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        String token = trail.lookupEvents(firstPage).nextToken();
        var refused = refusal(() -> trail.lookupEvents(b -> b.maxResults(3).nextToken(token)));
        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidNextTokenException");
    }

    @Test
    void badLookupsAreRefused() {
        assertThat(refusal(() -> trail.lookupEvents(b -> b.lookupAttributes(
                                attribute(LookupAttributeKey.EVENT_NAME, "A"),
                                attribute(LookupAttributeKey.READ_ONLY, "true"))))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("InvalidLookupAttributesException");
        assertThat(refusal(() -> trail.lookupEvents(b -> b.maxResults(51)))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("InvalidMaxResultsException");
        assertThat(refusal(() -> trail.lookupEvents(b -> b.startTime(Instant.parse("2026-01-02T00:00:00Z"))
                                .endTime(Instant.parse("2026-01-01T00:00:00Z"))))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("InvalidTimeRangeException");
        assertThat(refusal(() -> trail.lookupEvents(b -> b.eventCategory("management")))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("InvalidEventCategoryException");
        // Refused lookups are events too.
        assertThat(lookup(LookupAttributeKey.EVENT_NAME, "LookupEvents")).hasSize(4);
    }

    @Test
    void theSameSeedAndCallsGiveTheSameEvents() {
        List<String> first = transcript(SimulatedAws.realistic(3));
        List<String> second = transcript(SimulatedAws.realistic(3));
        assertThat(first).isEqualTo(second);
        assertThat(transcript(SimulatedAws.realistic(4)).get(0)).isNotEqualTo(first.get(0));
    }

    private static List<String> transcript(SimulatedAws cloud) {
        cloud.ec2()
                .runInstances(b -> b.imageId(TestCloud.AL2023)
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1));
        cloud.ec2().describeInstances();
        return cloud.cloudTrail("default", "us-east-1").lookupEvents().events().stream()
                .map(Event::cloudTrailEvent)
                .toList();
    }

    // --- trails ---------------------------------------------------------------------------------------------

    /** The bucket policy of the CloudTrail User Guide ("Amazon S3 bucket policy for CloudTrail"). */
    static String cloudTrailPolicy(String bucket, String account) {
        return """
                {"Version":"2012-10-17","Statement":[
                 {"Sid":"AWSCloudTrailAclCheck","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},
                  "Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::%1$s"},
                 {"Sid":"AWSCloudTrailWrite","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},
                  "Action":"s3:PutObject","Resource":"arn:aws:s3:::%1$s/AWSLogs/%2$s/*",
                  "Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control"}}}]}
                """.formatted(bucket, account);
    }

    @Test
    void aTrailNeedsTheBucketAndAPolicyThatLetsCloudTrailWrite() {
        var missing = refusal(() -> trail.createTrail(b -> b.name("audit").s3BucketName("no-such-bucket")));
        assertThat(missing).isInstanceOf(S3BucketDoesNotExistException.class);
        assertThat(missing.awsErrorDetails().errorMessage()).isEqualTo("S3 bucket does not exist: no-such-bucket");

        s3.createBucket(b -> b.bucket("audit-logs"));
        var noPolicy = refusal(() -> trail.createTrail(b -> b.name("audit").s3BucketName("audit-logs")));
        assertThat(noPolicy).isInstanceOf(InsufficientS3BucketPolicyException.class);
        assertThat(noPolicy.awsErrorDetails().errorMessage())
                .isEqualTo("Incorrect S3 bucket policy is detected for bucket: audit-logs");

        // Only the ACL check: CloudTrail could not write.
        s3.putBucketPolicy(b -> b.bucket("audit-logs")
                .policy(cloudTrailPolicy("audit-logs", LEARNER).replace("s3:PutObject", "s3:GetObject")));
        assertThat(refusal(() -> trail.createTrail(b -> b.name("audit").s3BucketName("audit-logs"))))
                .isInstanceOf(InsufficientS3BucketPolicyException.class);
        // Writes allowed under another account's folder only.
        s3.putBucketPolicy(b -> b.bucket("audit-logs").policy(cloudTrailPolicy("audit-logs", "444455556666")));
        assertThat(refusal(() -> trail.createTrail(b -> b.name("audit").s3BucketName("audit-logs"))))
                .isInstanceOf(InsufficientS3BucketPolicyException.class);

        s3.putBucketPolicy(b -> b.bucket("audit-logs").policy(cloudTrailPolicy("audit-logs", LEARNER)));
        var created = trail.createTrail(b -> b.name("audit").s3BucketName("audit-logs"));
        assertThat(created.trailARN()).isEqualTo("arn:aws:cloudtrail:us-east-1:" + LEARNER + ":trail/audit");
        assertThat(created.includeGlobalServiceEvents()).isTrue();
        assertThat(created.isMultiRegionTrail()).isFalse();
        var again = refusal(() -> trail.createTrail(b -> b.name("audit").s3BucketName("audit-logs")));
        assertThat(again.awsErrorDetails().errorCode()).isEqualTo("TrailAlreadyExistsException");
        assertThat(refusal(() -> trail.createTrail(b -> b.name("-bad").s3BucketName("audit-logs")))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("InvalidTrailNameException");
    }

    private void auditTrail(boolean multiRegion) {
        s3.createBucket(b -> b.bucket("audit-logs"));
        s3.putBucketPolicy(b -> b.bucket("audit-logs").policy(cloudTrailPolicy("audit-logs", LEARNER)));
        trail.createTrail(b -> b.name("audit").s3BucketName("audit-logs").isMultiRegionTrail(multiRegion));
    }

    @Test
    void aLoggingTrailDeliversGzippedLogFilesEveryFiveMinutes() throws IOException {
        auditTrail(false);
        AccountId learner = new AccountId(LEARNER);
        assertThat(aws.cloud().trailLogsManagementEvents(learner, Region.US_EAST_1))
                .isFalse();
        trail.startLogging(b -> b.name("audit"));
        assertThat(aws.cloud().trailLogsManagementEvents(learner, Region.US_EAST_1))
                .isTrue();
        assertThat(aws.cloud().trailLogsManagementEvents(learner, Region.EU_WEST_1))
                .isFalse();
        aws.advance(Duration.ofMinutes(1));
        String id = launch();
        var status = trail.getTrailStatus(b -> b.name("audit"));
        assertThat(status.isLogging()).isTrue();
        assertThat(status.startLoggingTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(status.latestDeliveryTime()).isNull();

        aws.advance(Duration.ofMinutes(5));
        List<S3Object> files =
                s3.listObjectsV2(b -> b.bucket("audit-logs").prefix("AWSLogs/")).contents();
        assertThat(files).hasSize(1);
        String key = files.get(0).key();
        assertThat(key)
                .matches("AWSLogs/" + LEARNER + "/CloudTrail/us-east-1/2026/01/01/" + LEARNER
                        + "_CloudTrail_us-east-1_20260101T0005Z_[0-9a-f]{16}\\.json\\.gz");
        assertThat(files.get(0).lastModified()).isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));
        byte[] gz = s3.getObjectAsBytes(b -> b.bucket("audit-logs").key(key)).asByteArray();
        JsonNode log = JSON.readTree(new GZIPInputStream(new ByteArrayInputStream(gz)));
        List<String> names = new ArrayList<>();
        log.get("Records").forEach(r -> names.add(r.get("eventName").asText()));
        assertThat(names).containsExactly("StartLogging", "RunInstances", "GetTrailStatus");
        assertThat(log.get("Records").get(1).get("responseElements").toString()).contains(id);
        assertThat(trail.getTrailStatus(b -> b.name("audit")).latestDeliveryTime())
                .isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));

        trail.stopLogging(b -> b.name("audit"));
        assertThat(aws.cloud().trailLogsManagementEvents(learner, Region.US_EAST_1))
                .isFalse();
        aws.advance(Duration.ofHours(1));
        ec2.describeInstances();
        // The calls up to StopLogging are delivered at the next mark; nothing after it.
        List<S3Object> after = s3.listObjectsV2(b -> b.bucket("audit-logs")).contents();
        assertThat(after).hasSize(2);
        assertThat(trail.getTrailStatus(b -> b.name("audit")).isLogging()).isFalse();
    }

    @Test
    void aMultiRegionTrailLogsEveryRegionIntoItsOwnFolder() {
        auditTrail(true);
        trail.startLogging(b -> b.name("audit"));
        assertThat(aws.cloud().trailLogsManagementEvents(new AccountId(LEARNER), Region.EU_WEST_1))
                .isTrue();
        aws.ec2("default", "eu-west-1").describeInstances();
        aws.advance(Duration.ofMinutes(5));
        assertThat(s3.listObjectsV2(b -> b.bucket("audit-logs")).contents())
                .extracting(S3Object::key)
                .anySatisfy(k -> assertThat(k).startsWith("AWSLogs/" + LEARNER + "/CloudTrail/eu-west-1/2026/01/01/"))
                .anySatisfy(k -> assertThat(k).startsWith("AWSLogs/" + LEARNER + "/CloudTrail/us-east-1/"));
        // Shadow trail: visible from the other Region.
        assertThat(aws.cloudTrail("default", "eu-west-1").describeTrails().trailList())
                .extracting(t -> t.homeRegion())
                .containsExactly("us-east-1");
    }

    @Test
    void trailsAreDescribedAndDeleted() {
        auditTrail(false);
        var described = trail.describeTrails().trailList();
        assertThat(described).hasSize(1);
        assertThat(described.get(0).name()).isEqualTo("audit");
        assertThat(described.get(0).s3BucketName()).isEqualTo("audit-logs");
        assertThat(described.get(0).homeRegion()).isEqualTo("us-east-1");
        assertThat(aws.cloudTrail("default", "eu-west-1").describeTrails().trailList())
                .isEmpty();
        assertThat(aws.cloudTrail("teammate", "us-east-1").describeTrails().trailList())
                .isEmpty();
        trail.deleteTrail(b -> b.name("audit"));
        assertThat(trail.describeTrails().trailList()).isEmpty();
        var gone = refusal(() -> trail.startLogging(b -> b.name("audit")));
        assertThat(gone).isInstanceOf(TrailNotFoundException.class);
        assertThat(gone.awsErrorDetails().errorMessage())
                .isEqualTo("Unknown trail: arn:aws:cloudtrail:us-east-1:" + LEARNER + ":trail/audit for the user: "
                        + LEARNER);
    }
}
