package org.ec2tutor.cloud.ec2;

import java.util.Optional;

/** {@code InstanceInitiatedShutdownBehavior}: what a shutdown from inside the guest does. Default stop. */
public enum ShutdownBehavior {
    STOP("stop"),
    TERMINATE("terminate");

    private final String awsName;

    ShutdownBehavior(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }

    public static Optional<ShutdownBehavior> fromAwsName(String name) {
        for (ShutdownBehavior b : values()) {
            if (b.awsName.equals(name)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
