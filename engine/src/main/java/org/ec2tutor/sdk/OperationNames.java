package org.ec2tutor.sdk;

import java.lang.reflect.Method;

/** The API name of an operation from its SDK client method: {@code describeInstances} is {@code DescribeInstances}. */
public final class OperationNames {

    private OperationNames() {}

    public static String of(Method clientMethod) {
        return ofMethodName(clientMethod.getName());
    }

    /** The same from the method's name alone, as generated forwarding code knows it. */
    public static String ofMethodName(String clientMethodName) {
        return Character.toUpperCase(clientMethodName.charAt(0)) + clientMethodName.substring(1);
    }
}
