package org.ec2tutor.cloud.sns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/** A standard SNS topic: its attributes (with the access {@code Policy}) and its subscriptions. */
public final class Topic {

    private final String name;
    private final AccountId owner;
    private final Region region;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    Topic(String name, AccountId owner, Region region) {
        this.name = name;
        this.owner = owner;
        this.region = region;
        attributes.put("Policy", defaultPolicy());
        attributes.put("DisplayName", "");
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

    public String arn() {
        return "arn:aws:sns:" + region.id() + ":" + owner.value() + ":" + name;
    }

    public Map<String, String> attributes() {
        return Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public List<Subscription> subscriptions() {
        return List.copyOf(subscriptions);
    }

    void set(String name, String value) {
        attributes.put(name, value);
    }

    void add(Subscription s) {
        subscriptions.add(s);
    }

    void remove(Subscription s) {
        subscriptions.remove(s);
    }

    /**
     * The policy SNS gives a new topic: only the owner account may use it (statement {@code __default_statement_ID}),
     * so EventBridge may not publish until a statement allows {@code events.amazonaws.com}.
     */
    private String defaultPolicy() {
        String actions = String.join(
                ",",
                List.of(
                                "SNS:GetTopicAttributes",
                                "SNS:SetTopicAttributes",
                                "SNS:AddPermission",
                                "SNS:RemovePermission",
                                "SNS:DeleteTopic",
                                "SNS:Subscribe",
                                "SNS:ListSubscriptionsByTopic",
                                "SNS:Publish")
                        .stream()
                        .map(a -> "\"" + a + "\"")
                        .toList());
        return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":"
                + "\"__default_statement_ID\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":["
                + actions + "],\"Resource\":\"" + arn() + "\",\"Condition\":{\"StringEquals\":{\"AWS:SourceOwner\":\""
                + owner.value() + "\"}}}]}";
    }
}
