package org.ec2tutor.cloud.sqs;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every SQS queue of the cloud, by ARN, and the one way a message enters a queue. Message ids are UUIDs named from
 * the cloud's seed, the queue and its message count, so a replayed session receives the same ids.
 */
public final class SqsQueues {

    private final long seed;
    private final Map<String, Queue> byArn = new LinkedHashMap<>();

    public SqsQueues(long seed) {
        this.seed = seed;
    }

    public Optional<Queue> byArn(String arn) {
        return Optional.ofNullable(byArn.get(arn));
    }

    public List<Queue> all() {
        return List.copyOf(byArn.values());
    }

    void add(Queue q) {
        byArn.put(q.arn(), q);
    }

    void remove(Queue q) {
        byArn.remove(q.arn());
    }

    /**
     * Delivers a message from an AWS service ({@code events.amazonaws.com}, {@code sns.amazonaws.com}) when the queue
     * exists and its policy lets the service send to it with this context; answers whether it was delivered.
     */
    public boolean deliverFromService(
            String queueArn, String service, Map<String, String> context, String body, Instant now) {
        Optional<Queue> q = byArn(queueArn);
        if (q.isEmpty()
                || q.get().policy().isEmpty()
                || !ResourcePolicy.allows(q.get().policy().get(), service, "sqs:SendMessage", queueArn, context)) {
            return false;
        }
        send(q.get(), body, Duration.ZERO, now);
        return true;
    }

    Message send(Queue q, String body, Duration delay, Instant now) {
        long n = q.nextSequence();
        String id = UUID.nameUUIDFromBytes((seed + " message " + q.arn() + " " + n).getBytes(UTF_8))
                .toString();
        Message m = new Message(id, body, md5(body), now, now.plus(delay));
        q.add(m);
        return m;
    }

    /** SQS answers every send with the MD5 of the body, as hex. */
    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
