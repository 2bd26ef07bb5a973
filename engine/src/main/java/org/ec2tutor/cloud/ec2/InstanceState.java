package org.ec2tutor.cloud.ec2;

import java.util.Optional;

/** The EC2 instance lifecycle states with the codes AWS reports in {@code InstanceState.Code} (high byte 0). */
public enum InstanceState {
    PENDING(0, "pending"),
    RUNNING(16, "running"),
    SHUTTING_DOWN(32, "shutting-down"),
    TERMINATED(48, "terminated"),
    STOPPING(64, "stopping"),
    STOPPED(80, "stopped");

    private final int code;
    private final String awsName;

    InstanceState(int code, String awsName) {
        this.code = code;
        this.awsName = awsName;
    }

    public int code() {
        return code;
    }

    /** The name as AWS spells it, e.g. {@code shutting-down}. */
    public String awsName() {
        return awsName;
    }

    public static Optional<InstanceState> fromAwsName(String name) {
        for (InstanceState s : values()) {
            if (s.awsName.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return awsName;
    }
}
