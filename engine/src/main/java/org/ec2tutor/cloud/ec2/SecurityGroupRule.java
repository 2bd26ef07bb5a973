package org.ec2tutor.cloud.ec2;

import java.util.Optional;

/**
 * One rule of a security group, as DescribeSecurityGroupRules reports it: one protocol and port range from or to one
 * peer. AWS counts and identifies rules per peer, so an IpPermission with two CIDRs becomes two rules.
 */
public record SecurityGroupRule(
        String id,
        String groupId,
        boolean egress,
        String protocol,
        int fromPort,
        int toPort,
        Peer peer,
        Optional<String> description) {

    /** Where traffic may come from (ingress) or go to (egress). */
    public sealed interface Peer permits Cidr, Group {}

    /** An IPv4 range such as {@code 0.0.0.0/0}. */
    public record Cidr(String cidr) implements Peer {}

    /** Another security group: traffic from (or to) any interface that carries it. */
    public record Group(String groupId, String userId) implements Peer {}

    /** Same protocol, ports and peer: what AWS calls the same rule, whatever its description. */
    boolean sameAs(String protocol, int fromPort, int toPort, Peer peer) {
        return this.protocol.equals(protocol)
                && this.fromPort == fromPort
                && this.toPort == toPort
                && this.peer.equals(peer);
    }

    /** Whether this rule lets TCP traffic to {@code port} through. */
    public boolean allowsTcp(int port) {
        return protocol.equals("-1") || (protocol.equals("tcp") && fromPort <= port && port <= toPort);
    }
}
