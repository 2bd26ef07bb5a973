package org.ec2tutor.cloud.billing;

import java.util.Optional;

/** Standard Reserved Instances can be modified; Convertible ones exchanged, for a smaller discount. */
public enum OfferingClass {
    STANDARD("standard"),
    CONVERTIBLE("convertible");

    private final String awsName;

    OfferingClass(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }

    public static Optional<OfferingClass> fromAwsName(String name) {
        for (OfferingClass c : values()) {
            if (c.awsName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
