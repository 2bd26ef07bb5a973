package org.ec2tutor.cloud.ec2;

/** The operating system family of an image, which decides billing codes and how the instance is reported. */
public enum Platform {
    LINUX("Linux/UNIX", "RunInstances"),
    WINDOWS("Windows", "RunInstances:0002");

    private final String platformDetails;
    private final String usageOperation;

    Platform(String platformDetails, String usageOperation) {
        this.platformDetails = platformDetails;
        this.usageOperation = usageOperation;
    }

    /** {@code PlatformDetails} as DescribeImages and DescribeInstances report it. */
    public String platformDetails() {
        return platformDetails;
    }

    /** {@code UsageOperation}, the billing code of the platform. */
    public String usageOperation() {
        return usageOperation;
    }
}
