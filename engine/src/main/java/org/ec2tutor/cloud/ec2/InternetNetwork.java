package org.ec2tutor.cloud.ec2;

import java.util.Optional;
import org.ec2tutor.cloud.guest.GuestNetwork;

/**
 * The learner's own computer on the internet, at {@link #LEARNER_ADDRESS}: it reaches an instance only by its public
 * address or public DNS name (a private address is not routed from the internet), and only when the instance runs and
 * one of its security groups lets TCP on that port in from the learner's address. Anything else drops the packets, so
 * the client times out, as from a real network.
 */
public final class InternetNetwork implements GuestNetwork {

    /**
     * The learner's public IPv4 address, as lessons tell it: 203.0.113.25, from a block reserved for documentation
     * (RFC 5737), so it can never be someone's real address.
     */
    public static final String LEARNER_ADDRESS = "203.0.113.25";

    private final Ec2World world;
    private final String from;

    InternetNetwork(Ec2World world, String from) {
        this.world = world;
        this.from = from;
    }

    @Override
    public Route connect(String host, int port) {
        Optional<Instance> target = InstanceNetwork.byPublicAddress(world, host);
        if (target.isEmpty()) {
            return host.matches("[0-9.]+") ? new Dropped() : new Unresolved();
        }
        return admits(target.get(), port) ? new Reached(target.get().guest(), from) : new Dropped();
    }

    /** Whether TCP to {@code port} from the learner gets into {@code target}: running, and an inbound rule allows it. */
    boolean admits(Instance target, int port) {
        return target.state() == InstanceState.RUNNING
                && InstanceNetwork.allows(world, target, false, port, from, null);
    }

    /** The instance that answers at {@code host} from the internet, if any. */
    Optional<Instance> instanceAt(String host) {
        return InstanceNetwork.byPublicAddress(world, host);
    }
}
