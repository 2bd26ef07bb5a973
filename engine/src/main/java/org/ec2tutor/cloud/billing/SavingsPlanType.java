package org.ec2tutor.cloud.billing;

import java.util.Optional;

/**
 * The two Savings Plans that cover EC2: a Compute plan covers any family, size and Region; an EC2 Instance plan one
 * family in one Region. Their rates follow the Reserved Instance of the same flexibility (Compute the Convertible
 * one, EC2 Instance the Standard one), as AWS's published discounts do ("up to 66%" and "up to 72%").
 */
public enum SavingsPlanType {
    EC2_INSTANCE("EC2Instance", "EC2 Instance", OfferingClass.STANDARD),
    COMPUTE("Compute", "Compute", OfferingClass.CONVERTIBLE);

    private final String awsName;
    private final String label;
    private final OfferingClass discountLike;

    SavingsPlanType(String awsName, String label, OfferingClass discountLike) {
        this.awsName = awsName;
        this.label = label;
        this.discountLike = discountLike;
    }

    /** As the API spells it in {@code planType} / {@code savingsPlanType}. */
    public String awsName() {
        return awsName;
    }

    /** As AWS's descriptions say it: "1 year No Upfront Compute Savings Plan". */
    public String label() {
        return label;
    }

    OfferingClass discountLike() {
        return discountLike;
    }

    public static Optional<SavingsPlanType> fromAwsName(String name) {
        for (SavingsPlanType t : values()) {
            if (t.awsName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
