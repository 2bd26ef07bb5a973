package org.ec2tutor.cloud.ec2;

/** AMI states as AWS names them. */
public enum ImageState {
    PENDING("pending"), AVAILABLE("available"), INVALID("invalid"), DEREGISTERED("deregistered"),
    TRANSIENT("transient"), FAILED("failed"), ERROR("error"), DISABLED("disabled");

    private final String awsName;

    ImageState(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }

    public static java.util.Optional<ImageState> fromAwsName(String name) {
        for (ImageState s : values()) {
            if (s.awsName.equals(name)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
