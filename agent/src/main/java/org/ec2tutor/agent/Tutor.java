package org.ec2tutor.agent;

import java.time.Instant;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@code tutor} in Java cells: what the {@code %} commands do for simulated time and the bill, asked of the session
 * over the tutor wire. It reaches nothing else of the session (not the lesson, not the grader).
 */
public final class Tutor {

    private final SessionWire wire;
    private final Clients clients;

    Tutor(SessionWire wire, Clients clients) {
        this.wire = wire;
        this.clients = clients;
    }

    /** Lets simulated time pass, e.g. {@code tutor.advance("30d")}; returns the new time. */
    public Instant advance(String duration) {
        return Instant.parse(wire.call("advance", String.valueOf(duration)).get(0));
    }

    /**
     * The EC2 client of another account of the simulated organization in the current Region, by profile
     * ({@code teammate}, {@code outsider}, {@code default}) or account id: what {@code --profile} does for aws lines.
     */
    public Ec2Client ec2(String profile) {
        String p = String.valueOf(profile);
        Clients.Identity fixed = Clients.Identity.of(wire.call("creds", p));
        return clients.following(Ec2Client.class, () -> fixed);
    }

    /** The simulated time. */
    public Instant now() {
        return Instant.parse(wire.call("now").get(0));
    }

    /**
     * The bill since the first charge, as {@code %bill --group-by GROUP} shows it (GROUP: SERVICE, PURCHASE_TYPE,
     * INSTANCE_TYPE or USAGE_TYPE).
     */
    public String bill(String groupBy) {
        return wire.call("bill", String.valueOf(groupBy)).get(0);
    }

    @Override
    public String toString() {
        return "tutor";
    }
}
