package org.ec2tutor.cloud.ec2;

import java.util.Optional;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * The EBS volume types and their limits as CreateVolume and ModifyVolume check them (docs/ec2-behaviour.md section
 * 15: the 2026 API reference's ranges).
 */
public enum EbsVolumeType {
    GP3("gp3", 1, 65_536, Iops.PROVISIONED_OPTIONAL, 3_000, 80_000, 500, true),
    GP2("gp2", 1, 16_384, Iops.NONE, 0, 0, 0, false),
    IO1("io1", 4, 16_384, Iops.PROVISIONED_REQUIRED, 100, 64_000, 0, false),
    IO2("io2", 4, 65_536, Iops.PROVISIONED_REQUIRED, 100, 256_000, 0, false),
    ST1("st1", 125, 16_384, Iops.NONE, 0, 0, 0, false),
    SC1("sc1", 125, 16_384, Iops.NONE, 0, 0, 0, false),
    STANDARD("standard", 1, 1_024, Iops.NONE, 0, 0, 0, false);

    /** Whether a request may or must give IOPS. */
    enum Iops {
        NONE,
        PROVISIONED_OPTIONAL,
        PROVISIONED_REQUIRED
    }

    /** gp3's default and range of throughput, MiB/s. */
    static final int GP3_THROUGHPUT_DEFAULT = 125;

    static final int GP3_THROUGHPUT_MAX = 2_000;
    /** What ModifyVolume gives a volume switched to gp3, io1 or io2 without IOPS [V]. */
    static final int DEFAULT_PROVISIONED_IOPS = 3_000;

    private final String awsName;
    private final int minGib;
    private final int maxGib;
    private final Iops iops;
    private final int minIops;
    private final int maxIops;
    private final int maxIopsPerGib;
    private final boolean throughput;

    EbsVolumeType(
            String awsName,
            int minGib,
            int maxGib,
            Iops iops,
            int minIops,
            int maxIops,
            int maxIopsPerGib,
            boolean throughput) {
        this.awsName = awsName;
        this.minGib = minGib;
        this.maxGib = maxGib;
        this.iops = iops;
        this.minIops = minIops;
        this.maxIops = maxIops;
        this.maxIopsPerGib = maxIopsPerGib;
        this.throughput = throughput;
    }

    public String awsName() {
        return awsName;
    }

    /** The type AWS names {@code name}; an unknown name is refused as AWS refuses it. */
    static EbsVolumeType of(String name) {
        for (EbsVolumeType t : values()) {
            if (t.awsName.equals(name)) {
                return t;
            }
        }
        throw Ec2Errors.invalidValueFor(name, "volumeType");
    }

    /** A volume's performance settings after the checks: provisioned IOPS and throughput where the type has them. */
    record Performance(Optional<Integer> iops, Optional<Integer> throughput) {}

    /** Checks a size and the requested IOPS and throughput against this type's limits and fills in the defaults. */
    Performance check(int sizeGib, Optional<Integer> iopsAsked, Optional<Integer> throughputAsked) {
        if (sizeGib < minGib || sizeGib > maxGib) {
            throw Ec2Errors.volumeSizeOutOfRange(awsName, sizeGib, minGib, maxGib);
        }
        if (throughputAsked.isPresent() && !throughput) {
            throw Ec2Errors.throughputOnlyForGp3();
        }
        Optional<Integer> iopsSet = switch (iops) {
            case NONE -> {
                if (iopsAsked.isPresent()) {
                    throw Ec2Errors.iopsNotSupported(awsName);
                }
                yield Optional.empty();
            }
            case PROVISIONED_REQUIRED -> {
                if (iopsAsked.isEmpty()) {
                    throw Ec2Errors.iopsRequired(awsName);
                }
                yield iopsAsked;
            }
            case PROVISIONED_OPTIONAL -> Optional.of(iopsAsked.orElse(minIops));
        };
        iopsSet.ifPresent(value -> {
            if (value < minIops || value > maxIops) {
                throw Ec2Errors.iopsOutOfRange(awsName, value, minIops, maxIops);
            }
            // The ratio binds only above the type's baseline: a 1 GiB gp3 still has 3,000 IOPS.
            if (maxIopsPerGib > 0 && value > minIops && value > (long) maxIopsPerGib * sizeGib) {
                throw Ec2Errors.iopsRatioTooHigh((double) value / sizeGib, maxIopsPerGib);
            }
        });
        Optional<Integer> throughputSet = Optional.empty();
        if (throughput) {
            int value = throughputAsked.orElse(GP3_THROUGHPUT_DEFAULT);
            if (value < GP3_THROUGHPUT_DEFAULT || value > GP3_THROUGHPUT_MAX) {
                throw Ec2Errors.throughputOutOfRange(value, GP3_THROUGHPUT_DEFAULT, GP3_THROUGHPUT_MAX);
            }
            throughputSet = Optional.of(value);
        }
        return new Performance(iopsSet, throughputSet);
    }

    /** The IOPS DescribeVolumes reports: provisioned, or gp2's 3 per GiB (100 to 16,000) [V]; none for HDD types. */
    Optional<Integer> reportedIops(int sizeGib, Optional<Integer> provisioned) {
        if (this == GP2) {
            return Optional.of(Math.max(100, Math.min(16_000, 3 * sizeGib)));
        }
        return iops == Iops.NONE ? Optional.empty() : provisioned;
    }

    /** Whether a request may give IOPS for this type (gp3, io1, io2). */
    boolean takesIops() {
        return iops != Iops.NONE;
    }

    boolean takesThroughput() {
        return throughput;
    }

    /** st1 and sc1 allow one pending snapshot per volume, the others five [V]. */
    int maxPendingSnapshots() {
        return this == ST1 || this == SC1 ? 1 : 5;
    }
}
