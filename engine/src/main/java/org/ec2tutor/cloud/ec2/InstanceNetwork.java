package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.guest.GuestNetwork;

/**
 * One instance's view of the network, for TCP from its guest (VPC User Guide, "Security group rules"): a private
 * address is reached inside the same VPC, a public one over the internet (only from an instance that has a public
 * address itself: the default VPC's route to the internet gateway). The source's outbound rules must allow the
 * destination, the target's inbound rules the source: by CIDR, or by group, which matches only traffic between
 * private addresses. A stopped target, or a rule missing, drops the packets: the client times out.
 */
final class InstanceNetwork implements GuestNetwork {

    private final Ec2World world;
    private final Instance source;

    InstanceNetwork(Ec2World world, Instance source) {
        this.world = world;
        this.source = source;
    }

    @Override
    public Route connect(String host, int port) {
        Optional<Instance> byPrivate = instances(List.of(source.region()))
                .filter(i -> i.vpcId().equals(source.vpcId()))
                .filter(i -> i.privateIp().equals(host) || i.privateDnsName().equals(host))
                .findFirst();
        if (byPrivate.isPresent()) {
            Instance target = byPrivate.get();
            return target == source
                    ? new Reached(source.guest(), source.privateIp())
                    : route(target, port, source.privateIp(), true);
        }
        Optional<Instance> byPublic = byPublicAddress(world, host);
        if (byPublic.isPresent()) {
            if (source.publicIp().isEmpty()) {
                return new Dropped();
            }
            return route(byPublic.get(), port, source.publicIp().get(), false);
        }
        return host.matches("[0-9.]+") ? new Dropped() : new Unresolved();
    }

    private Route route(Instance target, int port, String from, boolean privatePath) {
        String to = privatePath ? target.privateIp() : target.publicIp().orElseThrow();
        boolean out = allows(world, source, true, port, to, privatePath ? target : null);
        boolean in = allows(world, target, false, port, from, privatePath ? source : null);
        return target.state() == InstanceState.RUNNING && out && in ? new Reached(target.guest(), from) : new Dropped();
    }

    /**
     * Whether one of {@code instance}'s groups has a rule in that direction for TCP {@code port} whose peer is a CIDR
     * holding {@code peerAddress}, or a group {@code peerInstance} (reached privately) belongs to.
     */
    static boolean allows(
            Ec2World world, Instance instance, boolean egress, int port, String peerAddress, Instance peerInstance) {
        RegionalResources res = world.region(instance.region());
        for (String groupId : instance.securityGroupIds()) {
            SecurityGroup group = res.securityGroups.get(groupId);
            if (group == null) {
                continue;
            }
            for (SecurityGroupRule rule : group.rules(egress)) {
                if (rule.allowsTcp(port) && matches(rule.peer(), peerAddress, peerInstance)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(SecurityGroupRule.Peer peer, String address, Instance peerInstance) {
        if (peer instanceof SecurityGroupRule.Cidr c) {
            return Cidr.tryParse(c.cidr()).map(b -> b.containsAddress(address)).orElse(false);
        }
        SecurityGroupRule.Group g = (SecurityGroupRule.Group) peer;
        return peerInstance != null && peerInstance.securityGroupIds().contains(g.groupId());
    }

    /** The instance whose public address or public DNS name is {@code host}, in any Region and account. */
    static Optional<Instance> byPublicAddress(Ec2World world, String host) {
        return java.util.Arrays.stream(Region.values())
                .flatMap(r -> world.region(r).instances.values().stream())
                .filter(i -> i.state() != InstanceState.TERMINATED)
                .filter(i -> i.publicIp().map(ip -> ip.equals(host)).orElse(false)
                        || (!i.publicDnsName().isEmpty() && i.publicDnsName().equals(host)))
                .findFirst();
    }

    private java.util.stream.Stream<Instance> instances(List<Region> regions) {
        return regions.stream()
                .flatMap(r -> world.region(r).instances.values().stream())
                .filter(i -> i.state() != InstanceState.TERMINATED);
    }
}
