package org.ec2tutor.cloud.sns;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.SnsErrors;
import org.ec2tutor.cloud.sqs.ResourcePolicy;

/**
 * Amazon SNS as one account sees it in one Region: standard topics, their attributes and policy, SQS subscriptions and
 * publishing. Use inside a cloud transaction.
 */
public final class SnsApi {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private static final Set<String> SETTABLE = Set.of("Policy", "DisplayName", "DeliveryPolicy");

    private final SnsTopics topics;
    private final AccountId account;
    private final Region region;
    private final Instant now;

    public SnsApi(SnsTopics topics, AccountId account, Region region, Instant now) {
        this.topics = topics;
        this.account = account;
        this.region = region;
        this.now = now;
    }

    /** Creates a topic, or answers the one of that name (SNS's create is idempotent). */
    public Topic createTopic(String name, Map<String, String> attributes) {
        if (name == null || !NAME.matcher(name).matches() || name.endsWith(".fifo")) {
            throw SnsErrors.invalidParameter("Topic Name");
        }
        String arn = "arn:aws:sns:" + region.id() + ":" + account.value() + ":" + name;
        Topic t = topics.byArn(arn).orElseGet(() -> {
            Topic created = new Topic(name, account, region);
            topics.add(created);
            return created;
        });
        if (attributes != null) {
            attributes.forEach((k, v) -> setAttribute(t, k, v));
        }
        return t;
    }

    public void deleteTopic(String arn) {
        // SNS answers success for a topic that is already gone.
        checkArn(arn);
        topics.byArn(arn).filter(t -> t.owner().equals(account)).ifPresent(topics::remove);
    }

    public List<Topic> listTopics() {
        return topics.all().stream()
                .filter(t -> t.owner().equals(account) && t.region() == region)
                .toList();
    }

    public Topic topic(String arn) {
        checkArn(arn);
        return topics.byArn(arn)
                .filter(t -> t.region() == region && t.owner().equals(account))
                .orElseThrow(SnsErrors::topicNotFound);
    }

    public void setAttribute(String arn, String name, String value) {
        setAttribute(topic(arn), name, value);
    }

    private static void setAttribute(Topic t, String name, String value) {
        if (!SETTABLE.contains(name)) {
            throw SnsErrors.invalidParameter("AttributeName");
        }
        if (name.equals("Policy") && ResourcePolicy.parse(value).isEmpty()) {
            throw SnsErrors.invalidParameter("Policy Error: null");
        }
        t.set(name, value);
    }

    /** Subscribes an SQS queue (confirmed at once: same account); the same queue twice answers the same ARN. */
    public Subscription subscribe(String topicArn, String protocol, String endpoint, Map<String, String> attributes) {
        Topic t = topic(topicArn);
        if (!"sqs".equals(protocol)) {
            throw SnsErrors.invalidParameter("Invalid protocol type: " + protocol);
        }
        if (endpoint == null || !endpoint.startsWith("arn:aws:sqs:")) {
            throw SnsErrors.invalidParameter("SQS endpoint ARN");
        }
        boolean raw = attributes != null && "true".equalsIgnoreCase(attributes.get("RawMessageDelivery"));
        Optional<Subscription> same = t.subscriptions().stream()
                .filter(s -> s.endpoint().equals(endpoint))
                .findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        Subscription s = new Subscription(
                t.arn() + ":" + topics.newId("subscription"), t.arn(), account.value(), protocol, endpoint, raw);
        t.add(s);
        return s;
    }

    public void unsubscribe(String subscriptionArn) {
        Subscription s = subscription(subscriptionArn);
        topics.byArn(s.topicArn()).ifPresent(t -> t.remove(s));
    }

    public Subscription subscription(String subscriptionArn) {
        return topics.all().stream()
                .flatMap(t -> t.subscriptions().stream())
                .filter(s -> s.arn().equals(subscriptionArn))
                .findFirst()
                .orElseThrow(SnsErrors::subscriptionNotFound);
    }

    public void setSubscriptionAttribute(String subscriptionArn, String name, String value) {
        Subscription s = subscription(subscriptionArn);
        if (!name.equals("RawMessageDelivery")) {
            throw SnsErrors.invalidParameter("AttributeName");
        }
        Topic t = topics.byArn(s.topicArn()).orElseThrow(SnsErrors::topicNotFound);
        t.remove(s);
        t.add(s.withRaw("true".equalsIgnoreCase(value)));
    }

    public List<Subscription> subscriptions(String topicArnOrNull) {
        if (topicArnOrNull != null) {
            return topic(topicArnOrNull).subscriptions();
        }
        return listTopics().stream().flatMap(t -> t.subscriptions().stream()).toList();
    }

    /** Publishes as the topic's owner (always allowed by the default policy); answers the message id. */
    public String publish(String topicArn, String message, String subject) {
        if (message == null || message.isEmpty()) {
            throw SnsErrors.invalidParameter("Empty message");
        }
        return topics.publish(topic(topicArn), message, subject, now);
    }

    private static void checkArn(String arn) {
        if (arn == null || !arn.startsWith("arn:aws:sns:")) {
            throw SnsErrors.invalidParameter("TopicArn");
        }
    }
}
