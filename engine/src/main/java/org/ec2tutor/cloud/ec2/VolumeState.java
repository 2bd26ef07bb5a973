package org.ec2tutor.cloud.ec2;

/** EBS volume states as AWS names them. */
public enum VolumeState {
    CREATING("creating"),
    AVAILABLE("available"),
    IN_USE("in-use"),
    DELETING("deleting"),
    DELETED("deleted");

    private final String awsName;

    VolumeState(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }
}
