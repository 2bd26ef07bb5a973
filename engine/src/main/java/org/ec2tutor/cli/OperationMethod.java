package org.ec2tutor.cli;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * A client method as the CLI calls it, found by name and type through a method handle: finding it loads its own
 * parameter and return types only. Reflection ({@code Class.getMethod}) would create every method of the client and
 * load their types, ~3,000 model classes for {@code Ec2Client} (tens of MB of class metadata in every session that
 * runs an aws line). Calls behave as {@link java.lang.reflect.Method#invoke}: what the method throws arrives wrapped.
 */
public record OperationMethod(MethodHandle handle) {

    /** Calls the method on {@code target} with {@code args}. */
    public Object invoke(Object target, Object... args) throws InvocationTargetException {
        Object[] all = new Object[args.length + 1];
        all[0] = target;
        System.arraycopy(args, 0, all, 1, args.length);
        try {
            return handle.invokeWithArguments(all);
        } catch (Throwable t) { // as Method.invoke: whatever the method throws, wrapped
            throw new InvocationTargetException(t);
        }
    }

    public Class<?> getReturnType() {
        return handle.type().returnType();
    }

    /** Parameters as the method declares them (the target is not one). */
    public int getParameterCount() {
        return handle.type().parameterCount() - 1;
    }

    public Class<?>[] getParameterTypes() {
        Class<?>[] all = handle.type().parameterArray();
        return Arrays.copyOfRange(all, 1, all.length);
    }
}
