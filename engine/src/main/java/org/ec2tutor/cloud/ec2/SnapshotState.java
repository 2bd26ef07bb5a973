package org.ec2tutor.cloud.ec2;

/** EBS snapshot states as AWS names them. */
public enum SnapshotState {
    PENDING("pending"),
    COMPLETED("completed"),
    ERROR("error");

    private final String awsName;

    SnapshotState(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }
}
