package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;

/**
 * What AuthorizeSecurityGroupIngress/Egress and their Revoke counterparts ask for: a protocol, an optional port range
 * and the peers it applies to, each with an optional description.
 */
public record IpPermission(
        String protocol, Optional<Integer> fromPort, Optional<Integer> toPort, List<PeerSpec> peers) {

    public IpPermission {
        peers = List.copyOf(peers);
    }

    /** One peer of a permission and its description. */
    public record PeerSpec(SecurityGroupRule.Peer peer, Optional<String> description) {}
}
