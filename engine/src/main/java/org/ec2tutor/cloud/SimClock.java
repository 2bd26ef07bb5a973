package org.ec2tutor.cloud;

import java.time.Duration;
import java.time.Instant;

/**
 * The simulated cloud's sense of time. The domain never reads the wall clock: every timestamp, transition and
 * charge is taken from the clock the cloud was built with, which is what makes a seeded run reproducible.
 */
public interface SimClock {

    /** The current simulated instant. Never goes backwards. */
    Instant now();

    /**
     * Moves simulated time forward, as a waiter or {@code %advance} does.
     *
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    void advance(Duration duration);
}
