package org.ec2tutor.cloud.guest;

/**
 * How a guest reaches other machines: what a TCP connection from it to a host and port meets. The EC2 side decides
 * (instances, addresses, security groups); the guest only asks.
 */
public interface GuestNetwork {

    /** What a connection attempt meets. */
    sealed interface Route permits Reached, Dropped, Unresolved {}

    /**
     * The packets arrive: the target's operating system answers, with a listener or a refusal. {@code from} is the
     * source address the target sees (the private one inside the VPC, the public one over the internet).
     */
    record Reached(Guest target, String from) implements Route {}

    /** Nothing answers (a security group drops the packets, or no route leads there): the client times out. */
    record Dropped() implements Route {}

    /** The host name does not resolve. */
    record Unresolved() implements Route {}

    Route connect(String host, int port);

    /** A guest on no network: names do not resolve, addresses never answer. */
    GuestNetwork ISOLATED = (host, port) -> host.matches("[0-9.]+") ? new Dropped() : new Unresolved();
}
