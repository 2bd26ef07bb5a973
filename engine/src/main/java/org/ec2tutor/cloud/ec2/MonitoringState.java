package org.ec2tutor.cloud.ec2;

/** {@code Monitoring.State} of an instance: detailed monitoring off, being turned on, on, being turned off. */
public enum MonitoringState {
    DISABLED("disabled"),
    PENDING("pending"),
    ENABLED("enabled"),
    DISABLING("disabling");

    private final String awsName;

    MonitoringState(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }
}
