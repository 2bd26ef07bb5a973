package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.UsageType;

/**
 * What a volume is billed for while it exists: its storage (GB-months) and, for the types that sell performance
 * separately, the provisioned IOPS and throughput beyond what the storage price includes (EBS pricing page): every
 * io1 IOPS, io2's IOPS in three price bands, gp3's IOPS above 3,000 and MiB/s above 125. A modification closes the
 * old lines and opens new ones when it takes effect.
 */
final class VolumeBilling {

    /** gp3 includes this much; only what is provisioned beyond it is billed. */
    static final int GP3_INCLUDED_IOPS = 3_000;

    static final int GP3_INCLUDED_THROUGHPUT = 125;
    /** io2's IOPS bands: up to 32,000, 32,001-64,000, and above. */
    static final int IO2_BAND = 32_000;

    /** One billed quantity of a volume: usage type, the detail that picks its rate, and how much. */
    record Line(UsageType type, String detail, int quantity) {}

    private VolumeBilling() {}

    /** Starts billing {@code volume} as it is now. */
    static void open(Ec2World world, Region region, Volume volume, Instant at) {
        for (Line line : lines(volume)) {
            world.meter.open(
                    volume.owner(),
                    region,
                    volume.availabilityZone(),
                    volume.id(),
                    line.type(),
                    line.detail(),
                    line.quantity(),
                    at);
        }
    }

    /** Stops every line of the volume. */
    static void close(Ec2World world, String volumeId, Instant at) {
        world.meter.close(volumeId, UsageType.EBS_VOLUME, at);
        world.meter.close(volumeId, UsageType.EBS_IOPS, at);
        world.meter.close(volumeId, UsageType.EBS_THROUGHPUT, at);
    }

    /** The lines a volume of this shape is billed on; zero quantities are left out. */
    static List<Line> lines(Volume volume) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(UsageType.EBS_VOLUME, volume.volumeType(), volume.sizeGib()));
        int iops = volume.iops().orElse(0);
        switch (volume.volumeType()) {
            case "io1" -> lines.add(new Line(UsageType.EBS_IOPS, "piops", iops));
            case "io2" -> {
                lines.add(new Line(UsageType.EBS_IOPS, "io2", Math.min(iops, IO2_BAND)));
                lines.add(new Line(UsageType.EBS_IOPS, "io2.tier2", clamp(iops - IO2_BAND, IO2_BAND)));
                lines.add(new Line(UsageType.EBS_IOPS, "io2.tier3", Math.max(0, iops - 2 * IO2_BAND)));
            }
            case "gp3" -> {
                lines.add(new Line(UsageType.EBS_IOPS, "gp3", Math.max(0, iops - GP3_INCLUDED_IOPS)));
                int throughput = volume.throughput().orElse(GP3_INCLUDED_THROUGHPUT);
                lines.add(new Line(UsageType.EBS_THROUGHPUT, "gp3", Math.max(0, throughput - GP3_INCLUDED_THROUGHPUT)));
            }
            default -> {
                // gp2, st1, sc1 and standard: performance comes with the storage.
            }
        }
        return lines.stream().filter(l -> l.quantity() > 0).toList();
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
