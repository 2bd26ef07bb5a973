package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/**
 * One stretch of billable use of one resource: an instance running from start to stop, a volume from creation to
 * deletion. Still open while {@code end} is empty.
 *
 * @param detail what decides the rate: the instance type for compute, the volume type for EBS volumes
 * @param zone the Availability Zone of an instance or volume, empty for addresses and snapshots
 * @param quantity how much is used at a time: GiB for storage, 1 for an instance or an address
 * @param minimum the shortest time billed once the period starts (60 s for On-Demand compute)
 */
public record UsagePeriod(
        AccountId account,
        Region region,
        String zone,
        String resourceId,
        UsageType type,
        String detail,
        BigDecimal quantity,
        Instant start,
        Optional<Instant> end,
        Duration minimum) {

    UsagePeriod closedAt(Instant at) {
        return new UsagePeriod(
                account, region, zone, resourceId, type, detail, quantity, start, Optional.of(at), minimum);
    }
}
