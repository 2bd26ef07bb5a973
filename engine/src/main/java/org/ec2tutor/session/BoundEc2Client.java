package org.ec2tutor.session;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.ec2tutor.agent.Forwarding;
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

    /**
     * Made on first use, as a generated forwarding class: a {@code reflect.Proxy} over Ec2Client would initialize the
     * class of every one of its ~2,000 methods' parameters.
     */
    private Ec2Client create() {
        return Forwarding.create(Ec2Client.class, new Forwarding.Handler() {
            @Override
            public Object target() {
                return current.get();
            }

            @Override
            public RuntimeException failed(RuntimeException e, String method, boolean operation) {
                if (e instanceof Ec2Exception ec2) {
                    lastError.set(new LastError(OperationNames.ofMethodName(method), ec2));
                }
                return e;
            }

            @Override
            public String describe() {
                return current.get().toString();
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
