package org.ec2tutor.sdk;

import java.util.Optional;
import org.ec2tutor.cloud.Caller;

/**
 * The caller of the calls a thread makes while a scope is open: how the local endpoint tells the simulated clients
 * who is on the wire without a parameter the {@code Ec2Client} interface does not have. The endpoint opens a scope
 * around each request's call (on the thread that serves it); the clients record the call with that caller, and
 * with their own surface's caller outside any scope.
 *
 * <pre>{@code
 * CallerContext.Scope scope = CallerContext.overHttp(keyId, "127.0.0.1", userAgent);
 * try {
 *     ec2.describeInstances(request);   // recorded as a call over HTTP with that key, address and agent
 * } finally {
 *     scope.close();
 * }
 * }</pre>
 */
public final class CallerContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {}

    /** Records this thread's calls as made over HTTP, signed with the key given, until the scope closes. */
    public static Scope overHttp(String accessKeyId, String sourceIpAddress, String userAgent) {
        return open(new Caller(Caller.Surface.HTTP, accessKeyId, sourceIpAddress, userAgent));
    }

    /** Makes {@code caller} the caller of this thread's calls until the scope closes (scopes nest). */
    static Scope open(Caller caller) {
        Caller outer = CURRENT.get();
        CURRENT.set(caller);
        return () -> {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        };
    }

    /** The caller of the innermost open scope on this thread. */
    static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** An open scope; closing it restores the caller before it. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
