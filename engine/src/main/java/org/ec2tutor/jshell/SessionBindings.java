package org.ec2tutor.jshell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.ec2tutor.agent.Forwarding;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * How a snippet reaches its session's objects: JShell compiles {@code Ec2Client ec2 = SessionBindings.ec2("s-1")}
 * into each session's startup. Keyed by session id, so sessions in one JVM never see each other's account.
 */
public final class SessionBindings {

    /**
     * What a session exposes to its snippets; each client is made on first use (its forwarding class is costly).
     * {@code cloudTrail} and {@code s3} give the CloudTrail and S3 clients.
     */
    public record Binding(
            Supplier<Object> ec2,
            Supplier<Object> ssm,
            Supplier<Object> cloudTrail,
            Supplier<Object> s3,
            Map<String, String> vars,
            Tutor tutor) {}

    private static final Map<String, Binding> BINDINGS = new ConcurrentHashMap<>();

    private SessionBindings() {}

    public static void bind(String sessionId, Binding binding) {
        BINDINGS.put(sessionId, binding);
    }

    public static void unbind(String sessionId) {
        BINDINGS.remove(sessionId);
    }

    /** The session's {@code Ec2Client}, made on its first call (see {@link #onFirstUse}); the startup snippet casts. */
    public static Object ec2(String sessionId) {
        return onFirstUse(Ec2Client.class, BINDINGS.get(sessionId).ec2());
    }

    /** The session's {@code SsmClient}, made on its first call (see {@link #onFirstUse}); the startup snippet casts. */
    public static Object ssm(String sessionId) {
        return onFirstUse(SsmClient.class, BINDINGS.get(sessionId).ssm());
    }

    /** The session's {@code CloudTrailClient}, made on its first call; the startup snippet casts. */
    public static Object cloudTrail(String sessionId) {
        return onFirstUse(CloudTrailClient.class, BINDINGS.get(sessionId).cloudTrail());
    }

    /** The session's {@code S3Client}, made on its first call; the startup snippet casts. */
    public static Object s3(String sessionId) {
        return onFirstUse(S3Client.class, BINDINGS.get(sessionId).s3());
    }

    /**
     * A client that asks {@code make} for the real one at its first call, not when the startup snippet binds it:
     * until a cell uses {@code ec2} or {@code ssm}, none of the SDK's model classes load (the session's own proxy
     * over the client initializes all of them). JShell shows each startup variable's value once, unseen: that first
     * {@code toString} does not make the client; a learner's {@code ec2} later names its account and Region.
     */
    private static Object onFirstUse(Class<?> service, Supplier<Object> make) {
        return Forwarding.create(service, new Forwarding.Handler() {
            private volatile Object client;
            private final AtomicBoolean shown = new AtomicBoolean();

            @Override
            public Object target() {
                Object c = client;
                if (c == null) {
                    synchronized (this) {
                        if (client == null) {
                            client = make.get();
                        }
                        c = client;
                    }
                }
                return c;
            }

            @Override
            public RuntimeException failed(RuntimeException e, String method, boolean operation) {
                return e;
            }

            @Override
            public String describe() {
                return shown.getAndSet(true) ? target().toString() : service.getSimpleName();
            }
        });
    }

    public static Tutor tutor(String sessionId) {
        return BINDINGS.get(sessionId).tutor();
    }

    public static Map<String, String> vars(String sessionId) {
        return BINDINGS.get(sessionId).vars();
    }
}
