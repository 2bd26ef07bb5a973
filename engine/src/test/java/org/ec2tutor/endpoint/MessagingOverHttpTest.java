package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.ec2tutor.lesson.LessonFacts;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * EventBridge (awsJson1_1), SQS (awsJson1_0, query-compatible errors) and SNS (Query) served to the real AWS SDK for
 * Java clients: a rule delivers an EC2 event to a queue, a topic to a subscribed queue, each service's errors arrive
 * as the SDK's modelled exceptions, and every call is in the API history CloudTrail reads.
 */
class MessagingOverHttpTest {

    private final SimulatedAws aws = SimulatedAws.realistic(7);
    private final Endpoint endpoint = EndpointSdkTest.start(aws);
    private final EventBridgeClient events = HttpClients.sdk(EventBridgeClient.builder(), endpoint, "default");
    private final SqsClient sqs = HttpClients.sdk(SqsClient.builder(), endpoint, "default");
    private final SnsClient sns = HttpClients.sdk(SnsClient.builder(), endpoint, "default");
    private final Ec2Client ec2 = HttpClients.ec2(endpoint, "default", "us-east-1");

    @AfterEach
    void stop() {
        events.close();
        sqs.close();
        sns.close();
        ec2.close();
        endpoint.close();
    }

    /** The EventBridge User Guide's queue policy: {@code service} may send, from {@code sourceArn} only. */
    private static String queuePolicy(String queueArn, String sourceArn, String service) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"%s"},
                 "Action":"sqs:SendMessage","Resource":"%s","Condition":{"ArnEquals":{"aws:SourceArn":"%s"}}}]}
                """.formatted(service, queueArn, sourceArn);
    }

    private String queueArn(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }

    @Test
    void aRuleDeliversAnEc2StateChangeToAQueueOverHttp() {
        String url = sqs.createQueue(b -> b.queueName("ec2-events")).queueUrl();
        assertThat(url).endsWith("/111122223333/ec2-events");
        String ruleArn = events.putRule(b -> b.name("running")
                        .eventPattern("{\"source\":[\"aws.ec2\"],\"detail-type\":"
                                + "[\"EC2 Instance State-change Notification\"],\"detail\":{\"state\":[\"running\"]}}"))
                .ruleArn();
        assertThat(ruleArn).isEqualTo("arn:aws:events:us-east-1:111122223333:rule/running");
        events.putTargets(b -> b.rule("running")
                .targets(Target.builder().id("q").arn(queueArn(url)).build()));
        sqs.setQueueAttributes(b -> b.queueUrl(url)
                .attributesWithStrings(Map.of("Policy", queuePolicy(queueArn(url), ruleArn, "events.amazonaws.com"))));

        String id = ec2.runInstances(b -> b.imageId("ami-0fa3fe0fa7920f68e")
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1))
                .instances()
                .get(0)
                .instanceId();
        ec2.describeInstances(b -> b.instanceIds(id)); // a read over HTTP lets the boot complete

        List<Message> got =
                sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
        assertThat(got).hasSize(1);
        assertThat(got.get(0).body())
                .contains("\"detail-type\":\"EC2 Instance State-change Notification\"")
                .contains("\"instance-id\":\"" + id + "\"")
                .contains("\"state\":\"running\"");
        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(got.get(0).receiptHandle()));
        assertThat(sqs.receiveMessage(b -> b.queueUrl(url)).hasMessages()).isFalse();

        Rule rule = events.listRules(b -> b.namePrefix("run")).rules().get(0);
        assertThat(rule.name()).isEqualTo("running");
        assertThat(rule.state()).isEqualTo(RuleState.ENABLED);
        events.disableRule(b -> b.name("running"));
        assertThat(events.describeRule(b -> b.name("running")).state()).isEqualTo(RuleState.DISABLED);
        assertThat(events.listTargetsByRule(b -> b.rule("running")).targets())
                .extracting(Target::id)
                .containsExactly("q");
    }

    @Test
    void eachServicesErrorsArriveAsTheSdksModelledExceptions() {
        ResourceNotFoundException noRule =
                catchThrowableOfType(ResourceNotFoundException.class, () -> events.describeRule(b -> b.name("none")));
        assertThat(noRule.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
        assertThat(noRule.awsErrorDetails().errorMessage()).isEqualTo("Rule none does not exist on EventBus default.");

        // SQS's JSON protocol keeps the Query code for old clients: the SDK reads it from x-amzn-query-error.
        QueueDoesNotExistException noQueue =
                catchThrowableOfType(QueueDoesNotExistException.class, () -> sqs.getQueueUrl(b -> b.queueName("none")));
        assertThat(noQueue.awsErrorDetails().errorCode()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
        assertThat(noQueue.statusCode()).isEqualTo(400);

        NotFoundException noTopic = catchThrowableOfType(
                NotFoundException.class,
                () -> sns.getTopicAttributes(b -> b.topicArn("arn:aws:sns:us-east-1:111122223333:none")));
        assertThat(noTopic.awsErrorDetails().errorCode()).isEqualTo("NotFound");
        assertThat(noTopic.awsErrorDetails().errorMessage()).isEqualTo("Topic does not exist");
    }

    @Test
    void aTopicDeliversToASubscribedQueueWithItsAttributesOverTheQueryProtocol() {
        String topic = sns.createTopic(b -> b.name("alerts").attributes(Map.of("DisplayName", "Alerts")))
                .topicArn();
        assertThat(topic).isEqualTo("arn:aws:sns:us-east-1:111122223333:alerts");
        String url = sqs.createQueue(b -> b.queueName("inbox")).queueUrl();
        String queueArn = queueArn(url);
        sqs.setQueueAttributes(b -> b.queueUrl(url)
                .attributesWithStrings(Map.of("Policy", queuePolicy(queueArn, topic, "sns.amazonaws.com"))));
        String sub = sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn))
                .subscriptionArn();
        assertThat(sub).startsWith(topic + ":");
        assertThat(sns.listTopics().topics()).extracting(t -> t.topicArn()).containsExactly(topic);
        assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions())
                .extracting(s -> s.endpoint())
                .containsExactly(queueArn);
        assertThat(sns.getTopicAttributes(b -> b.topicArn(topic)).attributes())
                .containsEntry("DisplayName", "Alerts")
                .containsEntry("SubscriptionsConfirmed", "1");

        String id = sns.publish(b -> b.topicArn(topic).message("hello").subject("hi"))
                .messageId();

        String body = sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0).body();
        assertThat(body).contains("\"MessageId\":\"" + id + "\"").contains("\"Message\":\"hello\"");
    }

    @Test
    void callsOverHttpAreInTheApiHistoryWithTheirCaller() {
        sqs.createQueue(b -> b.queueName("q"));
        sns.createTopic(b -> b.name("t"));
        events.putRule(b -> b.name("r").scheduleExpression("rate(5 minutes)"));

        LessonFacts facts = LessonFacts.of(
                aws.cloud(), aws.cloud().accounts().find("default").orElseThrow());
        for (String op : List.of("CreateQueue", "CreateTopic", "PutRule")) {
            assertThat(facts.calledOverHttp(op)).as(op).isTrue();
            assertThat(facts.calls(op).get(0).accessKeyId()).as(op).isEqualTo("AKIAEC2T111122223333");
        }
    }

    @Test
    void aRequiredMemberLeftOutIsTheServicesValidationErrorNotAnInternalError() {
        assertThatThrownBy(() -> events.putTargets(b -> b.targets(List.of(Target.builder()
                        .id("q")
                        .arn("arn:aws:sqs:us-east-1:1:q")
                        .build()))))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("1 validation error detected: Value null at 'rule' failed to satisfy "
                                    + "constraint: Member must not be null");
                });
    }
}
