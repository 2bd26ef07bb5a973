package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ec2tutor.cloud.AccountId;

/** A VPC security group: its name is unique in its VPC; its rules change through {@link SecurityGroupOperations}. */
public final class SecurityGroup {

    private final String id;
    private final String name;
    private final String description;
    private final AccountId owner;
    private final String vpcId;
    private final Tags tags = new Tags();
    final List<SecurityGroupRule> rules = new ArrayList<>();

    SecurityGroup(String id, String name, String description, AccountId owner, String vpcId) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.owner = owner;
        this.vpcId = vpcId;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public AccountId owner() {
        return owner;
    }

    public String vpcId() {
        return vpcId;
    }

    public Tags tags() {
        return tags;
    }

    public boolean isDefault() {
        return name.equals("default");
    }

    /** Every rule, ingress and egress, in the order they were added. */
    public List<SecurityGroupRule> rules() {
        return Collections.unmodifiableList(rules);
    }

    public List<SecurityGroupRule> rules(boolean egress) {
        return rules.stream().filter(r -> r.egress() == egress).toList();
    }
}
