package org.ec2tutor.cloud;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A clock that only moves when told to: scripts, tests and grading use it so that the same inputs always give the
 * same times. Not thread-safe on its own; the {@link Cloud} serialises access.
 */
public final class ManualClock implements SimClock {

    /** Where a manual clock starts unless told otherwise. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    private Instant now;

    public ManualClock() {
        this(DEFAULT_START);
    }

    public ManualClock(Instant start) {
        this.now = Objects.requireNonNull(start);
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time cannot go backwards: " + duration);
        }
        now = now.plus(duration);
    }
}
