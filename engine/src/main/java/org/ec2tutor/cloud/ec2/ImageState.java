package org.ec2tutor.cloud.ec2;

import java.util.Optional;

/** AMI states as AWS names them. */
public enum ImageState {
    PENDING("pending"),
    AVAILABLE("available"),
    INVALID("invalid"),
    DEREGISTERED("deregistered"),
    TRANSIENT("transient"),
    FAILED("failed"),
    ERROR("error"),
    DISABLED("disabled");

    private final String awsName;

    ImageState(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }

    public static Optional<ImageState> fromAwsName(String name) {
        for (ImageState s : values()) {
            if (s.awsName.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
