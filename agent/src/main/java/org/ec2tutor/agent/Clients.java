package org.ec2tutor.agent;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.waiters.Ec2Waiter;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.waiters.SsmWaiter;

/**
 * The real SDK clients, pointed at the session's endpoint with the keys of the account the session acts as. The
 * learner's {@code ec2} and {@code ssm} follow {@code %account} and {@code %region}: each call asks the session whose
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

    Ec2Client ec2(Identity id) {
        return Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(id.region()))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(id.keyId(), id.secret())))
                .httpClient(http)
                .build();
    }

    SsmClient ssm(Identity id) {
        return SsmClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(id.region()))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(id.keyId(), id.secret())))
                .httpClient(http)
                .build();
    }

    /** {@code ec2} as learners use it: the current account's client, with waiters that do not sleep. */
    Ec2Client followingEc2(Supplier<Identity> who) {
        Following<Ec2Client> f = new Following<>(who, this::ec2);
        return proxy(
                Ec2Client.class,
                f,
                c -> Ec2Waiter.builder()
                        .client(c)
                        .overrideConfiguration(NO_SLEEP)
                        .build());
    }

    SsmClient followingSsm(Supplier<Identity> who) {
        Following<SsmClient> f = new Following<>(who, this::ssm);
        return proxy(
                SsmClient.class,
                f,
                c -> SsmWaiter.builder()
                        .client(c)
                        .overrideConfiguration(NO_SLEEP)
                        .build());
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
