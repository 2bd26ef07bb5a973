package org.ec2tutor.cloud.ec2;

import java.time.Duration;

/**
 * How long transitions take on the virtual clock. AWS does not document these; the values follow
 * docs/ec2-behaviour.md section 3 so that waiters (15 s polls, 40 attempts) behave as against AWS.
 */
public final class Durations {

    private Durations() {}

    public static final Duration PENDING = Duration.ofSeconds(30);
    public static final Duration PENDING_BARE_METAL = Duration.ofMinutes(10);
    public static final Duration STOPPING = Duration.ofSeconds(60);
    public static final Duration SHUTTING_DOWN = Duration.ofSeconds(30);
    public static final Duration STATUS_INITIALIZING = Duration.ofMinutes(2);
    public static final Duration TERMINATED_VISIBLE = Duration.ofMinutes(60);
    /** Hibernation can only be requested this long after the instance first ran. */
    public static final Duration HIBERNATION_WARM_UP = Duration.ofMinutes(2);

    public static Duration hibernating(double memoryGib) {
        return STOPPING.plusSeconds(Math.round(2 * memoryGib));
    }

    /** CreateImage / RegisterImage: two minutes plus ten seconds per GiB of EBS. */
    public static Duration imageCreation(int totalEbsGib) {
        return Duration.ofMinutes(2).plusSeconds(10L * totalEbsGib);
    }
}
