package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One ModifyVolume: what the volume was and becomes, and when. Its state (modifying, then optimizing, then
 * completed) follows from the simulated time [V states; I durations, docs/ec2-behaviour.md section 17].
 */
public record VolumeModification(
        String volumeId, Shape original, Shape target, Instant startTime, Instant optimizingAt, Instant completesAt) {

    /** A volume's size, type, IOPS and throughput as the modification reports them. */
    public record Shape(int sizeGib, String volumeType, Optional<Integer> iops, Optional<Integer> throughput) {}

    /** How long a modification is {@code modifying} [I]. */
    static final Duration MODIFYING = Duration.ofMinutes(1);
    /** How long it is then {@code optimizing} [I]; AWS says it can take from minutes to hours. */
    static final Duration OPTIMIZING = Duration.ofMinutes(10);

    public String state(Instant now) {
        if (now.isBefore(optimizingAt)) {
            return "modifying";
        }
        return now.isBefore(completesAt) ? "optimizing" : "completed";
    }

    public boolean completed(Instant now) {
        return !now.isBefore(completesAt);
    }

    /** Progress 0 to 100 from the time elapsed. */
    public long progress(Instant now) {
        if (completed(now)) {
            return 100;
        }
        long total = Duration.between(startTime, completesAt).toMillis();
        return Math.min(99, Duration.between(startTime, now).toMillis() * 100 / total);
    }
}
