package org.ec2tutor.cloud.config;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.ConfigErrors;
import org.ec2tutor.cloud.json.Json;

/**
 * AWS Config rules as one account sees them in one Region: PutConfigRule with the simulated managed rules,
 * DescribeConfigRules, DeleteConfigRule, StartConfigRulesEvaluation and the compliance views. The account has a
 * configuration recorder recording EC2 instances (the simulator does not model recorders). Use inside a cloud
 * transaction.
 */
public final class ConfigApi {

    /** What PutConfigRule asks for; every field but the owner and identifier may be absent. */
    public record RuleDefinition(
            Optional<String> name,
            Optional<String> arn,
            Optional<String> id,
            Optional<String> description,
            String owner,
            String sourceIdentifier,
            Optional<String> inputParameters,
            Optional<String> maximumExecutionFrequency,
            List<String> resourceTypes,
            Optional<String> tagKey,
            Optional<String> tagValue,
            Optional<String> resourceId) {}

    /**
     * A compliance summary: NON_COMPLIANT with how many contributors (rules of a resource, resources of a rule),
     * else COMPLIANT, NOT_APPLICABLE or INSUFFICIENT_DATA without a count.
     */
    public record Compliance(ComplianceType type, int nonCompliant) {}

    public record ResourceCompliance(String resourceType, String resourceId, Compliance compliance) {}

    public record RuleCompliance(String ruleName, Compliance compliance) {}

    private final ConfigRules rules;
    private final AccountId account;
    private final Region region;
    private final Instant now;

    public ConfigApi(ConfigRules rules, AccountId account, Region region, Instant now) {
        this.rules = rules;
        this.account = account;
        this.region = region;
        this.now = now;
    }

    /** Creates or replaces a rule; it evaluates its scope after the evaluation delay. */
    public ConfigRule putConfigRule(RuleDefinition d) {
        Optional<ConfigRule> existing = existing(d);
        String name = d.name().or(() -> existing.map(ConfigRule::name)).orElseThrow(ConfigErrors::ruleNameRequired);
        if (!"AWS".equals(d.owner())) {
            throw ConfigErrors.notSimulated("AWS Config custom rules (Owner " + d.owner() + ")");
        }
        if (d.sourceIdentifier() == null || !d.sourceIdentifier().matches("[A-Z0-9_]+")) {
            throw ConfigErrors.invalidSourceIdentifier(String.valueOf(d.sourceIdentifier()));
        }
        ManagedRule source = ManagedRule.find(d.sourceIdentifier())
                .orElseThrow(() -> ConfigErrors.notSimulated("the managed rule " + d.sourceIdentifier()
                        + " (simulated: APPROVED_AMIS_BY_ID, APPROVED_AMIS_BY_TAG, EC2_INSTANCE_NO_PUBLIC_IP)"));
        if (d.maximumExecutionFrequency().isPresent()) {
            throw ConfigErrors.frequencyNotAllowed();
        }
        Map<String, String> given = parameters(d.inputParameters());
        for (String key : given.keySet()) {
            if (!source.accepts(key)) {
                throw ConfigErrors.unknownParameters(d.inputParameters().orElse(""));
            }
        }
        List<String> missing = source.missing(given);
        if (!missing.isEmpty()) {
            throw ConfigErrors.missingParameters(String.join(", ", missing));
        }
        if (d.tagValue().isPresent() && d.tagKey().isEmpty()) {
            throw ConfigErrors.invalidValue("Scope TagValue requires a TagKey.");
        }
        String id = existing.map(ConfigRule::id).orElseGet(rules::newRuleId);
        ConfigRule rule = new ConfigRule(
                account,
                region,
                name,
                "arn:aws:config:" + region.id() + ":" + account.value() + ":config-rule/" + id,
                id,
                d.description(),
                source,
                d.inputParameters(),
                source.withDefaults(given),
                d.resourceTypes(),
                d.tagKey(),
                d.tagValue(),
                d.resourceId());
        rules.put(rule, now);
        return rule;
    }

    /** The rule PutConfigRule updates: named by name, ARN or id. */
    private Optional<ConfigRule> existing(RuleDefinition d) {
        if (d.name().isPresent()) {
            return rules.find(account, region, d.name().get());
        }
        return rules.rules(account, region).stream()
                .filter(r -> d.arn().map(r.arn()::equals).orElse(false)
                        || d.id().map(r.id()::equals).orElse(false))
                .findFirst();
    }

    /** InputParameters: a JSON object of strings (AWS takes numbers and booleans as their text too). */
    private static Map<String, String> parameters(Optional<String> json) {
        if (json.isEmpty() || json.get().isBlank()) {
            return Map.of();
        }
        Object parsed = Json.parse(json.get()).orElseThrow(() -> ConfigErrors.invalidJson(json.get()));
        if (!(parsed instanceof Map<?, ?> map)) {
            throw ConfigErrors.invalidJson(json.get());
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        return out;
    }

    /** The named rules (all when none are named), in the order they were created. */
    public List<ConfigRule> describeConfigRules(List<String> names) {
        return named(names);
    }

    public void deleteConfigRule(String name) {
        rules.remove(rules.find(account, region, name).orElseThrow(() -> ConfigErrors.noSuchRule(name)));
    }

    /** Evaluates the named rules' scopes again after the evaluation delay. */
    public void startEvaluation(List<String> names) {
        if (names.isEmpty()) {
            throw ConfigErrors.invalidValue("ConfigRuleNames must name at least one rule.");
        }
        if (names.size() > 25) {
            throw ConfigErrors.invalidValue("At most 25 ConfigRuleNames may be evaluated in one request.");
        }
        for (ConfigRule r : named(names)) {
            rules.evaluateAll(r, now);
        }
    }

    /** One rule's latest results; by default the COMPLIANT and NON_COMPLIANT ones. */
    public List<Evaluation> complianceDetails(String name, List<String> types) {
        ConfigRule rule = rules.find(account, region, name).orElseThrow(() -> ConfigErrors.noSuchRule(name));
        Set<ComplianceType> wanted = types(types, false);
        return rules.evaluations(rule).stream()
                .filter(e -> wanted.contains(e.compliance()))
                .toList();
    }

    /** Per rule: NON_COMPLIANT with the count of non-compliant resources, else what its results say. */
    public List<RuleCompliance> complianceByRule(List<String> names, List<String> types) {
        Set<ComplianceType> wanted = types(types, true);
        List<RuleCompliance> out = new ArrayList<>();
        for (ConfigRule r : named(names)) {
            Compliance c = summary(
                    rules.evaluations(r).stream().map(Evaluation::compliance).toList());
            if (wanted.contains(c.type())) {
                out.add(new RuleCompliance(r.name(), c));
            }
        }
        return out;
    }

    /**
     * Per evaluated resource: NON_COMPLIANT with the count of rules it breaks, else what its results say; resources
     * in the order first evaluated.
     */
    public List<ResourceCompliance> complianceByResource(
            Optional<String> resourceType, Optional<String> resourceId, List<String> types) {
        if (resourceId.isPresent() && resourceType.isEmpty()) {
            throw ConfigErrors.invalidValue("ResourceType is required when ResourceId is specified.");
        }
        Set<ComplianceType> wanted = types(types, true);
        Map<String, List<ComplianceType>> byResource = new LinkedHashMap<>();
        Map<String, String> typeOf = new LinkedHashMap<>();
        for (ConfigRule r : rules.rules(account, region)) {
            for (Evaluation e : rules.evaluations(r)) {
                byResource
                        .computeIfAbsent(e.resourceId(), k -> new ArrayList<>())
                        .add(e.compliance());
                typeOf.put(e.resourceId(), e.resourceType());
            }
        }
        List<ResourceCompliance> out = new ArrayList<>();
        byResource.forEach((id, results) -> {
            if (resourceType.map(typeOf.get(id)::equals).orElse(true)
                    && resourceId.map(id::equals).orElse(true)) {
                Compliance c = summary(results);
                if (wanted.contains(c.type())) {
                    out.add(new ResourceCompliance(typeOf.get(id), id, c));
                }
            }
        });
        return out;
    }

    private static Compliance summary(List<ComplianceType> results) {
        int bad = (int)
                results.stream().filter(t -> t == ComplianceType.NON_COMPLIANT).count();
        if (bad > 0) {
            return new Compliance(ComplianceType.NON_COMPLIANT, bad);
        }
        if (results.contains(ComplianceType.COMPLIANT)) {
            return new Compliance(ComplianceType.COMPLIANT, 0);
        }
        if (!results.isEmpty()) {
            return new Compliance(ComplianceType.NOT_APPLICABLE, 0);
        }
        return new Compliance(ComplianceType.INSUFFICIENT_DATA, 0);
    }

    /** The compliance types asked for; none given means all (summaries) or COMPLIANT and NON_COMPLIANT (details). */
    private static Set<ComplianceType> types(List<String> given, boolean summaries) {
        if (given.isEmpty()) {
            return summaries
                    ? EnumSet.allOf(ComplianceType.class)
                    : EnumSet.of(ComplianceType.COMPLIANT, ComplianceType.NON_COMPLIANT);
        }
        Set<ComplianceType> out = EnumSet.noneOf(ComplianceType.class);
        for (String t : given) {
            try {
                out.add(ComplianceType.valueOf(t));
            } catch (IllegalArgumentException e) {
                throw ConfigErrors.invalidValue("ComplianceType " + t + " is not one of COMPLIANT, NON_COMPLIANT,"
                        + " NOT_APPLICABLE, INSUFFICIENT_DATA.");
            }
        }
        return out;
    }

    /** The named rules in creation order (all when none are named); any unknown name refuses the whole request. */
    private List<ConfigRule> named(List<String> names) {
        if (names.isEmpty()) {
            return rules.rules(account, region);
        }
        Set<String> wanted = new TreeSet<>(names);
        for (String n : wanted) {
            if (rules.find(account, region, n).isEmpty()) {
                throw ConfigErrors.noSuchRules();
            }
        }
        return rules.rules(account, region).stream()
                .filter(r -> wanted.contains(r.name()))
                .toList();
    }
}
