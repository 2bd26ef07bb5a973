package org.ec2tutor.cli;

import java.util.List;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * One operation as the CLI knows it: its service ({@code ec2}, {@code ssm}), API name, CLI name, the SDK request
 * class and client method, and the members the service requires.
 */
public record Ec2Operation(
        String service,
        String name,
        String cliName,
        Class<? extends AwsRequest> requestClass,
        OperationMethod method,
        List<String> requiredMembers) {

    /**
     * How an operation moves a payload besides its members: S3's put-object sends a request body (the client
     * method takes a {@code RequestBody} after the request), get-object returns one (a {@code ResponseInputStream}).
     * The CLI reads the first from {@code --body FILE} and writes the second to the positional {@code outfile}.
     */
    public enum Streaming {
        NONE,
        INPUT,
        OUTPUT
    }

    public Streaming streaming() {
        if (method.getParameterCount() == 2 && method.getParameterTypes()[1] == RequestBody.class) {
            return Streaming.INPUT;
        }
        return ResponseInputStream.class.isAssignableFrom(method.getReturnType()) ? Streaming.OUTPUT : Streaming.NONE;
    }

    /** A fresh request builder; builders of the SDK model are themselves {@link SdkPojo}s. */
    public SdkPojo newBuilder() {
        try {
            return (SdkPojo) requestClass.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no builder on " + requestClass, e);
        }
    }
}
