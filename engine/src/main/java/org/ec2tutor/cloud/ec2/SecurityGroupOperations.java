package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Security groups and their rules (docs/ec2-behaviour.md section 10): create, describe, delete, authorize and revoke
 * ingress and egress. A rule is one protocol and port range with one peer; AWS refuses a rule that already exists and
 * more than {@link #RULES_PER_DIRECTION} rules in one direction.
 */
public final class SecurityGroupOperations {

    /** Inbound or outbound rules per group, AWS's default quota (Amazon VPC quotas). */
    static final int RULES_PER_DIRECTION = 60;

    private static final Pattern NAME_CHARS = Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]*");
    private static final Map<String, String> PROTOCOL_NUMBERS =
            Map.of("6", "tcp", "17", "udp", "1", "icmp", "58", "icmpv6");

    /** What a revoke removed, and the permissions it did not find (only the default VPC answers so). */
    public record Revoked(List<SecurityGroupRule> revoked, List<IpPermission> unknown) {}

    private final Ec2Context ctx;

    SecurityGroupOperations(Ec2Context ctx) {
        this.ctx = ctx;
        DefaultNetwork.ensure(ctx.resources(), ctx.caller().id());
    }

    /** The rule every new group starts with: all traffic out to anywhere. */
    static SecurityGroupRule allTrafficOut(String ruleId, String groupId) {
        return new SecurityGroupRule(
                ruleId, groupId, true, "-1", -1, -1, new SecurityGroupRule.Cidr("0.0.0.0/0"), Optional.empty());
    }

    public SecurityGroup create(String name, String description, Optional<String> vpcId) {
        if (name == null || name.isEmpty()) {
            throw Ec2Errors.missingParameter("GroupName");
        }
        if (description == null || description.isEmpty()) {
            throw Ec2Errors.missingParameter("GroupDescription");
        }
        if (name.length() > 255 || !NAME_CHARS.matcher(name).matches()) {
            throw Ec2Errors.invalidValueFor(name, "GroupName");
        }
        if (description.length() > 255 || !NAME_CHARS.matcher(description).matches()) {
            throw Ec2Errors.invalidValueFor(description, "GroupDescription");
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("sg-")) {
            throw Ec2Errors.groupNameLooksLikeId();
        }
        Vpc vpc = vpcId.map(id -> new NetworkOperations(ctx).vpc(id))
                .orElseGet(() -> DefaultNetwork.defaultVpc(
                                ctx.resources(), ctx.caller().id())
                        .orElseThrow(Ec2Errors::noDefaultVpcForGroup));
        boolean taken = ctx.resources().securityGroups.values().stream()
                .anyMatch(g -> g.vpcId().equals(vpc.id()) && g.name().equalsIgnoreCase(name));
        if (taken) {
            throw Ec2Errors.securityGroupDuplicate(name, vpc.id());
        }
        String id = ctx.world().ids.resourceId("sg");
        SecurityGroup group =
                new SecurityGroup(id, name, description, ctx.caller().id(), vpc.id());
        group.rules.add(allTrafficOut(ctx.world().ids.resourceId("sgr"), id));
        ctx.resources().securityGroups.put(id, group);
        return group;
    }

    /** The caller's groups, all or those named by id or (in the default VPC) by name, filtered. */
    public List<SecurityGroup> describe(List<String> ids, List<String> names, List<Filter> filters) {
        FilterSet<SecurityGroup> set = FilterSet.withTags(SecurityGroup::tags)
                .addOne("group-id", SecurityGroup::id)
                .addOne("group-name", SecurityGroup::name)
                .addOne("vpc-id", SecurityGroup::vpcId)
                .addOne("description", SecurityGroup::description)
                .addOne("owner-id", g -> g.owner().value());
        set.validate(filters);
        List<SecurityGroup> chosen = new ArrayList<>();
        if (ids.isEmpty() && names.isEmpty()) {
            chosen.addAll(own());
        }
        ids.forEach(id -> chosen.add(byId(id)));
        names.forEach(n -> chosen.add(byNameInDefaultVpc(n)));
        return chosen.stream().filter(g -> set.matches(g, filters)).toList();
    }

    /** DeleteSecurityGroup: refused for the default group and for a group still in use. Returns the group's id. */
    public String delete(Optional<String> id, Optional<String> name) {
        SecurityGroup group = id.map(this::byId)
                .or(() -> name.map(this::byNameInDefaultVpc))
                .orElseThrow(() -> Ec2Errors.missingParameter("GroupId"));
        if (group.isDefault()) {
            throw Ec2Errors.cannotDeleteDefaultGroup(group.id());
        }
        boolean usedByInstance = ctx.resources().instances.values().stream()
                .filter(i -> i.state() != InstanceState.TERMINATED)
                .anyMatch(i -> i.securityGroupIds().contains(group.id()));
        boolean referenced = ctx.resources().securityGroups.values().stream()
                .filter(g -> !g.id().equals(group.id()))
                .flatMap(g -> g.rules.stream())
                .anyMatch(r -> r.peer() instanceof SecurityGroupRule.Group p
                        && p.groupId().equals(group.id()));
        if (usedByInstance || referenced) {
            throw Ec2Errors.securityGroupInUse(group.id());
        }
        ctx.resources().securityGroups.remove(group.id());
        return group.id();
    }

    /** AuthorizeSecurityGroupIngress/Egress: adds every rule or, if one is refused, none. */
    public List<SecurityGroupRule> authorize(
            Optional<String> groupId, Optional<String> groupName, boolean egress, List<IpPermission> permissions) {
        SecurityGroup group = target(groupId, groupName);
        List<SecurityGroupRule> added = new ArrayList<>();
        for (IpPermission p : permissions) {
            Normalized n = normalize(p);
            for (IpPermission.PeerSpec peer : p.peers()) {
                checkPeer(peer.peer());
                boolean exists =
                        group.rules(egress).stream().anyMatch(r -> r.sameAs(n.protocol, n.from, n.to, peer.peer()))
                                || added.stream().anyMatch(r -> r.sameAs(n.protocol, n.from, n.to, peer.peer()));
                if (exists) {
                    throw Ec2Errors.permissionDuplicate(n.protocol, n.from, n.to, peerText(peer.peer()));
                }
                added.add(new SecurityGroupRule(
                        "", group.id(), egress, n.protocol, n.from, n.to, peer.peer(), peer.description()));
            }
        }
        if (group.rules(egress).size() + added.size() > RULES_PER_DIRECTION) {
            throw Ec2Errors.rulesPerGroupLimitExceeded();
        }
        List<SecurityGroupRule> stored = new ArrayList<>();
        for (SecurityGroupRule r : added) {
            SecurityGroupRule withId = new SecurityGroupRule(
                    ctx.world().ids.resourceId("sgr"),
                    r.groupId(),
                    r.egress(),
                    r.protocol(),
                    r.fromPort(),
                    r.toPort(),
                    r.peer(),
                    r.description());
            group.rules.add(withId);
            stored.add(withId);
        }
        return stored;
    }

    /**
     * RevokeSecurityGroupIngress/Egress by permissions or by rule ids. In a default VPC a rule that does not exist is
     * reported back, not refused (API reference, RevokeSecurityGroupIngress); elsewhere it is refused.
     */
    public Revoked revoke(
            Optional<String> groupId,
            Optional<String> groupName,
            boolean egress,
            List<IpPermission> permissions,
            List<String> ruleIds) {
        SecurityGroup group = target(groupId, groupName);
        boolean inDefaultVpc = ctx.resources().vpcs.get(group.vpcId()).isDefault();
        List<SecurityGroupRule> revoked = new ArrayList<>();
        List<IpPermission> unknown = new ArrayList<>();
        for (IpPermission p : permissions) {
            Normalized n = normalize(p);
            List<IpPermission.PeerSpec> missing = new ArrayList<>();
            for (IpPermission.PeerSpec peer : p.peers()) {
                Optional<SecurityGroupRule> rule = group.rules(egress).stream()
                        .filter(r -> r.sameAs(n.protocol, n.from, n.to, peer.peer()))
                        .findFirst();
                if (rule.isPresent()) {
                    revoked.add(rule.get());
                } else {
                    missing.add(peer);
                }
            }
            if (!missing.isEmpty()) {
                if (!inDefaultVpc) {
                    throw Ec2Errors.permissionNotFound();
                }
                unknown.add(new IpPermission(p.protocol(), p.fromPort(), p.toPort(), missing));
            }
        }
        for (String ruleId : ruleIds) {
            revoked.add(group.rules(egress).stream()
                    .filter(r -> r.id().equals(ruleId))
                    .findFirst()
                    .orElseThrow(() -> Ec2Errors.securityGroupRuleNotFound(ruleId)));
        }
        group.rules.removeAll(revoked);
        return new Revoked(revoked, unknown);
    }

    /** DescribeSecurityGroupRules: the caller's rules, all or by id, filtered by {@code group-id}. */
    public List<SecurityGroupRule> rules(List<String> ruleIds, List<Filter> filters) {
        FilterSet<SecurityGroupRule> set = FilterSet.<SecurityGroupRule>withoutTags()
                .addOne("group-id", SecurityGroupRule::groupId)
                .addOne("security-group-rule-id", SecurityGroupRule::id);
        set.validate(filters);
        List<SecurityGroupRule> all =
                own().stream().flatMap(g -> g.rules.stream()).toList();
        for (String id : ruleIds) {
            if (all.stream().noneMatch(r -> r.id().equals(id))) {
                throw Ec2Errors.securityGroupRuleNotFound(id);
            }
        }
        return all.stream()
                .filter(r -> ruleIds.isEmpty() || ruleIds.contains(r.id()))
                .filter(r -> set.matches(r, filters))
                .toList();
    }

    /** A group of the caller's, by id. */
    SecurityGroup byId(String id) {
        SecurityGroup g = ctx.resources().securityGroups.get(id);
        if (g == null || !g.owner().equals(ctx.caller().id())) {
            throw Ec2Errors.securityGroupNotFound(id);
        }
        return g;
    }

    /** {@code GroupName} parameters look only in the default VPC, as AWS does. */
    SecurityGroup byNameInDefaultVpc(String name) {
        Optional<Vpc> vpc =
                DefaultNetwork.defaultVpc(ctx.resources(), ctx.caller().id());
        String vpcId = vpc.map(Vpc::id).orElse("none");
        return own().stream()
                .filter(g -> g.vpcId().equals(vpcId) && g.name().equals(name))
                .findFirst()
                .orElseThrow(() -> Ec2Errors.securityGroupNotInDefaultVpc(name, vpcId));
    }

    private List<SecurityGroup> own() {
        return ctx.resources().securityGroups.values().stream()
                .filter(g -> g.owner().equals(ctx.caller().id()))
                .toList();
    }

    private SecurityGroup target(Optional<String> groupId, Optional<String> groupName) {
        return groupId.map(this::byId)
                .or(() -> groupName.map(this::byNameInDefaultVpc))
                .orElseThrow(() -> Ec2Errors.missingParameter("GroupId"));
    }

    private void checkPeer(SecurityGroupRule.Peer peer) {
        if (peer instanceof SecurityGroupRule.Cidr c && Cidr.tryParse(c.cidr()).isEmpty()) {
            throw Ec2Errors.cidrMalformed(c.cidr());
        }
        if (peer instanceof SecurityGroupRule.Group g) {
            byId(g.groupId());
        }
    }

    private record Normalized(String protocol, int from, int to) {}

    /**
     * Protocol names as AWS stores them (6 is tcp, 17 udp, 1 icmp); all ports for -1 and other protocol numbers;
     * TCP and UDP need a port range within 0-65535 (API reference, IpPermission).
     */
    private static Normalized normalize(IpPermission p) {
        String protocol = p.protocol() == null ? "" : p.protocol().toLowerCase(Locale.ROOT);
        protocol = PROTOCOL_NUMBERS.getOrDefault(protocol, protocol);
        if (protocol.equals("tcp") || protocol.equals("udp")) {
            if (p.fromPort().isEmpty() || p.toPort().isEmpty()) {
                throw Ec2Errors.portsRequired();
            }
            int from = p.fromPort().get();
            int to = p.toPort().get();
            if (from < 0 || to > 65535 || from > to) {
                throw Ec2Errors.invalidPortRange(from, to);
            }
            return new Normalized(protocol, from, to);
        }
        if (protocol.equals("icmp") || protocol.equals("icmpv6")) {
            return new Normalized(protocol, p.fromPort().orElse(-1), p.toPort().orElse(-1));
        }
        if (protocol.equals("-1")) {
            return new Normalized(protocol, -1, -1);
        }
        try {
            int number = Integer.parseInt(protocol);
            if (number < 0 || number > 255) {
                throw Ec2Errors.unknownProtocol(p.protocol());
            }
        } catch (NumberFormatException e) {
            throw Ec2Errors.unknownProtocol(p.protocol());
        }
        return new Normalized(protocol, -1, -1);
    }

    private static String peerText(SecurityGroupRule.Peer peer) {
        if (peer instanceof SecurityGroupRule.Group g) {
            return g.groupId();
        }
        return ((SecurityGroupRule.Cidr) peer).cidr();
    }
}
