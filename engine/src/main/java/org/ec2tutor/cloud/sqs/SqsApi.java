package org.ec2tutor.cloud.sqs;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.SqsErrors;

/**
 * Amazon SQS as one account sees it in one Region: standard queues, their attributes (with {@code Policy}), and
 * sending, receiving and deleting messages. Use inside a cloud transaction.
 */
public final class SqsApi {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    /** The attributes CreateQueue and SetQueueAttributes accept. */
    private static final Set<String> SETTABLE = Set.of(
            "DelaySeconds",
            "MaximumMessageSize",
            "MessageRetentionPeriod",
            "Policy",
            "ReceiveMessageWaitTimeSeconds",
            "VisibilityTimeout",
            "RedrivePolicy",
            "RedriveAllowPolicy",
            "KmsMasterKeyId",
            "KmsDataKeyReusePeriodSeconds",
            "SqsManagedSseEnabled");

    /** SQS's computed attributes, readable but not settable. */
    private static final List<String> COMPUTED = List.of(
            "QueueArn",
            "ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible",
            "ApproximateNumberOfMessagesDelayed",
            "CreatedTimestamp",
            "LastModifiedTimestamp");

    private final SqsQueues queues;
    private final AccountId account;
    private final Region region;
    private final Instant now;

    public SqsApi(SqsQueues queues, AccountId account, Region region, Instant now) {
        this.queues = queues;
        this.account = account;
        this.region = region;
        this.now = now;
    }

    /** Creates a queue, or answers the existing one when its attributes are the same (SQS's idempotent create). */
    public Queue createQueue(String name, Map<String, String> attributes) {
        if (name == null || !NAME.matcher(name).matches() || name.endsWith(".fifo")) {
            throw SqsErrors.invalidQueueName();
        }
        Map<String, String> attrs = checked(attributes);
        Optional<Queue> existing = queues.byArn(arn(name));
        if (existing.isPresent()) {
            for (Map.Entry<String, String> e : attrs.entrySet()) {
                if (!e.getValue().equals(existing.get().attribute(e.getKey()))) {
                    throw SqsErrors.queueNameExists(e.getKey());
                }
            }
            return existing.get();
        }
        Queue q = new Queue(name, account, region, now, attrs);
        queues.add(q);
        return q;
    }

    public Queue queueByName(String name) {
        return queues.byArn(arn(name)).orElseThrow(SqsErrors::queueDoesNotExist);
    }

    /** The queue a URL names: {@code https://sqs.REGION.amazonaws.com/ACCOUNT/NAME} (the account must be this one). */
    public Queue queue(String url) {
        if (url == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        int slash = url.lastIndexOf('/');
        int before = slash <= 0 ? -1 : url.lastIndexOf('/', slash - 1);
        if (before < 0 || !url.substring(before + 1, slash).equals(account.value())) {
            throw SqsErrors.queueDoesNotExist();
        }
        return queueByName(url.substring(slash + 1));
    }

    public List<Queue> listQueues(String prefix) {
        return queues.all().stream()
                .filter(q -> q.owner().equals(account) && q.region() == region)
                .filter(q -> prefix == null || q.name().startsWith(prefix))
                .toList();
    }

    public void deleteQueue(String url) {
        queues.remove(queue(url));
    }

    public void setAttributes(String url, Map<String, String> attributes) {
        Queue q = queue(url);
        q.set(checked(attributes), now);
    }

    /** The attributes asked for ({@code All} for every one), set and computed, in SQS's order. */
    public Map<String, String> attributes(String url, List<String> names) {
        Queue q = queue(url);
        boolean all = names.contains("All");
        for (String n : names) {
            if (!n.equals("All") && !SETTABLE.contains(n) && !COMPUTED.contains(n)) {
                throw SqsErrors.unknownAttribute(n);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> every = new LinkedHashMap<>();
        every.put("QueueArn", q.arn());
        every.put("ApproximateNumberOfMessages", String.valueOf(count(q, true)));
        every.put("ApproximateNumberOfMessagesNotVisible", String.valueOf(count(q, false)));
        every.put("ApproximateNumberOfMessagesDelayed", "0");
        every.put("CreatedTimestamp", String.valueOf(q.createdAt().getEpochSecond()));
        every.put("LastModifiedTimestamp", String.valueOf(q.modifiedAt().getEpochSecond()));
        for (String n : List.of(
                "VisibilityTimeout",
                "MaximumMessageSize",
                "MessageRetentionPeriod",
                "DelaySeconds",
                "ReceiveMessageWaitTimeSeconds",
                "SqsManagedSseEnabled")) {
            every.put(n, q.attribute(n));
        }
        q.attributes().forEach(every::putIfAbsent);
        every.forEach((k, v) -> {
            if (all || names.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private long count(Queue q, boolean visible) {
        return q.messages().stream().filter(m -> m.visibleAt(now) == visible).count();
    }

    public Message send(String url, String body, Integer delaySeconds) {
        Queue q = queue(url);
        if (body == null || body.isEmpty()) {
            throw SqsErrors.emptyBody();
        }
        int delay = delaySeconds == null ? Integer.parseInt(q.attribute("DelaySeconds")) : delaySeconds;
        return queues.send(q, body, Duration.ofSeconds(delay), now);
    }

    /** Up to {@code max} visible messages, oldest first, each hidden for the visibility timeout. */
    public List<Message> receive(String url, Integer max, Integer visibilityTimeout) {
        Queue q = queue(url);
        int n = max == null ? 1 : max;
        if (n < 1 || n > 10) {
            throw SqsErrors.maxMessages(n);
        }
        int hide = visibilityTimeout == null ? Integer.parseInt(q.attribute("VisibilityTimeout")) : visibilityTimeout;
        List<Message> out = new ArrayList<>();
        for (Message m : q.messages()) {
            if (out.size() == n) {
                break;
            }
            if (m.visibleAt(now)) {
                m.receive(now, now.plusSeconds(hide), handle(q, m));
                out.add(m);
            }
        }
        return out;
    }

    /** Deletes the message a receipt handle names; a handle of an already deleted message succeeds, as on SQS. */
    public void delete(String url, String receiptHandle) {
        Queue q = queue(url);
        Optional<Message> m = q.messages().stream()
                .filter(x ->
                        x.receiptHandle().filter(h -> h.equals(receiptHandle)).isPresent())
                .findFirst();
        if (m.isPresent()) {
            q.remove(m.get());
            return;
        }
        if (receiptHandle == null || !receiptHandle.startsWith(HANDLE_PREFIX)) {
            throw SqsErrors.invalidReceiptHandle(receiptHandle);
        }
    }

    public void purge(String url) {
        Queue q = queue(url);
        if (q.lastPurge().filter(t -> t.plusSeconds(60).isAfter(now)).isPresent()) {
            throw SqsErrors.purgeInProgress(q.arn());
        }
        q.purge(now);
    }

    private static final String HANDLE_PREFIX = "AQEB";

    /** An opaque handle naming the message and this receive, as SQS's are (not a secret here). */
    private static String handle(Queue q, Message m) {
        String raw = q.arn() + " " + m.id() + " " + (m.receiveCount() + 1);
        return HANDLE_PREFIX + Base64.getEncoder().encodeToString(raw.getBytes(UTF_8));
    }

    private Map<String, String> checked(Map<String, String> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        if (attributes == null) {
            return out;
        }
        attributes.forEach((k, v) -> {
            if (!SETTABLE.contains(k)) {
                throw SqsErrors.unknownAttribute(k);
            }
            if (k.equals("Policy") && !v.isEmpty() && ResourcePolicy.parse(v).isEmpty()) {
                throw SqsErrors.invalidAttributeValue("Policy");
            }
            if (!k.equals("Policy") && !k.startsWith("Redrive") && !k.startsWith("Kms") && !k.startsWith("Sqs")) {
                try {
                    Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw SqsErrors.invalidAttributeValue(k);
                }
            }
            out.put(k, v);
        });
        return out;
    }

    private String arn(String name) {
        return "arn:aws:sqs:" + region.id() + ":" + account.value() + ":" + name;
    }
}
