package org.ec2tutor.sdk;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.error.Ec2Errors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Request;

/**
 * Turns the SDK's {@code UnsupportedOperationException} (what {@code Ec2Client}'s ~1,000 default methods throw) into
 * an {@code Ec2Exception} with code {@code OperationNotSimulated}, so a learner calling an operation the simulator
 * does not model gets an AWS-style error, never a bare Java exception.
 */
public final class UnsimulatedOperations {

    private UnsimulatedOperations() {}

    private static final AtomicBoolean WARMING =
            new AtomicBoolean();

    /**
     * Generates the proxy class on a background thread. It takes most of a second (Ec2Client has ~2,000 methods),
     * so interactive front ends start it at once and show their prompt meanwhile; the JDK caches the class.
     */
    public static void warmUp() {
        if (WARMING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> Proxy.newProxyInstance(Ec2Client.class.getClassLoader(),
                    new Class<?>[] {Ec2Client.class}, (p, m, a) -> null), "ec2-client-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    static Ec2Client guard(SimulatedEc2Client target, Cloud cloud) {
        return guard(Ec2Client.class, target, "SimulatedEc2Client[" + target.account().profile() + "@"
                + target.region() + "]", op -> Ec2Exceptions.of(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    /**
     * A proxy of a service client interface over {@code target}: what {@code target} overrides runs, every other
     * operation throws {@code notSimulated} (an AWS-style exception of that service) instead of the SDK's
     * UnsupportedOperationException.
     */
    static <T> T guard(Class<T> service, T target, String description,
            Function<String, RuntimeException> notSimulated) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class && method.getName().equals("toString")) {
                return description;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UnsupportedOperationException && isOperation(method)) {
                    throw notSimulated.apply(OperationNames.of(method));
                }
                throw cause;
            }
        };
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, handler));
    }

    private static boolean isOperation(Method m) {
        return m.getParameterCount() >= 1 && m.getReturnType() != void.class && !m.getName().equals("waiter");
    }

    /**
     * The EC2 operations the simulator implements, by API name: the request-taking methods
     * {@link SimulatedEc2Client} overrides. The CLI uses this list to know which commands exist.
     */
    public static Set<String> simulatedOperations() {
        return simulatedOperations(SimulatedEc2Client.class, Ec2Request.class);
    }

    /** The operations {@code implementation} overrides, by API name (requests of type {@code requestBase}). */
    public static Set<String> simulatedOperations(Class<?> implementation, Class<?> requestBase) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(implementation.getDeclaredMethods())
                .filter(m -> m.getParameterCount() == 1 && requestBase.isAssignableFrom(m.getParameterTypes()[0]))
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .forEach(m -> names.add(OperationNames.of(m)));
        return names;
    }
}
