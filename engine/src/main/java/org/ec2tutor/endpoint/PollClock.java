package org.ec2tutor.endpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ec2tutor.sdk.SimulatedAws;

/**
 * Time over HTTP. The real CLI's {@code aws ec2 wait} and the SDKs' waiters sleep real time between polls (15 s
 * for EC2's), and nothing on the wire says a request is a waiter's poll. So on a manual clock a read (an operation
 * named Describe*, Get* or List*) answered over HTTP first moves the clock on as a patient waiter would: by one
 * step of 15 s (EC2's waiter delay; time passes while someone looks, so a Run Command finishes under repeated
 * {@code get-command-invocation}s), then in further steps of 15 s until every scheduled transition due within the
 * next 10 minutes (40 polls, a waiter's patience) has completed. The first poll of a waiter then already sees the
 * state it waits for, and the real CLI returns at once. The price: over HTTP on a manual clock a describe never
 * shows a transient state (pending, stopping) that a later step ends, and every read costs 15 simulated seconds.
 * On a clock that follows real time nothing moves: the session's own clock does.
 */
final class PollClock {

    static final Duration STEP = Duration.ofSeconds(15);
    static final Duration HORIZON = Duration.ofMinutes(10);

    private final SimulatedAws aws;
    private final boolean manual;

    PollClock(SimulatedAws aws, boolean manual) {
        this.aws = aws;
        this.manual = manual;
    }

    static boolean isRead(String operation) {
        return operation.startsWith("Describe") || operation.startsWith("Get") || operation.startsWith("List");
    }

    /** Called before a read is answered. */
    void beforeRead() {
        if (!manual) {
            return;
        }
        aws.advance(STEP);
        Instant limit = aws.now().plus(HORIZON);
        // Each round completes at least one transition; the bound only guards against a transition that keeps
        // rescheduling itself within the horizon.
        for (int round = 0; round < 1_000; round++) {
            Optional<Instant> next = aws.nextTransitionDue();
            if (next.isEmpty() || next.get().isAfter(limit)) {
                return;
            }
            Duration gap = Duration.between(aws.now(), next.get());
            long steps =
                    gap.isNegative() || gap.isZero() ? 0 : (gap.toMillis() + STEP.toMillis() - 1) / STEP.toMillis();
            aws.advance(STEP.multipliedBy(steps));
        }
    }
}
