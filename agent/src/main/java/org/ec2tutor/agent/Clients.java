package org.ec2tutor.agent;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The real SDK clients, pointed at the session's endpoint with the keys of the account the session acts as. The
 * learner's clients ({@code ec2}, {@code ssm}, ...) follow {@code %account} and {@code %region}: each call asks the session whose
 * keys to use and rebuilds the client when they changed. Waiters poll without sleeping: the endpoint moves the
 * simulated clock on each read (its manual-clock rule), so no real time needs to pass.
 */
final class Clients {

    /** Zero backoff between a waiter's polls: sleeping would cost real seconds and change nothing simulated. */
    static final WaiterOverrideConfiguration NO_SLEEP = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately())
            .build();

    private final URI endpoint;
    private final UrlConnectionHttpClient http;

    Clients(URI endpoint) {
        this.endpoint = endpoint;
        // The endpoint is plain HTTP on loopback: no trust store to read (it took ~70 ms of each agent's start).
        this.http = (UrlConnectionHttpClient) UrlConnectionHttpClient.builder()
                .tlsTrustManagersProvider(() -> new TrustManager[0])
                .tlsKeyManagersProvider(() -> new KeyManager[0])
                .build();
    }

    /** Keys and Region as the session's {@code creds} call answers: key id, secret, Region, account id. */
    record Identity(String keyId, String secret, String region, String account) {
        static Identity of(List<String> answer) {
            return new Identity(answer.get(0), answer.get(1), answer.get(2), answer.get(3));
        }
    }

    /**
     * A client of the SDK interface {@code iface} for {@code id}: made through the interface's static
     * {@code builder()}, which every SDK service client has, so one method serves every service; the interfaces
     * ec2-tutor wrote in the SDK's conventions have no builder and get {@link JsonProtocolClient}.
     */
    <C> C client(Class<C> iface, Identity id) {
        Optional<JsonProtocolClient.Service> handWritten = JsonProtocolClient.Service.of(iface);
        if (handWritten.isPresent()) {
            return JsonProtocolClient.create(
                    iface, handWritten.get(), endpoint, http, id.keyId(), id.secret(), id.region());
        }
        Object builder;
        try {
            builder = iface.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(iface.getName() + " is not an SDK service client", e);
        }
        AwsClientBuilder<?, ?> aws = (AwsClientBuilder<?, ?>) builder;
        aws.endpointOverride(endpoint);
        aws.region(Region.of(id.region()));
        aws.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(id.keyId(), id.secret())));
        ((SdkSyncClientBuilder<?, ?>) builder).httpClient(http);
        if (builder instanceof S3BaseClientBuilder<?, ?> s3) {
            // A loopback endpoint has no bucket subdomains: path-style URLs (http://127.0.0.1:PORT/bucket/key), as
            // a learner configures the SDK against any local S3.
            s3.forcePathStyle(true);
        }
        return iface.cast(((SdkBuilder<?, ?>) builder).build());
    }

    /**
     * {@code iface}'s client as learners use it: the current account's, with waiters (where the service has them)
     * that do not sleep.
     */
    <C> C following(Class<C> iface, Supplier<Identity> who) {
        Following<C> f = new Following<>(who, id -> client(iface, id));
        return proxy(iface, f, c -> waiter(iface, c));
    }

    /**
     * The service's waiter over {@code client} with {@link #NO_SLEEP}, or null when it has none: the SDK names it
     * {@code <package>.waiters.<Service>Waiter} ({@code Ec2Client}: {@code ec2.waiters.Ec2Waiter}).
     */
    private static Object waiter(Class<?> iface, Object client) {
        String name =
                iface.getPackageName() + ".waiters." + iface.getSimpleName().replaceFirst("Client$", "Waiter");
        try {
            Class<?> waiter = Class.forName(name, true, iface.getClassLoader());
            // Called through the public Builder interface: the builder's own class is not public.
            Class<?> builder = Class.forName(name + "$Builder", true, iface.getClassLoader());
            Object b = waiter.getMethod("builder").invoke(null);
            builder.getMethod("client", iface).invoke(b, client);
            builder.getMethod("overrideConfiguration", WaiterOverrideConfiguration.class)
                    .invoke(b, NO_SLEEP);
            return builder.getMethod("build").invoke(b);
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + name, e);
        }
    }

    /**
     * A forwarding class written from the interface's class file ({@link Forwarding}), not a {@code Proxy}: Java 17
     * loads every parameter type of a proxied interface, about 1,500 SDK classes and 1.7 s of an agent's start.
     */
    private static <C> C proxy(Class<C> service, Following<C> f, Function<C, Object> waiter) {
        return Forwarding.create(service, new Forwarding.Handler() {
            @Override
            public Object target() {
                return f.current();
            }

            @Override
            public RuntimeException failed(RuntimeException e, String method, boolean operation) {
                return e;
            }

            @Override
            public String describe() {
                Identity id = f.identity();
                return service.getSimpleName() + " of account " + id.account() + " in " + id.region();
            }

            @Override
            public Object replacement(String method) {
                return method.equals("waiter") ? waiter.apply(f.current()) : null;
            }
        });
    }

    /** The client of whoever the session says is acting now, rebuilt only when that changes. */
    private static final class Following<C> {
        private final Supplier<Identity> who;
        private final Function<Identity, C> make;
        private Identity identity;
        private C client;

        Following(Supplier<Identity> who, Function<Identity, C> make) {
            this.who = who;
            this.make = make;
        }

        synchronized C current() {
            Identity now = who.get();
            if (!now.equals(identity)) {
                identity = now;
                client = make.apply(now);
            }
            return client;
        }

        synchronized Identity identity() {
            if (identity == null) {
                current();
            }
            return identity;
        }
    }
}
