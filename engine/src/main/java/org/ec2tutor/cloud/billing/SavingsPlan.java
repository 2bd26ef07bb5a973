package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.ec2tutor.cloud.AccountId;

/**
 * A Savings Plan bought by an account: a commitment of so many USD per hour for the offering's term. The payment is
 * taken for a minute after purchase ({@code payment-pending}); from then on the plan is {@code active}, applies to
 * the bill hour by hour, and its commitment is billed every hour whether used or not.
 *
 * @param commitment USD per hour
 */
public record SavingsPlan(
        String id, AccountId account, SavingsPlanOffering offering, BigDecimal commitment, Instant purchasedAt) {

    /** How long the simulated payment takes; AWS does not state a duration. */
    public static final Duration PAYMENT = Duration.ofMinutes(1);

    private static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(8_760);

    public Instant start() {
        return purchasedAt.plus(PAYMENT);
    }

    public Instant end() {
        return start().plus(offering.term());
    }

    /** {@code payment-pending}, then {@code active} for the term, then {@code retired} (SavingsPlanState). */
    public String state(Instant now) {
        if (now.isBefore(start())) {
            return "payment-pending";
        }
        return now.isBefore(end()) ? "active" : "retired";
    }

    public String arn() {
        return "arn:aws:savingsplans::" + account.value() + ":savingsplan/" + id;
    }

    /** Paid at purchase: the whole term's commitment (All Upfront), half of it (Partial Upfront) or nothing. */
    public BigDecimal upfrontPayment() {
        return commitment
                .multiply(HOURS_PER_YEAR)
                .multiply(BigDecimal.valueOf(offering.years()))
                .multiply(offering.upfrontShare())
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Billed every hour of the term: the part of the commitment not paid up front. */
    public BigDecimal recurringHourly() {
        return commitment.multiply(BigDecimal.ONE.subtract(offering.upfrontShare()));
    }
}
