package org.ec2tutor.session;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.ec2tutor.sdk.OperationNames;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/**
 * The {@code ec2} that Java cells see: always the client of the session's current account and Region (so
 * {@code %account teammate} rebinds it), remembering the last AWS error with its operation so the session can show
 * it as the CLI does.
 */
final class BoundEc2Client {

    /** The last failed call: operation name and its exception. */
    record LastError(String operation, Ec2Exception error) {}

    private final AtomicReference<LastError> lastError = new AtomicReference<>();
    private final Supplier<Ec2Client> current;
    private volatile Ec2Client proxy;

    BoundEc2Client(Supplier<Ec2Client> current) {
        this.current = current;
    }

    /** Made on first use: generating a proxy class for Ec2Client's ~2,000 methods takes most of a second. */
    private Ec2Client create() {
        return (Ec2Client) Proxy.newProxyInstance(Ec2Client.class.getClassLoader(), new Class<?>[] {Ec2Client.class},
                (p, method, args) -> {
                    if (method.getDeclaringClass() == Object.class && method.getName().equals("toString")) {
                        return current.get().toString();
                    }
                    try {
                        return method.invoke(current.get(), args);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof Ec2Exception ec2) {
                            lastError.set(new LastError(OperationNames.of(method), ec2));
                        }
                        throw e.getCause();
                    }
                });
    }

    Ec2Client client() {
        Ec2Client p = proxy;
        if (p == null) {
            synchronized (this) {
                if (proxy == null) {
                    proxy = create();
                }
                p = proxy;
            }
        }
        return p;
    }

    Optional<LastError> takeLastError() {
        return Optional.ofNullable(lastError.getAndSet(null));
    }
}
