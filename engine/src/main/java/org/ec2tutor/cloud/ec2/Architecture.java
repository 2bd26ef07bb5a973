package org.ec2tutor.cloud.ec2;

import java.util.Optional;

/** Processor architectures of instance types and images, with AWS's spelling. */
public enum Architecture {
    I386("i386"),
    X86_64("x86_64"),
    ARM64("arm64"),
    X86_64_MAC("x86_64_mac"),
    ARM64_MAC("arm64_mac");

    private final String awsName;

    Architecture(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }

    public static Optional<Architecture> fromAwsName(String name) {
        for (Architecture a : values()) {
            if (a.awsName.equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return awsName;
    }
}
