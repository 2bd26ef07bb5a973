package org.ec2tutor.sdk;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.ec2tutor.agent.Forwarding;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.error.Ec2Errors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Request;

/**
 * Turns the SDK's {@code UnsupportedOperationException} (what {@code Ec2Client}'s ~1,000 default methods throw) into
 * an {@code Ec2Exception} with code {@code OperationNotSimulated}, so a learner calling an operation the simulator
 * does not model gets an AWS-style error, never a bare Java exception.
 *
 * <p>The guard is a small forwarding class written here at run time, not a {@code java.lang.reflect.Proxy}: on Java
 * 17 a proxy's static initializer calls {@code Class.forName} on every parameter type, which initializes all ~1,500
 * request classes of the interface (10,000 lambdas, seconds of CPU) before the first call.
 */
public final class UnsimulatedOperations {

    private UnsimulatedOperations() {}

    /**
     * Writes the EC2 client's forwarding class on a background thread, so the first aws line does not wait for it.
     * It takes a few milliseconds; front ends call it at start.
     */
    public static void warmUp() {
        if (WARMING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> Forwarding.classFor(Ec2Client.class), "ec2-client-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING =
            new java.util.concurrent.atomic.AtomicBoolean();

    static Ec2Client guard(SimulatedEc2Client target, Cloud cloud) {
        return guard(
                Ec2Client.class,
                target,
                "SimulatedEc2Client[" + target.account().profile() + "@" + target.region() + "]",
                op -> Ec2Exceptions.of(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    /**
     * An implementation of a service client interface over {@code target}: what {@code target} overrides runs,
     * every other operation throws {@code notSimulated} (an AWS-style exception of that service) instead of the SDK's
     * UnsupportedOperationException.
     */
    static <T> T guard(
            Class<T> service,
            T target,
            String description,
            java.util.function.Function<String, RuntimeException> notSimulated) {
        return Forwarding.create(service, new Forwarding.Handler() {
            @Override
            public Object target() {
                return target;
            }

            @Override
            public RuntimeException failed(RuntimeException e, String method, boolean operation) {
                return e instanceof UnsupportedOperationException && operation && !method.equals("waiter")
                        ? notSimulated.apply(OperationNames.ofMethodName(method))
                        : e;
            }

            @Override
            public String describe() {
                return description;
            }
        });
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
                // Streaming operations take a second parameter (S3's putObject(request, RequestBody)).
                .filter(m -> m.getParameterCount() >= 1 && requestBase.isAssignableFrom(m.getParameterTypes()[0]))
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .forEach(m -> names.add(OperationNames.of(m)));
        return names;
    }
}
