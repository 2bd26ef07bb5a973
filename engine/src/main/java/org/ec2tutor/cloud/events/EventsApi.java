package org.ec2tutor.cloud.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.EventsErrors;
import org.ec2tutor.cloud.json.Json;

/**
 * Amazon EventBridge as one account sees it in one Region: rules on the default bus and their targets, and
 * TestEventPattern. Use inside a cloud transaction.
 */
public final class EventsApi {

    private static final Pattern NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");

    /** {@code rate(5 minutes)}, {@code rate(1 hour)}, or {@code cron(...)} with six fields. */
    private static final Pattern SCHEDULE = Pattern.compile(
            "rate\\((1 (minute|hour|day)|([2-9]|[1-9][0-9]+) (minutes|hours|days))\\)|cron\\(\\S+( \\S+){5}\\)");

    /** The most targets a rule may have. */
    static final int MAX_TARGETS = 5;

    /** The envelope fields TestEventPattern requires of an event. */
    private static final List<String> EVENT_FIELDS =
            List.of("id", "account", "source", "time", "region", "resources", "detail-type");

    private final EventBuses buses;
    private final AccountId account;
    private final Region region;

    public EventsApi(EventBuses buses, AccountId account, Region region) {
        this.buses = buses;
        this.account = account;
        this.region = region;
    }

    /** Creates or replaces a rule (PutRule is an upsert); a new rule is ENABLED unless a state is given. */
    public Rule putRule(String name, String bus, String pattern, String schedule, String state, String description) {
        checkBus(bus);
        checkName("name", name);
        boolean hasPattern = pattern != null && !pattern.isEmpty();
        boolean hasSchedule = schedule != null && !schedule.isEmpty();
        if (!hasPattern && !hasSchedule) {
            throw EventsErrors.patternOrSchedule();
        }
        Optional<EventPattern> parsed = hasPattern ? Optional.of(EventPattern.parse(pattern)) : Optional.empty();
        if (hasSchedule && !SCHEDULE.matcher(schedule).matches()) {
            throw EventsErrors.invalidSchedule();
        }
        Rule.State s = state == null ? Rule.State.ENABLED : state(state);
        Rule rule = buses.rule(account, region, name).orElseGet(() -> {
            Rule r = new Rule(name, account, region);
            buses.add(r);
            return r;
        });
        rule.define(
                hasPattern ? Optional.of(pattern) : Optional.empty(),
                parsed,
                hasSchedule ? Optional.of(schedule) : Optional.empty(),
                Optional.ofNullable(description),
                s);
        return rule;
    }

    public Rule describeRule(String name, String bus) {
        checkBus(bus);
        return find(name);
    }

    public List<Rule> listRules(String prefix, String bus) {
        checkBus(bus);
        return buses.rules(account, region).stream()
                .filter(r -> prefix == null || r.name().startsWith(prefix))
                .toList();
    }

    public void enable(String name, String bus) {
        checkBus(bus);
        find(name).setState(Rule.State.ENABLED);
    }

    public void disable(String name, String bus) {
        checkBus(bus);
        find(name).setState(Rule.State.DISABLED);
    }

    /** Deletes a rule; refused while it has targets, as EventBridge does. A rule that does not exist is no error. */
    public void deleteRule(String name, String bus) {
        checkBus(bus);
        Optional<Rule> r = buses.rule(account, region, name);
        if (r.isEmpty()) {
            return;
        }
        if (!r.get().targets().isEmpty()) {
            throw EventsErrors.ruleHasTargets();
        }
        buses.remove(r.get());
    }

    /** Adds or replaces targets by id. PutTargets does not check that a target's policy allows the rule. */
    public void putTargets(String name, String bus, List<Rule.Target> targets) {
        checkBus(bus);
        Rule r = find(name);
        for (Rule.Target t : targets) {
            checkName("targets.id", t.id());
            if (t.arn() == null || !t.arn().startsWith("arn:")) {
                throw EventsErrors.invalidTargetArn(String.valueOf(t.arn()));
            }
        }
        long after = java.util.stream.Stream.concat(
                        r.targets().stream().map(Rule.Target::id),
                        targets.stream().map(Rule.Target::id))
                .distinct()
                .count();
        if (after > MAX_TARGETS) {
            throw EventsErrors.tooManyTargets();
        }
        targets.forEach(r::putTarget);
    }

    public void removeTargets(String name, String bus, List<String> ids) {
        checkBus(bus);
        Rule r = find(name);
        ids.forEach(r::removeTarget);
    }

    public List<Rule.Target> targets(String name, String bus) {
        checkBus(bus);
        return find(name).targets();
    }

    /** Whether {@code event} (an event's JSON with its envelope fields) matches {@code pattern}. */
    public boolean testEventPattern(String pattern, String event) {
        EventPattern p = EventPattern.parse(pattern);
        Object doc = Json.parse(event == null ? "" : event)
                .orElseThrow(() -> EventsErrors.invalidEvent("Event is not valid JSON"));
        if (!(doc instanceof Map<?, ?> map)) {
            throw EventsErrors.invalidEvent("Event is not an object");
        }
        for (String f : EVENT_FIELDS) {
            if (!map.containsKey(f)) {
                throw EventsErrors.invalidEvent("Field " + f + " is missing");
            }
        }
        return p.matches(map);
    }

    private Rule find(String name) {
        return buses.rule(account, region, name).orElseThrow(() -> EventsErrors.ruleNotFound(name));
    }

    private static void checkName(String field, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw EventsErrors.invalidName(field, String.valueOf(name));
        }
    }

    /** Only the default bus exists here (by name or ARN). */
    private void checkBus(String bus) {
        if (bus == null
                || bus.equals("default")
                || bus.equals("arn:aws:events:" + region.id() + ":" + account.value() + ":event-bus/default")) {
            return;
        }
        throw EventsErrors.busNotFound(bus);
    }

    private static Rule.State state(String s) {
        for (Rule.State v : Rule.State.values()) {
            if (v.name().equals(s)) {
                return v;
            }
        }
        throw EventsErrors.invalidState(s);
    }
}
