package org.ec2tutor.jshell;

import java.time.Instant;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@code tutor} in Java cells: what the {@code %} commands do for simulated time and the bill, for learners who work
 * in Java only. It reaches nothing else of the session (not the lesson, not the grader).
 */
public interface Tutor {

    /** Lets simulated time pass, e.g. {@code tutor.advance("30d")}; returns the new time. */
    Instant advance(String duration);

    /**
     * The EC2 client of another account of the simulated organization in the current Region, by profile
     * ({@code teammate}, {@code outsider}, {@code default}) or account id: what {@code --profile} does for aws lines.
     */
    Ec2Client ec2(String profile);

    /** The simulated time. */
    Instant now();

    /**
     * The bill since the first charge, as {@code %bill --group-by GROUP} shows it (GROUP: SERVICE, PURCHASE_TYPE,
     * INSTANCE_TYPE or USAGE_TYPE).
     */
    String bill(String groupBy);
}
