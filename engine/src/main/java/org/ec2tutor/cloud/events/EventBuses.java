package org.ec2tutor.cloud.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.Ec2Event;
import org.ec2tutor.cloud.json.Json;
import org.ec2tutor.cloud.sns.SnsTopics;
import org.ec2tutor.cloud.sqs.SqsQueues;
import org.ec2tutor.cloud.trail.TrailEvent;

/**
 * Every account's default event bus in every Region: the rules, and what happens to an event put on a bus. Each
 * enabled rule whose pattern matches sends the event to its targets at once; a target receives it only when its
 * policy lets {@code events.amazonaws.com} deliver with the rule as source (an SQS queue's {@code sqs:SendMessage}, an
 * SNS topic's {@code sns:Publish}); otherwise the delivery fails silently, as a failed invocation does on AWS.
 */
public final class EventBuses {

    static final String CLOUDTRAIL_DETAIL_TYPE = "AWS API Call via CloudTrail";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final long seed;
    private final SqsQueues queues;
    private final SnsTopics topics;
    private final Map<String, Rule> byArn = new LinkedHashMap<>();
    private long sent;
    private long delivered;
    private long failed;

    public EventBuses(long seed, SqsQueues queues, SnsTopics topics) {
        this.seed = seed;
        this.queues = queues;
        this.topics = topics;
    }

    Optional<Rule> rule(AccountId account, Region region, String name) {
        return Optional.ofNullable(byArn.get(arn(account, region, name)));
    }

    List<Rule> rules(AccountId account, Region region) {
        return byArn.values().stream()
                .filter(r -> r.account().equals(account) && r.region() == region)
                .toList();
    }

    /** Every rule of the cloud, for read-only views (lessons). */
    public List<Rule> all() {
        return List.copyOf(byArn.values());
    }

    void add(Rule r) {
        byArn.put(r.arn(), r);
    }

    void remove(Rule r) {
        byArn.remove(r.arn());
    }

    static String arn(AccountId account, Region region, String name) {
        return "arn:aws:events:" + region.id() + ":" + account.value() + ":rule/" + name;
    }

    /** Deliveries made and failed (a target's policy refused the rule): what CloudWatch's metrics would count. */
    public long deliveries() {
        return delivered;
    }

    public long failedInvocations() {
        return failed;
    }

    /** EC2's own events: instance and AMI state changes, Spot interruption warnings. */
    public void publish(Ec2Event e) {
        Map<String, Object> event = envelope(e.detailType(), "aws.ec2", e.account(), e.at(), e.region(), e.resources());
        event.put("detail", e.detail());
        put(event, e.account(), e.region(), e.at(), false);
    }

    /**
     * A recorded API call as "AWS API Call via CloudTrail": the detail is CloudTrail's record. Call only while a
     * trail logs the account's management events in the call's Region (EventBridge's rule). Read-only calls reach
     * only rules in state {@code ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS}.
     */
    public void publish(ApiCall call, int index) {
        if (!call.details().managementEvent()) {
            return;
        }
        TrailEvent t = TrailEvent.of(call, index, seed);
        Map<String, Object> event = envelope(
                CLOUDTRAIL_DETAIL_TYPE, "aws." + call.service(), call.account(), call.at(), call.region(), List.of());
        event.put("detail", t.record());
        put(event, call.account(), call.region(), call.at(), t.readOnly());
    }

    private Map<String, Object> envelope(
            String detailType, String source, AccountId account, Instant at, Region region, List<String> resources) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put(
                "id",
                UUID.nameUUIDFromBytes((seed + " event " + sent++).getBytes(UTF_8))
                        .toString());
        event.put("detail-type", detailType);
        event.put("source", source);
        event.put("account", account.value());
        event.put("time", TIME.format(at));
        event.put("region", region.id());
        event.put("resources", resources);
        return event;
    }

    private void put(Map<String, Object> event, AccountId account, Region region, Instant at, boolean readOnly) {
        // Match against the event as JSON values, as the bus sees it (numbers, nested objects, arrays).
        String json = Json.write(event);
        Map<?, ?> parsed = (Map<?, ?>) Json.parse(json).orElseThrow();
        for (Rule r : rules(account, region)) {
            if (readOnly && r.state() != Rule.State.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS) {
                continue;
            }
            if (!r.takes(parsed)) {
                continue;
            }
            for (Rule.Target t : r.targets()) {
                if (deliver(r, t, t.input().orElse(json), at)) {
                    delivered++;
                } else {
                    failed++;
                }
            }
        }
    }

    private boolean deliver(Rule r, Rule.Target t, String body, Instant at) {
        Map<String, String> context = Map.of(
                "aws:SourceArn", r.arn(), "aws:SourceAccount", r.account().value());
        if (t.arn().startsWith("arn:aws:sqs:")) {
            return queues.deliverFromService(t.arn(), "events.amazonaws.com", context, body, at);
        }
        if (t.arn().startsWith("arn:aws:sns:")) {
            return topics.publishFromService(t.arn(), "events.amazonaws.com", context, body, at);
        }
        return false;
    }
}
