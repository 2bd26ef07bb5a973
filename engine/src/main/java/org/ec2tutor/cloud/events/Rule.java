package org.ec2tutor.cloud.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/** A rule on an account's default event bus in one Region: a pattern or a schedule, its state and its targets. */
public final class Rule {

    /** EventBridge's rule states; read-only CloudTrail calls reach only rules in the last one. */
    public enum State {
        ENABLED,
        DISABLED,
        ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS
    }

    /** A target: SNS topic or SQS queue by ARN, with an optional constant {@code Input} sent instead of the event. */
    public record Target(String id, String arn, Optional<String> input) {}

    private final String name;
    private final AccountId account;
    private final Region region;
    private Optional<String> eventPattern;
    private Optional<EventPattern> parsed;
    private Optional<String> schedule;
    private Optional<String> description;
    private State state;
    private final List<Target> targets = new ArrayList<>();

    Rule(String name, AccountId account, Region region) {
        this.name = name;
        this.account = account;
        this.region = region;
    }

    public String name() {
        return name;
    }

    public AccountId account() {
        return account;
    }

    public Region region() {
        return region;
    }

    public String arn() {
        return "arn:aws:events:" + region.id() + ":" + account.value() + ":rule/" + name;
    }

    public Optional<String> eventPattern() {
        return eventPattern;
    }

    public Optional<String> scheduleExpression() {
        return schedule;
    }

    public Optional<String> description() {
        return description;
    }

    public State state() {
        return state;
    }

    public List<Target> targets() {
        return List.copyOf(targets);
    }

    /** Whether an event (parsed JSON) reaches this rule's targets: enabled, with a pattern that matches. */
    boolean takes(java.util.Map<?, ?> event) {
        return state != State.DISABLED && parsed.map(p -> p.matches(event)).orElse(false);
    }

    void define(
            Optional<String> pattern,
            Optional<EventPattern> parsedPattern,
            Optional<String> scheduleExpression,
            Optional<String> text,
            State newState) {
        this.eventPattern = pattern;
        this.parsed = parsedPattern;
        this.schedule = scheduleExpression;
        this.description = text;
        this.state = newState;
    }

    void setState(State s) {
        this.state = s;
    }

    void putTarget(Target t) {
        targets.removeIf(x -> x.id().equals(t.id()));
        targets.add(t);
    }

    void removeTarget(String id) {
        targets.removeIf(x -> x.id().equals(id));
    }
}
