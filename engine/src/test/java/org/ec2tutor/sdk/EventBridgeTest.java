package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** EventBridge through the real client: rules, targets, and events reaching SQS and SNS only as their policies allow. */
class EventBridgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEARNER = "111122223333";
    private static final String RULE_ARN = "arn:aws:events:us-east-1:" + LEARNER + ":rule/";

    private final SimulatedAws aws = SimulatedAws.realistic(17);
    private final Ec2Client ec2 = aws.ec2();
    private final EventBridgeClient events = aws.events("default", "us-east-1");
    private final SqsClient sqs = aws.sqs("default", "us-east-1");
    private final SnsClient sns = aws.sns("default", "us-east-1");

    /** The queue policy of the EventBridge User Guide: events.amazonaws.com may send, from this rule only. */
    static String queuePolicy(String queueArn, String sourceArn, String service) {
        return """
                {"Version":"2012-10-17","Statement":[{"Sid":"AllowRule","Effect":"Allow",
                 "Principal":{"Service":"%s"},"Action":"sqs:SendMessage","Resource":"%s",
                 "Condition":{"ArnEquals":{"aws:SourceArn":"%s"}}}]}
                """.formatted(service, queueArn, sourceArn);
    }

    private String queue(String name) {
        return sqs.createQueue(b -> b.queueName(name)).queueUrl();
    }

    private String arnOf(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }

    private void allow(String url, String sourceArn, String service) {
        sqs.setQueueAttributes(b ->
                b.queueUrl(url).attributesWithStrings(Map.of("Policy", queuePolicy(arnOf(url), sourceArn, service))));
    }

    private void rule(String name, String pattern, String targetArn) {
        events.putRule(b -> b.name(name).eventPattern(pattern));
        events.putTargets(b ->
                b.rule(name).targets(Target.builder().id("1").arn(targetArn).build()));
    }

    private List<Message> receiveAll(String url) {
        return sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String launch() {
        return ec2.runInstances(b -> b.imageId(TestCloud.AL2023)
                        .instanceType(InstanceType.T3_MICRO)
                        .minCount(1)
                        .maxCount(1))
                .instances()
                .get(0)
                .instanceId();
    }

    @Test
    void everyStateChangeIsAnEventInAwssShape() {
        String url = queue("states");
        allow(url, RULE_ARN + "all-states", "events.amazonaws.com");
        rule(
                "all-states",
                "{\"source\":[\"aws.ec2\"],\"detail-type\":[\"EC2 Instance State-change Notification\"]}",
                arnOf(url));
        String id = launch();
        aws.advance(Duration.ofMinutes(1));
        ec2.stopInstances(b -> b.instanceIds(id));
        aws.advance(Duration.ofMinutes(5));

        List<JsonNode> received =
                receiveAll(url).stream().map(m -> json(m.body())).toList();
        assertThat(received)
                .extracting(e -> e.at("/detail/state").asText())
                .containsExactly("pending", "running", "stopping", "stopped");
        JsonNode first = received.get(0);
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly(
                        "version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail");
        assertThat(first.get("version").asText()).isEqualTo("0");
        assertThat(first.get("detail-type").asText()).isEqualTo("EC2 Instance State-change Notification");
        assertThat(first.get("account").asText()).isEqualTo(LEARNER);
        assertThat(first.get("time").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(first.get("resources").get(0).asText())
                .isEqualTo("arn:aws:ec2:us-east-1:" + LEARNER + ":instance/" + id);
        assertThat(first.at("/detail/instance-id").asText()).isEqualTo(id);
        assertThat(received).extracting(e -> e.get("id").asText()).doesNotHaveDuplicates();
    }

    @Test
    void aQueueWhosePolicyDoesNotAllowTheRuleReceivesNothing() {
        String url = queue("closed");
        rule("running", "{\"detail\":{\"state\":[\"running\"]}}", arnOf(url));
        launch();
        aws.advance(Duration.ofMinutes(1));
        assertThat(receiveAll(url)).isEmpty();

        // A policy for another rule is no better; the right one lets the next event in.
        allow(url, RULE_ARN + "other", "events.amazonaws.com");
        launch();
        aws.advance(Duration.ofMinutes(1));
        assertThat(receiveAll(url)).isEmpty();
        allow(url, RULE_ARN + "running", "events.amazonaws.com");
        launch();
        aws.advance(Duration.ofMinutes(1));
        assertThat(receiveAll(url)).hasSize(1);
    }

    @Test
    void aDisabledRuleSendsNothingUntilEnabled() {
        String url = queue("q");
        allow(url, RULE_ARN + "r", "events.amazonaws.com");
        rule("r", "{\"detail\":{\"state\":[\"pending\"]}}", arnOf(url));
        events.disableRule(b -> b.name("r"));
        assertThat(events.describeRule(b -> b.name("r")).state()).isEqualTo(RuleState.DISABLED);
        launch();
        assertThat(receiveAll(url)).isEmpty();
        events.enableRule(b -> b.name("r"));
        launch();
        assertThat(receiveAll(url)).hasSize(1);
    }

    /** The bucket and trail CloudTrail's API-call events need. */
    private void startTrail() {
        S3Client s3 = aws.s3("default", "us-east-1");
        s3.createBucket(b -> b.bucket("audit-logs"));
        s3.putBucketPolicy(b -> b.bucket("audit-logs").policy(CloudTrailTest.cloudTrailPolicy("audit-logs", LEARNER)));
        var trail = aws.cloudTrail("default", "us-east-1");
        trail.createTrail(b -> b.name("audit").s3BucketName("audit-logs"));
        trail.startLogging(b -> b.name("audit"));
    }

    @Test
    void apiCallsReachTheBusOnlyWhileATrailLogs() {
        String url = queue("calls");
        allow(url, RULE_ARN + "public-amis", "events.amazonaws.com");
        rule(
                "public-amis",
                "{\"source\":[\"aws.ec2\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
                        + "\"detail\":{\"eventSource\":[\"ec2.amazonaws.com\"],"
                        + "\"eventName\":[\"ModifyImageAttribute\",\"DescribeImages\"]}}",
                arnOf(url));
        String instance = launch();
        aws.advance(Duration.ofMinutes(1));
        String image = ec2.createImage(b -> b.instanceId(instance).name("web")).imageId();
        aws.advance(Duration.ofMinutes(10));
        // New accounts block public AMIs; sharing with everyone needs that lifted first.
        ec2.disableImageBlockPublicAccess(b -> {});
        aws.advance(Duration.ofMinutes(10));
        ec2.modifyImageAttribute(b -> b.imageId(image)
                .launchPermission(
                        p -> p.add(LaunchPermission.builder().group("all").build())));
        assertThat(receiveAll(url)).as("no trail: event history only").isEmpty();

        startTrail();
        ec2.modifyImageAttribute(b -> b.imageId(image)
                .launchPermission(
                        p -> p.add(LaunchPermission.builder().group("all").build())));
        ec2.describeImages(b -> b.imageIds(image));
        List<JsonNode> received =
                receiveAll(url).stream().map(m -> json(m.body())).toList();
        assertThat(received)
                .as("a read-only call needs ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS")
                .hasSize(1);
        JsonNode e = received.get(0);
        assertThat(e.get("detail-type").asText()).isEqualTo("AWS API Call via CloudTrail");
        assertThat(e.get("source").asText()).isEqualTo("aws.ec2");
        assertThat(e.at("/detail/eventName").asText()).isEqualTo("ModifyImageAttribute");
        assertThat(e.at("/detail/userIdentity/accountId").asText()).isEqualTo(LEARNER);
        assertThat(e.at("/detail/readOnly").asBoolean()).isFalse();
        assertThat(e.at("/detail/requestParameters").toString()).contains(image).contains("all");

        // The event's id in CloudTrail's record is the one lookup-events shows.
        String eventId = e.at("/detail/eventID").asText();
        assertThat(aws.cloudTrail("default", "us-east-1")
                        .lookupEvents(b -> b.lookupAttributes(LookupAttribute.builder()
                                .attributeKey("EventId")
                                .attributeValue(eventId)
                                .build()))
                        .events())
                .hasSize(1);

        events.putRule(b -> b.name("public-amis")
                .state(RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS)
                .eventPattern(events.describeRule(d -> d.name("public-amis")).eventPattern()));
        ec2.describeImages(b -> b.imageIds(image));
        assertThat(receiveAll(url)).hasSize(1);
    }

    @Test
    void amiStateChangesAreEvents() {
        String url = queue("amis");
        allow(url, RULE_ARN + "amis", "events.amazonaws.com");
        rule("amis", "{\"detail-type\":[\"EC2 AMI State Change\"]}", arnOf(url));
        String instance = launch();
        aws.advance(Duration.ofMinutes(1));
        String image = ec2.createImage(b -> b.instanceId(instance).name("web")).imageId();
        aws.advance(Duration.ofMinutes(10));
        ec2.deregisterImage(b -> b.imageId(image));
        List<JsonNode> received =
                receiveAll(url).stream().map(m -> json(m.body())).toList();
        assertThat(received)
                .extracting(e -> e.at("/detail/State").asText())
                .containsExactly("available", "deregistered");
        JsonNode available = received.get(0);
        assertThat(available.get("resources").get(0).asText()).isEqualTo("arn:aws:ec2:us-east-1::image/" + image);
        assertThat(available.get("detail").fieldNames())
                .toIterable()
                .containsExactly("RequestId", "ImageId", "State", "ErrorMessage");
        assertThat(available.at("/detail/ImageId").asText()).isEqualTo(image);
    }

    @Test
    void throughAnSnsTopicTheQueueGetsSnssNotification() {
        String topic = sns.createTopic(b -> b.name("alerts")).topicArn();
        String url = queue("inbox");
        allow(url, topic, "sns.amazonaws.com");
        sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(arnOf(url)));
        rule("running", "{\"detail\":{\"state\":[\"running\"]}}", topic);

        launch();
        aws.advance(Duration.ofMinutes(1));
        assertThat(receiveAll(url))
                .as("the default topic policy does not let EventBridge publish")
                .isEmpty();

        sns.setTopicAttributes(b -> b.topicArn(topic).attributeName("Policy").attributeValue("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                         "Principal":{"Service":"events.amazonaws.com"},"Action":"sns:Publish","Resource":"%s"}]}
                        """.formatted(topic)));
        launch();
        aws.advance(Duration.ofMinutes(1));
        List<Message> messages = receiveAll(url);
        assertThat(messages).hasSize(1);
        JsonNode notification = json(messages.get(0).body());
        assertThat(notification.get("Type").asText()).isEqualTo("Notification");
        assertThat(notification.get("TopicArn").asText()).isEqualTo(topic);
        assertThat(json(notification.get("Message").asText())
                        .at("/detail/state")
                        .asText())
                .isEqualTo("running");
    }

    @Test
    void rulesAreListedDescribedAndDeletedAsEventBridgeDoes() {
        String arn = events.putRule(b -> b.name("nightly").scheduleExpression("rate(1 day)"))
                .ruleArn();
        assertThat(arn).isEqualTo(RULE_ARN + "nightly");
        var described = events.describeRule(b -> b.name("nightly"));
        assertThat(described.scheduleExpression()).isEqualTo("rate(1 day)");
        assertThat(described.state()).isEqualTo(RuleState.ENABLED);
        assertThat(described.eventBusName()).isEqualTo("default");
        assertThat(events.listRules(b -> b.namePrefix("night")).rules())
                .extracting(r -> r.name())
                .containsExactly("nightly");

        String url = queue("q");
        events.putTargets(b -> b.rule("nightly")
                .targets(Target.builder().id("q").arn(arnOf(url)).build()));
        assertThat(events.listTargetsByRule(b -> b.rule("nightly")).targets())
                .extracting(Target::arn)
                .containsExactly(arnOf(url));
        EventBridgeException busy =
                catchThrowableOfType(EventBridgeException.class, () -> events.deleteRule(b -> b.name("nightly")));
        assertThat(busy.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(busy.awsErrorDetails().errorMessage()).isEqualTo("Rule can't be deleted since it has targets.");
        events.removeTargets(b -> b.rule("nightly").ids("q"));
        events.deleteRule(b -> b.name("nightly"));

        ResourceNotFoundException gone = catchThrowableOfType(
                ResourceNotFoundException.class, () -> events.describeRule(b -> b.name("nightly")));
        assertThat(gone.awsErrorDetails().errorMessage()).isEqualTo("Rule nightly does not exist on EventBus default.");
        EventBridgeException neither =
                catchThrowableOfType(EventBridgeException.class, () -> events.putRule(b -> b.name("empty")));
        assertThat(neither.awsErrorDetails().errorMessage())
                .isEqualTo("Parameter(s) EventPattern or ScheduleExpression must be specified.");
        EventBridgeException badSchedule = catchThrowableOfType(
                EventBridgeException.class,
                () -> events.putRule(b -> b.name("x").scheduleExpression("every day")));
        assertThat(badSchedule.awsErrorDetails().errorMessage())
                .isEqualTo("Parameter ScheduleExpression is not valid.");
    }
}
