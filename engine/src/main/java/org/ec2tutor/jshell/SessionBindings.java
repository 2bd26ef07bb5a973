package org.ec2tutor.jshell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How a snippet reaches its session's objects: JShell compiles {@code Ec2Client ec2 = SessionBindings.ec2("s-1")}
 * into each session's startup. Keyed by session id, so sessions in one JVM never see each other's account.
 */
public final class SessionBindings {

    /** What a session exposes to its snippets; {@code ec2} is made on first use (its proxy class is costly). */
    public record Binding(Supplier<Object> ec2, Supplier<Object> ssm,
            Map<String, String> vars, Tutor tutor) {}

    private static final Map<String, Binding> BINDINGS = new ConcurrentHashMap<>();

    private SessionBindings() {}

    public static void bind(String sessionId, Binding binding) {
        BINDINGS.put(sessionId, binding);
    }

    public static void unbind(String sessionId) {
        BINDINGS.remove(sessionId);
    }

    /** The session's {@code Ec2Client}, which the startup snippet casts. */
    public static Object ec2(String sessionId) {
        return BINDINGS.get(sessionId).ec2().get();
    }

    /** The session's {@code SsmClient}, which the startup snippet casts. */
    public static Object ssm(String sessionId) {
        return BINDINGS.get(sessionId).ssm().get();
    }

    public static Tutor tutor(String sessionId) {
        return BINDINGS.get(sessionId).tutor();
    }

    public static Map<String, String> vars(String sessionId) {
        return BINDINGS.get(sessionId).vars();
    }
}
