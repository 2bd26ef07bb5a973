package org.ec2tutor.cloud.ec2;

import java.util.EnumMap;
import java.util.Map;
import org.ec2tutor.cloud.ec2.InstanceType.VcpuBucket;

/**
 * The account's "Running On-Demand instances" vCPU quotas per bucket. The defaults are those of a young account:
 * 32 standard vCPUs, a few for G and Inf so lessons can launch one accelerated instance, none for P (so a p5 launch
 * shows the real {@code VcpuLimitExceeded}).
 */
public record VcpuQuotas(Map<VcpuBucket, Integer> limits) {

    public VcpuQuotas {
        limits = Map.copyOf(limits);
    }

    public static VcpuQuotas defaults() {
        Map<VcpuBucket, Integer> m = new EnumMap<>(VcpuBucket.class);
        m.put(VcpuBucket.STANDARD, 32);
        m.put(VcpuBucket.G_AND_VT, 8);
        m.put(VcpuBucket.INF, 8);
        m.put(VcpuBucket.P, 0);
        return new VcpuQuotas(m);
    }

    /** No limits: for embedding in tests and for benchmarks that launch thousands of instances. */
    public static VcpuQuotas unlimited() {
        Map<VcpuBucket, Integer> m = new EnumMap<>(VcpuBucket.class);
        for (VcpuBucket b : VcpuBucket.values()) {
            m.put(b, Integer.MAX_VALUE);
        }
        return new VcpuQuotas(m);
    }

    public int limit(VcpuBucket bucket) {
        return limits.getOrDefault(bucket, 0);
    }
}
