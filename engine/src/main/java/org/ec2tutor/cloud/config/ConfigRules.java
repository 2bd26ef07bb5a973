package org.ec2tutor.cloud.config;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.Scheduler;

/**
 * Every account's AWS Config rules in every Region and their latest evaluations. Evaluations run on the cloud's
 * scheduler {@link #EVALUATION_DELAY} after what triggers them: a new or updated rule and an on-demand request
 * evaluate every resource in scope, a configuration change of an instance evaluates that instance. Each evaluation
 * reads the item as it is when it runs.
 */
public final class ConfigRules {

    /**
     * How long after a trigger Config's evaluation result appears. AWS publishes no figure (evaluations run "after
     * AWS Config sends a configuration item change notification"); two minutes is the simulator's choice.
     */
    public static final Duration EVALUATION_DELAY = Duration.ofMinutes(2);

    /** Where Config reads configuration items: the EC2 instances of an account in a Region. */
    public interface Items {
        List<ConfigurationItem> instances(AccountId account, Region region);

        /** The item of one instance, or a deleted item once the instance is gone. */
        ConfigurationItem instance(AccountId account, Region region, String instanceId);
    }

    private final long seed;
    private final Scheduler scheduler;
    private final Items items;
    private final Map<String, ConfigRule> byArn = new LinkedHashMap<>();
    /** Rule ARN to resource id to the latest evaluation, in the order resources were first evaluated. */
    private final Map<String, Map<String, Evaluation>> results = new LinkedHashMap<>();

    private long made;

    public ConfigRules(long seed, Scheduler scheduler, Items items) {
        this.seed = seed;
        this.scheduler = scheduler;
        this.items = items;
    }

    /** Every rule of the cloud, for read-only views (lessons). */
    public List<ConfigRule> all() {
        return List.copyOf(byArn.values());
    }

    /** The latest evaluations of a rule, for read-only views (lessons). */
    public List<Evaluation> evaluations(ConfigRule rule) {
        return List.copyOf(results.getOrDefault(rule.arn(), Map.of()).values());
    }

    Optional<ConfigRule> find(AccountId account, Region region, String name) {
        return byArn.values().stream()
                .filter(r -> r.account().equals(account)
                        && r.region() == region
                        && r.name().equals(name))
                .findFirst();
    }

    List<ConfigRule> rules(AccountId account, Region region) {
        return byArn.values().stream()
                .filter(r -> r.account().equals(account) && r.region() == region)
                .toList();
    }

    /** A new rule id: {@code config-rule-} and six lower-case letters and digits, named from the seed. */
    String newRuleId() {
        String hex = UUID.nameUUIDFromBytes((seed + " config-rule " + made++).getBytes(UTF_8))
                .toString()
                .replace("-", "");
        return "config-rule-" + hex.substring(0, 6).toLowerCase(Locale.ROOT);
    }

    /** Stores a new or replaced rule and evaluates everything in its scope after the delay. */
    void put(ConfigRule rule, Instant now) {
        byArn.put(rule.arn(), rule);
        evaluateAll(rule, now);
    }

    void remove(ConfigRule rule) {
        byArn.remove(rule.arn());
        results.remove(rule.arn());
    }

    /** Evaluates every resource in the rule's scope after the delay, each as it is then. */
    void evaluateAll(ConfigRule rule, Instant triggeredAt) {
        scheduler.at(triggeredAt.plus(EVALUATION_DELAY), evaluatedAt -> {
            if (!current(rule)) {
                return;
            }
            List<String> seen = new ArrayList<>();
            for (ConfigurationItem item : items.instances(rule.account(), rule.region())) {
                seen.add(item.resourceId());
                record(rule, item, triggeredAt, evaluatedAt);
            }
            // Resources evaluated before and gone since are recorded as deleted.
            for (String id :
                    List.copyOf(results.getOrDefault(rule.arn(), Map.of()).keySet())) {
                if (!seen.contains(id)) {
                    record(rule, ConfigurationItem.deleted(id), triggeredAt, evaluatedAt);
                }
            }
        });
    }

    /**
     * A configuration change of an instance (it was launched, changed state or was terminated): the change-triggered
     * rules of its account and Region evaluate it after the delay.
     */
    public void instanceChanged(AccountId account, Region region, String instanceId, Instant changedAt) {
        for (ConfigRule rule : rules(account, region)) {
            scheduler.at(changedAt.plus(EVALUATION_DELAY), evaluatedAt -> {
                if (current(rule)) {
                    record(rule, items.instance(account, region, instanceId), changedAt, evaluatedAt);
                }
            });
        }
    }

    /**
     * Whether the rule is still the stored one (not deleted or redefined since the evaluation was scheduled); a rule
     * put again unchanged evaluates the same way, so equal definitions count as the same rule.
     */
    private boolean current(ConfigRule rule) {
        return rule.equals(byArn.get(rule.arn()));
    }

    private void record(ConfigRule rule, ConfigurationItem item, Instant changedAt, Instant evaluatedAt) {
        Map<String, Evaluation> forRule = results.computeIfAbsent(rule.arn(), k -> new LinkedHashMap<>());
        if (!rule.covers(item)) {
            // Out of scope now (a tag was removed, say): Config keeps no result for it.
            forRule.remove(item.resourceId());
            return;
        }
        if (item.deleted() && !forRule.containsKey(item.resourceId())) {
            return;
        }
        forRule.put(
                item.resourceId(),
                new Evaluation(
                        rule.name(),
                        rule.source().resourceType(),
                        item.resourceId(),
                        rule.source().evaluate(item, rule.parameters()),
                        changedAt,
                        evaluatedAt,
                        evaluatedAt));
    }
}
