package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** SQS queues and SNS topics through the real clients: shapes, visibility, policies and errors. */
class SqsSnsTest {

    private final SimulatedAws aws = SimulatedAws.realistic(23);
    private final SqsClient sqs = aws.sqs("default", "us-east-1");
    private final SnsClient sns = aws.sns("default", "us-east-1");

    @Test
    void aMessageIsHiddenWhileReceivedAndGoneWhenDeleted() {
        String url = sqs.createQueue(b -> b.queueName("work")).queueUrl();
        assertThat(url).isEqualTo("https://sqs.us-east-1.amazonaws.com/111122223333/work");
        var sent = sqs.sendMessage(b -> b.queueUrl(url).messageBody("hello"));
        assertThat(sent.md5OfMessageBody()).isEqualTo("5d41402abc4b2a76b9719d911017c592");

        Message m = sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0);
        assertThat(m.body()).isEqualTo("hello");
        assertThat(m.messageId()).isEqualTo(sent.messageId());
        assertThat(sqs.receiveMessage(b -> b.queueUrl(url)).hasMessages())
                .as("in flight")
                .isFalse();
        assertThat(sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNamesWithStrings("All"))
                        .attributesAsStrings())
                .containsEntry("ApproximateNumberOfMessages", "0")
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "1")
                .containsEntry("VisibilityTimeout", "30")
                .containsEntry("QueueArn", "arn:aws:sqs:us-east-1:111122223333:work");

        aws.advance(Duration.ofSeconds(31));
        Message again = sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0);
        assertThat(again.receiptHandle()).isNotEqualTo(m.receiptHandle());
        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(again.receiptHandle()));
        aws.advance(Duration.ofMinutes(1));
        assertThat(sqs.receiveMessage(b -> b.queueUrl(url)).hasMessages()).isFalse();
    }

    @Test
    void sqsRefusesAsSqsDoes() {
        QueueDoesNotExistException none =
                catchThrowableOfType(QueueDoesNotExistException.class, () -> sqs.getQueueUrl(b -> b.queueName("nope")));
        assertThat(none.awsErrorDetails().errorMessage()).isEqualTo("The specified queue does not exist.");
        // The Query protocol's code SQS still sends for old clients, as the SDK and the AWS CLI show it.
        assertThat(none.awsErrorDetails().errorCode()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
        String url = sqs.createQueue(b -> b.queueName("q")).queueUrl();
        ReceiptHandleIsInvalidException handle = catchThrowableOfType(
                ReceiptHandleIsInvalidException.class,
                () -> sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle("garbage")));
        assertThat(handle.awsErrorDetails().errorMessage())
                .isEqualTo("The input receipt handle \"garbage\" is not a valid receipt handle.");
        SqsException max = catchThrowableOfType(
                SqsException.class,
                () -> sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(11)));
        assertThat(max.awsErrorDetails().errorMessage())
                .isEqualTo("Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10,"
                        + " if provided.");
        SqsException policy = catchThrowableOfType(
                SqsException.class,
                () -> sqs.setQueueAttributes(b -> b.queueUrl(url).attributesWithStrings(Map.of("Policy", "{"))));
        assertThat(policy.awsErrorDetails().errorCode()).isEqualTo("InvalidAttributeValue");
        sqs.purgeQueue(b -> b.queueUrl(url));
        SqsException purge = catchThrowableOfType(SqsException.class, () -> sqs.purgeQueue(b -> b.queueUrl(url)));
        assertThat(purge.awsErrorDetails().errorCode()).isEqualTo("PurgeQueueInProgress");
        sqs.deleteQueue(b -> b.queueUrl(url));
        assertThat(sqs.listQueues(b -> {}).hasQueueUrls()).isFalse();
    }

    @Test
    void snsDeliversToASubscribedQueueOnlyWhenTheQueuePolicyAllowsTheTopic() {
        String topic = sns.createTopic(b -> b.name("alerts")).topicArn();
        assertThat(topic).isEqualTo("arn:aws:sns:us-east-1:111122223333:alerts");
        String url = sqs.createQueue(b -> b.queueName("inbox")).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributesAsStrings()
                .get("QueueArn");
        String sub = sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn))
                .subscriptionArn();
        assertThat(sub).startsWith(topic + ":");
        assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions())
                .extracting(s -> s.endpoint())
                .containsExactly(queueArn);

        sns.publish(b -> b.topicArn(topic).message("first"));
        assertThat(sqs.receiveMessage(b -> b.queueUrl(url)).hasMessages()).isFalse();

        sqs.setQueueAttributes(b -> b.queueUrl(url)
                .attributesWithStrings(
                        Map.of("Policy", EventBridgeTest.queuePolicy(queueArn, topic, "sns.amazonaws.com"))));
        String id = sns.publish(b -> b.topicArn(topic).message("second").subject("hi"))
                .messageId();
        String body = sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0).body();
        assertThat(body)
                .startsWith("{\"Type\":\"Notification\",\"MessageId\":\"" + id + "\",\"TopicArn\":\"" + topic
                        + "\",\"Subject\":\"hi\",\"Message\":\"second\",\"Timestamp\":\"2026-01-01T00:00:00.000Z\"");

        assertThat(sns.getTopicAttributes(b -> b.topicArn(topic)).attributes())
                .containsEntry("SubscriptionsConfirmed", "1")
                .containsEntry("Owner", "111122223333")
                .containsKey("Policy");
        NotFoundException missing = catchThrowableOfType(
                NotFoundException.class,
                () -> sns.getTopicAttributes(b -> b.topicArn("arn:aws:sns:us-east-1:111122223333:none")));
        assertThat(missing.awsErrorDetails().errorMessage()).isEqualTo("Topic does not exist");
    }
}
