package org.ec2tutor.sdk;

import java.lang.reflect.Method;

/** The API name of an operation from its SDK client method: {@code describeInstances} is {@code DescribeInstances}. */
public final class OperationNames {

    private OperationNames() {}

    public static String of(Method clientMethod) {
        String name = clientMethod.getName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
