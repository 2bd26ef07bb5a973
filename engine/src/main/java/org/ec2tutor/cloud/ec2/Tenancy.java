package org.ec2tutor.cloud.ec2;

import java.util.Optional;

/** {@code Placement.Tenancy}: shared hardware, hardware dedicated to the account, or a Dedicated Host it allocated. */
public enum Tenancy {
    DEFAULT("default"),
    DEDICATED("dedicated"),
    HOST("host");

    private final String awsName;

    Tenancy(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }

    public static Optional<Tenancy> fromAwsName(String name) {
        for (Tenancy t : values()) {
            if (t.awsName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
