package org.ec2tutor.cli;

import java.lang.reflect.Method;
import java.util.List;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.SdkPojo;

/**
 * One operation as the CLI knows it: its service ({@code ec2}, {@code ssm}), API name, CLI name, the SDK request
 * class and client method, and the members the service requires.
 */
public record Ec2Operation(
        String service,
        String name,
        String cliName,
        Class<? extends AwsRequest> requestClass,
        Method method,
        List<String> requiredMembers) {

    /** A fresh request builder; builders of the SDK model are themselves {@link SdkPojo}s. */
    public SdkPojo newBuilder() {
        try {
            return (SdkPojo) requestClass.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no builder on " + requestClass, e);
        }
    }
}
