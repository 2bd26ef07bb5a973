package org.ec2tutor.cloud.guest;

import java.time.Instant;

/**
 * A stretch of CPU work in a guest: from {@code from} until {@code to} (or until the instance stops, whichever comes
 * first) the equivalent of {@code busyVcpus} vCPUs at 100%. What burstable instances spend CPU credits on; an idle
 * guest is taken to use none.
 */
public record CpuLoad(Instant from, Instant to, double busyVcpus) {}
