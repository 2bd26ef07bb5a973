package org.ec2tutor.lesson;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.ApiCallLog;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.config.ConfigRule;
import org.ec2tutor.cloud.config.Evaluation;
import org.ec2tutor.cloud.events.Rule;
import org.ec2tutor.cloud.json.Json;
import org.ec2tutor.cloud.sqs.Message;
import org.ec2tutor.cloud.sqs.Queue;
import org.ec2tutor.cloud.trail.EventHistory;
import org.ec2tutor.cloud.trail.TrailEvent;

/**
 * The learner's monitoring and governance as a lesson's checks see it ({@code aws.governance()}): CloudTrail event
 * ids, EventBridge rules, SQS queues with the messages they received, and AWS Config rules with their latest results.
 * Read when asked, each in one transaction of the cloud (these services load only when used).
 */
public final class GovernanceFacts {

    /** An EventBridge rule of the learner's on the default bus. */
    public record EventRuleFact(String name, String arn, String state, String pattern, List<String> targetArns) {

        static final EventRuleFact NONE = new EventRuleFact("", "", "none", "", List.of());

        public boolean exists() {
            return !name.isEmpty();
        }
    }

    /** A message in a queue: its body and how often it was received. */
    public record MessageFact(String body, int receiveCount) {}

    /** An SQS queue of the learner's with its access policy (empty when none) and its messages. */
    public record QueueFact(String name, String arn, String policy, List<MessageFact> messages) {

        static final QueueFact NONE = new QueueFact("", "", "", List.of());

        public boolean exists() {
            return !name.isEmpty();
        }

        /** Whether a message containing {@code text} was received at least once (and not deleted). */
        public boolean received(String text) {
            return messages.stream()
                    .anyMatch(m -> m.receiveCount() > 0 && m.body().contains(text));
        }
    }

    /**
     * An AWS Config rule of the learner's: its managed rule, parameters with defaults, scope, and the latest result per
     * resource id ({@code COMPLIANT}, {@code NON_COMPLIANT}, {@code NOT_APPLICABLE}).
     */
    public record ConfigRuleFact(
            String name,
            String sourceIdentifier,
            Map<String, String> parameters,
            List<String> resourceTypes,
            Map<String, String> results) {

        static final ConfigRuleFact NONE = new ConfigRuleFact("", "", Map.of(), List.of(), Map.of());

        public boolean exists() {
            return !name.isEmpty();
        }

        /** A parameter's value, empty when absent. */
        public String parameter(String key) {
            return parameters.getOrDefault(key, "");
        }

        /** The latest result for a resource, {@code none} when it has not been evaluated. */
        public String result(String resourceId) {
            return results.getOrDefault(resourceId, "none");
        }
    }

    private final Cloud cloud;
    private final AccountId learner;
    private final Instant now;

    GovernanceFacts(Cloud cloud, AccountId learner, Instant now) {
        this.cloud = cloud;
        this.learner = learner;
        this.now = now;
    }

    /**
     * The id of the newest event in the learner's event history that made image {@code imageId} public: a
     * ModifyImageAttribute adding launch permission for the group {@code all}. Empty when there is none. It is what
     * {@code lookup-events} shows as that event's {@code EventId}.
     */
    public String publicShareEventId(String imageId) {
        return cloud.transact(() -> {
            List<ApiCallLog.Entry> all = cloud.apiCalls().entries();
            Instant oldest = now.minus(EventHistory.WINDOW);
            for (int i = all.size() - 1; i >= 0; i--) {
                ApiCall c = all.get(i).call();
                if (c.account().equals(learner)
                        && c.operation().equals("ModifyImageAttribute")
                        && c.succeeded()
                        && !c.at().isBefore(oldest)) {
                    TrailEvent t = TrailEvent.of(c, all.get(i).index(), cloud.seed());
                    String request = Json.write(c.details().requestParameters());
                    if (t.resources().stream().anyMatch(r -> r.name().equals(imageId))
                            && request.contains("\"add\"")
                            && request.contains("\"group\":\"all\"")) {
                        return t.eventId();
                    }
                }
            }
            return "";
        });
    }

    public List<EventRuleFact> eventRules() {
        return cloud.transact(() -> cloud.eventBuses().all().stream()
                .filter(r -> r.account().equals(learner))
                .map(GovernanceFacts::rule)
                .toList());
    }

    public EventRuleFact eventRule(String name) {
        return eventRules().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElse(EventRuleFact.NONE);
    }

    private static EventRuleFact rule(Rule r) {
        return new EventRuleFact(
                r.name(),
                r.arn(),
                r.state().name(),
                r.eventPattern().orElse(""),
                r.targets().stream().map(Rule.Target::arn).toList());
    }

    public List<QueueFact> queues() {
        return cloud.transact(() -> cloud.sqsQueues().all().stream()
                .filter(q -> q.owner().equals(learner))
                .map(GovernanceFacts::queue)
                .toList());
    }

    /** The learner's queue whose name or ARN is {@code nameOrArn}, or one that does not exist. */
    public QueueFact queue(String nameOrArn) {
        return queues().stream()
                .filter(q -> q.name().equals(nameOrArn) || q.arn().equals(nameOrArn))
                .findFirst()
                .orElse(QueueFact.NONE);
    }

    private static QueueFact queue(Queue q) {
        return new QueueFact(
                q.name(),
                q.arn(),
                q.policy().orElse(""),
                q.messages().stream()
                        .map((Message m) -> new MessageFact(m.body(), m.receiveCount()))
                        .toList());
    }

    public List<ConfigRuleFact> configRules() {
        return cloud.transact(() -> cloud.configRules().all().stream()
                .filter(r -> r.account().equals(learner))
                .map(this::configRule)
                .toList());
    }

    public ConfigRuleFact configRule(String name) {
        return configRules().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElse(ConfigRuleFact.NONE);
    }

    private ConfigRuleFact configRule(ConfigRule r) {
        Map<String, String> results = new LinkedHashMap<>();
        for (Evaluation e : cloud.configRules().evaluations(r)) {
            results.put(e.resourceId(), e.compliance().name());
        }
        return new ConfigRuleFact(r.name(), r.source().name(), r.parameters(), r.resourceTypes(), results);
    }
}
