package org.ec2tutor.cloud.billing;

import java.time.Instant;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/**
 * An On-Demand Capacity Reservation: {@code count} instances of one type held in one Availability Zone, billed at the
 * On-Demand rate from creation until it ends or is cancelled, whether instances use it or not. Running instances of
 * the account that match it (open matching) use it instead of being billed themselves.
 */
public final class CapacityReservation {

    private final String id;
    private final AccountId account;
    private final String instanceType;
    private final Region region;
    private final String zone;
    private final int count;
    private final Instant start;
    private final Optional<Instant> endDate;
    private Optional<Instant> cancelledAt = Optional.empty();

    public CapacityReservation(
            String id,
            AccountId account,
            String instanceType,
            Region region,
            String zone,
            int count,
            Instant start,
            Optional<Instant> endDate) {
        this.id = id;
        this.account = account;
        this.instanceType = instanceType;
        this.region = region;
        this.zone = zone;
        this.count = count;
        this.start = start;
        this.endDate = endDate;
    }

    public String id() {
        return id;
    }

    public AccountId account() {
        return account;
    }

    public String instanceType() {
        return instanceType;
    }

    public Region region() {
        return region;
    }

    public String zone() {
        return zone;
    }

    public int count() {
        return count;
    }

    public Instant start() {
        return start;
    }
    /** Empty for an {@code unlimited} reservation. */
    public Optional<Instant> endDate() {
        return endDate;
    }

    public Optional<Instant> cancelledAt() {
        return cancelledAt;
    }

    /** When billing stops: cancellation or the end date, whichever comes first; empty while it is open-ended. */
    public Optional<Instant> endsAt() {
        if (cancelledAt.isPresent() && endDate.isPresent()) {
            return Optional.of(cancelledAt.get().isBefore(endDate.get()) ? cancelledAt.get() : endDate.get());
        }
        return cancelledAt.isPresent() ? cancelledAt : endDate;
    }

    /** {@code active}, {@code expired} after its end date, {@code cancelled} after CancelCapacityReservation. */
    public String state(Instant now) {
        if (cancelledAt.isPresent() && !now.isBefore(cancelledAt.get())) {
            return "cancelled";
        }
        if (endDate.isPresent() && !now.isBefore(endDate.get())) {
            return "expired";
        }
        return "active";
    }

    /** Cancels it now; cancelling an ended reservation changes nothing. */
    public void cancel(Instant at) {
        if (state(at).equals("active")) {
            cancelledAt = Optional.of(at);
        }
    }
}
