package org.ec2tutor.cloud.ec2;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a Spot Instance was asked for: its request id, whether the request is persistent, what EC2 does when it
 * interrupts it, and the optional maximum price.
 */
public record SpotOptions(
        String requestId, boolean persistent, Interruption interruption, Optional<BigDecimal> maxPrice) {

    /** {@code InstanceInterruptionBehavior}. */
    public enum Interruption {
        TERMINATE("terminate"),
        STOP("stop"),
        HIBERNATE("hibernate");

        private final String awsName;

        Interruption(String awsName) {
            this.awsName = awsName;
        }

        public String awsName() {
            return awsName;
        }

        static Optional<Interruption> fromAwsName(String name) {
            for (Interruption i : values()) {
                if (i.awsName.equals(name)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
    }

    /** RunInstances' {@code InstanceMarketOptions} as given, before validation. */
    public record Requested(
            String marketType,
            Optional<String> maxPrice,
            Optional<String> spotInstanceType,
            Optional<String> interruptionBehavior) {}
}
