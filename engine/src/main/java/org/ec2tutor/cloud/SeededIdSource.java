package org.ec2tutor.cloud;

/**
 * A deterministic {@link IdSource}: a SplitMix64 sequence from a seed. Implemented here rather than with
 * {@code java.util.Random} so that the sequence is fixed by this file alone, whatever the JDK.
 */
public final class SeededIdSource implements IdSource {

    private long state;

    public SeededIdSource(long seed) {
        this.state = seed;
    }

    private long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String resourceId(String prefix) {
        // Real ids are "0" + 16 hex for new resources; keep the leading 0 so ids look like the ones in AWS docs.
        return prefix + "-0" + String.format("%016x", nextLong());
    }

    @Override
    public String requestId() {
        String hex = String.format("%016x%016x", nextLong(), nextLong());
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a"
                + hex.substring(17, 20) + "-" + hex.substring(20, 32);
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }
}
