package org.ec2tutor.cloud.sqs;

import java.time.Instant;
import java.util.Optional;

/**
 * One message in a queue: its body and id, when it was sent, and whether a receiver holds it (in flight until
 * {@code visibleFrom}, with the receipt handle of that receive).
 */
public final class Message {

    private final String id;
    private final String body;
    private final String md5OfBody;
    private final Instant sentAt;
    private Instant visibleFrom;
    private int receiveCount;
    private Optional<Instant> firstReceivedAt = Optional.empty();
    private Optional<String> receiptHandle = Optional.empty();

    Message(String id, String body, String md5OfBody, Instant sentAt, Instant visibleFrom) {
        this.id = id;
        this.body = body;
        this.md5OfBody = md5OfBody;
        this.sentAt = sentAt;
        this.visibleFrom = visibleFrom;
    }

    public String id() {
        return id;
    }

    public String body() {
        return body;
    }

    public String md5OfBody() {
        return md5OfBody;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int receiveCount() {
        return receiveCount;
    }

    public Optional<Instant> firstReceivedAt() {
        return firstReceivedAt;
    }

    public Optional<String> receiptHandle() {
        return receiptHandle;
    }

    boolean visibleAt(Instant now) {
        return !visibleFrom.isAfter(now);
    }

    /** Received now: hidden from other receivers until {@code until}, under a new receipt handle. */
    void receive(Instant now, Instant until, String handle) {
        receiveCount++;
        if (firstReceivedAt.isEmpty()) {
            firstReceivedAt = Optional.of(now);
        }
        visibleFrom = until;
        receiptHandle = Optional.of(handle);
    }

    void changeVisibility(Instant until) {
        visibleFrom = until;
    }
}
