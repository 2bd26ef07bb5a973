package org.ec2tutor.cloud.sns;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ec2tutor.cloud.json.Json;
import org.ec2tutor.cloud.sqs.SqsQueues;

/**
 * Every SNS topic of the cloud, by ARN, and publishing: a message goes to each SQS subscription whose queue policy
 * lets {@code sns.amazonaws.com} send with the topic as source, wrapped in SNS's notification JSON unless the
 * subscription asks for raw delivery. Ids are UUIDs named from the cloud's seed and a count (deterministic).
 */
public final class SnsTopics {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final long seed;
    private final SqsQueues queues;
    private final Map<String, Topic> byArn = new LinkedHashMap<>();
    private long count;

    public SnsTopics(long seed, SqsQueues queues) {
        this.seed = seed;
        this.queues = queues;
    }

    public Optional<Topic> byArn(String arn) {
        return Optional.ofNullable(byArn.get(arn));
    }

    public List<Topic> all() {
        return List.copyOf(byArn.values());
    }

    void add(Topic t) {
        byArn.put(t.arn(), t);
    }

    void remove(Topic t) {
        byArn.remove(t.arn());
    }

    String newId(String kind) {
        return UUID.nameUUIDFromBytes((seed + " sns " + kind + " " + count++).getBytes(UTF_8))
                .toString();
    }

    /**
     * Publishes from an AWS service (EventBridge): only when the topic's policy lets {@code service} publish with
     * this context; answers whether the topic took the message.
     */
    public boolean publishFromService(
            String topicArn, String service, Map<String, String> context, String message, Instant now) {
        Optional<Topic> t = byArn(topicArn);
        if (t.isEmpty()
                || !org.ec2tutor.cloud.sqs.ResourcePolicy.allows(
                        t.get().attribute("Policy"), service, "sns:Publish", topicArn, context)) {
            return false;
        }
        publish(t.get(), message, null, now);
        return true;
    }

    /** Fans {@code message} out to the topic's SQS subscriptions; answers the message id. */
    String publish(Topic t, String message, String subject, Instant now) {
        String messageId = newId("message");
        for (Subscription s : t.subscriptions()) {
            String body = s.raw() ? message : notification(t, s, messageId, message, subject, now);
            queues.deliverFromService(
                    s.endpoint(),
                    "sns.amazonaws.com",
                    Map.of(
                            "aws:SourceArn",
                            t.arn(),
                            "aws:SourceAccount",
                            t.owner().value()),
                    body,
                    now);
        }
        return messageId;
    }

    /**
     * SNS's notification JSON as an SQS subscriber receives it. The signature is a stand-in (nothing here holds SNS's
     * signing key); docs/governance.md says so.
     */
    private static String notification(
            Topic t, Subscription s, String messageId, String message, String subject, Instant now) {
        String host = "https://sns." + t.region().id() + ".amazonaws.com";
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("Type", "Notification");
        n.put("MessageId", messageId);
        n.put("TopicArn", t.arn());
        if (subject != null) {
            n.put("Subject", subject);
        }
        n.put("Message", message);
        n.put("Timestamp", TIME.format(now));
        n.put("SignatureVersion", "1");
        n.put("Signature", Base64.getEncoder().encodeToString(("simulated " + messageId).getBytes(UTF_8)));
        n.put("SigningCertURL", host + "/SimpleNotificationService-simulated.pem");
        n.put("UnsubscribeURL", host + "/?Action=Unsubscribe&SubscriptionArn=" + s.arn());
        return Json.write(n);
    }
}
