package org.ec2tutor.endpoint;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ec2tutor.sdk.AccessKey;
import org.ec2tutor.sdk.AccessKeys;
import org.ec2tutor.sdk.SimulatedAws;

/**
 * A simulated cloud served as a local AWS endpoint on 127.0.0.1: EC2's Query protocol, Systems Manager's awsJson1_1
 * and STS's {@code GetCallerIdentity}, signed with SigV4 by one of the {@link AccessKeys documented keys}; each call
 * is made as the key's account in the Region of its credential scope, through the same SDK clients the REPL uses.
 * Nothing is started until {@link #start}; {@link #close} stops it. Thread-safe.
 *
 * <pre>{@code
 * try (Endpoint endpoint = Endpoint.start(SimulatedAws.create(42), 0)) {
 *     System.out.println(endpoint.shellExports("default"));   // export AWS_ENDPOINT_URL=http://127.0.0.1:PORT ...
 * }
 * }</pre>
 */
public final class Endpoint implements AutoCloseable {

    /** Request bodies larger than this are refused with HTTP 413 {@code RequestEntityTooLarge}, unread. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private final HttpServer server;
    private final URI url;

    private Endpoint(HttpServer server) {
        this.server = server;
        this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves {@code aws} on a manual clock's terms (see {@link PollClock}); port 0 picks a free port. */
    public static Endpoint start(SimulatedAws aws, int port) throws IOException {
        return start(aws, port, true);
    }

    /**
     * Serves {@code aws}.
     *
     * @param manualClock whether the cloud's clock moves only when told: then a read over HTTP first lets the
     *     transitions under way complete, as a waiter's polls would (documented in README, "Local AWS endpoint")
     * @throws IOException when the port cannot be bound
     */
    public static Endpoint start(SimulatedAws aws, int port, boolean manualClock) throws IOException {
        return start(aws, port, manualClock, () -> {});
    }

    /**
     * Serves {@code aws}, running {@code afterEachRequest} after each request is answered and before the answer is
     * sent: a headless session checks its lesson there, so a step has passed by the time the caller sees the answer.
     *
     * @throws IOException when the port cannot be bound
     */
    public static Endpoint start(SimulatedAws aws, int port, boolean manualClock, Runnable afterEachRequest)
            throws IOException {
        // Small answers on a kept-alive connection otherwise wait for the peer's delayed ACK (~40 ms each).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext(
                "/", new EndpointHandler(new Dispatcher(aws, new PollClock(aws, manualClock)), afterEachRequest));
        // No executor: requests are answered one at a time on the server's own thread. A hand-off to a pool cost a
        // thread switch per request, and the cloud runs one call at a time anyway; one at a time also means each call
        // is checked by a headless session's lesson on the account that call left.
        server.start();
        return new Endpoint(server);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI url() {
        return url;
    }

    /** The access keys of the three accounts. */
    public List<AccessKey> keys() {
        return AccessKeys.STANDARD;
    }

    /** What to paste in a shell to act as {@code profile}'s account in us-east-1. */
    public String shellExports(String profile) {
        AccessKey k = AccessKeys.forProfile(profile)
                .orElseThrow(() -> new IllegalArgumentException("unknown profile " + profile));
        return "export AWS_ENDPOINT_URL=" + url + " AWS_ACCESS_KEY_ID=" + k.accessKeyId() + " AWS_SECRET_ACCESS_KEY="
                + k.secretAccessKey() + " AWS_DEFAULT_REGION=us-east-1";
    }

    /** The AWS CLI's shared config file: a profile per account, with this endpoint's URL. */
    public String configFile() {
        StringBuilder out = new StringBuilder();
        for (AccessKey k : AccessKeys.STANDARD) {
            out.append(k.profile().equals("default") ? "[default]" : "[profile " + k.profile() + "]")
                    .append('\n')
                    .append("region = us-east-1\n")
                    .append("output = json\n")
                    .append("endpoint_url = ")
                    .append(url)
                    .append("\n\n");
        }
        return out.toString();
    }

    /** The AWS CLI's shared credentials file: the documented keys of each account. */
    public String credentialsFile() {
        StringBuilder out = new StringBuilder();
        for (AccessKey k : AccessKeys.STANDARD) {
            out.append('[')
                    .append(k.profile())
                    .append("]\n")
                    .append("aws_access_key_id = ")
                    .append(k.accessKeyId())
                    .append('\n')
                    .append("aws_secret_access_key = ")
                    .append(k.secretAccessKey())
                    .append("\n\n");
        }
        return out.toString();
    }

    /** Writes {@code dir/config} and {@code dir/credentials} (for AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE). */
    public void writeAwsConfig(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config"), configFile());
        Files.writeString(dir.resolve("credentials"), credentialsFile());
    }

    /** Stops serving at once (JDK 17 would otherwise wait out the whole grace delay). */
    @Override
    public void close() {
        server.stop(0);
    }
}
