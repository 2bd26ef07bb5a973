package org.ec2tutor.cloud.billing;

import java.time.Instant;
import org.ec2tutor.cloud.AccountId;

/** A purchase of {@code count} instances of an offering, active for the offering's term from {@code start}. */
public record ReservedInstance(
        String id, AccountId account, ReservedInstanceOffering offering, int count, Instant start) {

    public Instant end() {
        return start.plus(offering.term());
    }

    /** {@code active} during the term, {@code retired} after (DescribeReservedInstances' states). */
    public String state(Instant now) {
        return now.isBefore(end()) ? "active" : "retired";
    }
}
