package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps in the text forms AWS uses inside messages. */
final class AwsTimes {

    private AwsTimes() {}

    private static final DateTimeFormatter GMT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'").withZone(ZoneOffset.UTC);

    /** {@code StateTransitionReason} of an API stop or terminate: note GMT, not UTC. */
    static String userInitiated(Instant at) {
        return "User initiated (" + GMT.format(at) + ")";
    }

    /** {@code StateTransitionReason} when EC2 itself acts (a Spot interruption). */
    static String serviceInitiated(Instant at) {
        return "Service initiated (" + GMT.format(at) + ")";
    }
}
