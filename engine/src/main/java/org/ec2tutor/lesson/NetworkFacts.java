package org.ec2tutor.lesson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.ec2.Instance;
import org.ec2tutor.cloud.ec2.RegionalResources;
import org.ec2tutor.cloud.ec2.RunCommand;
import org.ec2tutor.cloud.ec2.SecurityGroup;
import org.ec2tutor.cloud.ec2.SecurityGroupRule;

/**
 * The learner's network as a lesson's checks see it ({@code aws.network()}): key pairs, security groups with their
 * inbound rules, each instance's groups and key, and what Run Command printed inside instances, so a step can ask
 * "was the web server reached from another instance?" from state rather than from what was typed.
 */
public final class NetworkFacts {

    public record KeyPairFact(String id, String name, String keyType) {

        static final KeyPairFact NONE = new KeyPairFact("", "", "");

        public boolean exists() {
            return !id.isEmpty();
        }
    }

    /** One inbound rule: protocol ({@code tcp}, {@code -1}...), ports, and a CIDR or group id as its peer. */
    public record RuleFact(String protocol, int fromPort, int toPort, String cidr, String groupId) {

        boolean covers(int port) {
            return protocol.equals("-1") || (protocol.equals("tcp") && fromPort <= port && port <= toPort);
        }
    }

    public record GroupFact(String id, String name, String vpcId, List<RuleFact> ingress) {

        static final GroupFact NONE = new GroupFact("", "", "", List.of());

        public boolean exists() {
            return !id.isEmpty();
        }

        /** Whether TCP {@code port} is open to exactly {@code cidr} (e.g. {@code 0.0.0.0/0}). */
        public boolean opens(int port, String cidr) {
            return ingress.stream().anyMatch(r -> r.covers(port) && cidr.equals(r.cidr()));
        }

        /** Whether TCP {@code port} is open to single addresses ({@code /32}) only, and to at least one. */
        public boolean opensToOneAddressOnly(int port) {
            List<RuleFact> rules = ingress.stream()
                    .filter(r -> r.covers(port) && !r.cidr().isEmpty())
                    .toList();
            return !rules.isEmpty() && rules.stream().allMatch(r -> r.cidr().endsWith("/32"));
        }
    }

    /** One Run Command invocation as it ended (or {@code InProgress}). */
    public record InvocationFact(
            String commandId, String instanceId, List<String> commands, String status, int exitCode, String output) {}

    private final List<KeyPairFact> keyPairs = new ArrayList<>();
    private final List<GroupFact> groups = new ArrayList<>();
    private final List<InvocationFact> invocations = new ArrayList<>();
    private final List<Instance> instances = new ArrayList<>();

    NetworkFacts(RegionalResources res, AccountId learner, Instant now) {
        res.keyPairs(learner).forEach(k -> keyPairs.add(new KeyPairFact(k.id(), k.name(), k.keyType())));
        for (SecurityGroup g : res.securityGroups()) {
            if (g.owner().equals(learner)) {
                groups.add(new GroupFact(
                        g.id(),
                        g.name(),
                        g.vpcId(),
                        g.rules(false).stream().map(NetworkFacts::rule).toList()));
            }
        }
        for (RunCommand c : res.commands()) {
            if (c.owner().equals(learner)) {
                c.invocations()
                        .values()
                        .forEach(i -> invocations.add(new InvocationFact(
                                c.id(), i.instanceId(), c.commands(), i.status(now), i.responseCode(), i.stdout())));
            }
        }
        res.instances().stream().filter(i -> i.owner().equals(learner)).forEach(instances::add);
    }

    static NetworkFacts of(RegionalResources res, AccountId learner, Instant now) {
        return new NetworkFacts(res, learner, now);
    }

    private static RuleFact rule(SecurityGroupRule r) {
        String cidr = r.peer() instanceof SecurityGroupRule.Cidr c ? c.cidr() : "";
        String group = r.peer() instanceof SecurityGroupRule.Group g ? g.groupId() : "";
        return new RuleFact(r.protocol(), r.fromPort(), r.toPort(), cidr, group);
    }

    public KeyPairFact keyPair(String name) {
        return keyPairs.stream().filter(k -> k.name().equals(name)).findFirst().orElse(KeyPairFact.NONE);
    }

    public GroupFact groupNamed(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElse(GroupFact.NONE);
    }

    /** The names of the instance's security groups. */
    public List<String> groupsOf(String instanceId) {
        return find(instanceId)
                .map(i ->
                        i.securityGroups().stream().map(Instance.GroupRef::name).toList())
                .orElse(List.of());
    }

    /** The key pair the instance was launched with, or "". */
    public String keyOf(String instanceId) {
        return find(instanceId).flatMap(Instance::keyName).orElse("");
    }

    /**
     * Whether the instance's web server answered a request (status 200) that came over the internet from another of
     * the learner's instances: its access log shows that instance's public address.
     */
    public boolean reachedByPublicIp(String instanceId) {
        Optional<Instance> target = find(instanceId);
        if (target.isEmpty() || target.get().guest() == null) {
            return false;
        }
        List<String> otherPublicIps = instances.stream()
                .filter(i -> !i.id().equals(instanceId))
                .flatMap(i -> i.publicIp().stream())
                .toList();
        return target.get().guest().requestsServed().stream()
                .anyMatch(r -> r.status() == 200 && otherPublicIps.contains(r.from()));
    }

    public List<InvocationFact> invocations() {
        return List.copyOf(invocations);
    }

    private Optional<Instance> find(String id) {
        return instances.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
