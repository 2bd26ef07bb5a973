package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;

/**
 * What a launch asks for its primary interface's private IPv4 addresses: a primary address of its own choosing (else
 * one from the subnet), and secondary addresses either named or by count, never both (docs/ec2-behaviour.md section
 * 24).
 */
public record PrivateAddresses(Optional<String> primary, List<String> secondaries, int secondaryCount) {

    public static final PrivateAddresses NONE = new PrivateAddresses(Optional.empty(), List.of(), 0);

    public PrivateAddresses {
        secondaries = List.copyOf(secondaries);
    }

    /** How many secondary addresses each instance gets. */
    public int secondaryTotal() {
        return secondaries.isEmpty() ? secondaryCount : secondaries.size();
    }

    /** Whether addresses are named: then only one instance can have them. */
    public boolean named() {
        return primary.isPresent() || !secondaries.isEmpty();
    }
}
