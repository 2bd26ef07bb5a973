package org.ec2tutor.jshell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.ec2tutor.agent.Forwarding;

/**
 * How a snippet reaches its session's objects: JShell compiles {@code Ec2Client ec2 = SessionBindings.client("s-1",
 * "ec2")}
 * into each session's startup. Keyed by session id, so sessions in one JVM never see each other's account.
 */
public final class SessionBindings {

    /**
     * What a session exposes to its snippets: its AWS clients by Java variable name, each made on first use (its
     * forwarding class is costly), the shell variables and the tutor.
     */
    public record Binding(Map<String, Client> clients, Map<String, String> vars, Tutor tutor) {}

    /** A client of interface {@code type} that {@code make} makes. */
    public record Client(Class<?> type, Supplier<Object> make) {}

    private static final Map<String, Binding> BINDINGS = new ConcurrentHashMap<>();

    private SessionBindings() {}

    public static void bind(String sessionId, Binding binding) {
        BINDINGS.put(sessionId, binding);
    }

    public static void unbind(String sessionId) {
        BINDINGS.remove(sessionId);
    }

    /**
     * The session's client bound to Java variable {@code variable} ({@code ec2}, {@code sqs}, ...), made on its first
     * call (see {@link #onFirstUse}); the startup snippet casts.
     */
    public static Object client(String sessionId, String variable) {
        Client c = BINDINGS.get(sessionId).clients().get(variable);
        return onFirstUse(c.type(), c.make());
    }

    /**
     * A client that asks {@code make} for the real one at its first call, not when the startup snippet binds it:
     * until a cell uses a client, none of the SDK's model classes load (the session's own proxy
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
