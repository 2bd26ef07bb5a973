package org.ec2tutor.cloud.sqs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/** A standard SQS queue: its settable attributes (SQS's defaults until set) and its messages in sending order. */
public final class Queue {

    /** The attributes a queue has from creation, with SQS's default values. */
    static final Map<String, String> DEFAULTS = Map.of(
            "VisibilityTimeout", "30",
            "MaximumMessageSize", "262144",
            "MessageRetentionPeriod", "345600",
            "DelaySeconds", "0",
            "ReceiveMessageWaitTimeSeconds", "0",
            "SqsManagedSseEnabled", "true");

    private final String name;
    private final AccountId owner;
    private final Region region;
    private final Instant createdAt;
    private Instant modifiedAt;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private Optional<Instant> lastPurge = Optional.empty();
    private long sent;

    Queue(String name, AccountId owner, Region region, Instant createdAt, Map<String, String> attributes) {
        this.name = name;
        this.owner = owner;
        this.region = region;
        this.createdAt = createdAt;
        this.modifiedAt = createdAt;
        this.attributes.putAll(attributes);
    }

    public String name() {
        return name;
    }

    public AccountId owner() {
        return owner;
    }

    public Region region() {
        return region;
    }

    public String url() {
        return "https://sqs." + region.id() + ".amazonaws.com/" + owner.value() + "/" + name;
    }

    public String arn() {
        return "arn:aws:sqs:" + region.id() + ":" + owner.value() + ":" + name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }

    /** The attributes set on the queue (not the computed ones). */
    public Map<String, String> attributes() {
        return Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, DEFAULTS.get(name));
    }

    public Optional<String> policy() {
        return Optional.ofNullable(attributes.get("Policy")).filter(p -> !p.isEmpty());
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    void set(Map<String, String> values, Instant now) {
        values.forEach((k, v) -> {
            if (k.equals("Policy") && v.isEmpty()) {
                attributes.remove(k);
            } else {
                attributes.put(k, v);
            }
        });
        modifiedAt = now;
    }

    /** The number of messages sent so far: a message id comes from the queue's ARN and this count. */
    long nextSequence() {
        return sent++;
    }

    void add(Message m) {
        messages.add(m);
    }

    boolean remove(Message m) {
        return messages.remove(m);
    }

    Optional<Instant> lastPurge() {
        return lastPurge;
    }

    void purge(Instant now) {
        messages.clear();
        lastPurge = Optional.of(now);
    }
}
