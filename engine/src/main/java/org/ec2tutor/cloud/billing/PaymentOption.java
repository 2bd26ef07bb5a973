package org.ec2tutor.cloud.billing;

import java.util.Optional;

/** How much of a Reserved Instance's term is paid at purchase. */
public enum PaymentOption {
    NO_UPFRONT("No Upfront"),
    PARTIAL_UPFRONT("Partial Upfront"),
    ALL_UPFRONT("All Upfront");

    private final String awsName;

    PaymentOption(String awsName) {
        this.awsName = awsName;
    }

    /** As the API spells it in {@code OfferingType}. */
    public String awsName() {
        return awsName;
    }

    public static Optional<PaymentOption> fromAwsName(String name) {
        for (PaymentOption p : values()) {
            if (p.awsName.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
