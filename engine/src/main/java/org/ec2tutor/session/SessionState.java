package org.ec2tutor.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cli.AwsCli;
import org.ec2tutor.cli.AwsShell;
import org.ec2tutor.cli.CliResult;
import org.ec2tutor.cli.ShellVariables;
import org.ec2tutor.cli.SimulatedAwsEnvironment;
import org.ec2tutor.cli.Workspace;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.AccountBilling;
import org.ec2tutor.cloud.guest.Curl;
import org.ec2tutor.endpoint.Endpoint;
import org.ec2tutor.sdk.SimulatedAws;
import org.ec2tutor.sdk.SimulatedService;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The simulated cloud a session works on and where the learner stands in it: the account (profile), the Region and
 * the shell variables. Replaced whole by a reset; not thread-safe (cells run one at a time).
 */
final class SessionState {

    static final String FIRST_PROFILE = "default";
    static final String FIRST_REGION = "us-east-1";

    private final ShellVariables variables = new ShellVariables();
    private final FileReads reads;
    /** Files the shell wrote and what cells read from disk: the session's, so a replay rebuilds them. */
    private final Workspace workspace;

    private long seed;
    private Cloud cloud;
    private SimulatedAws aws;
    private SimulatedAwsEnvironment environment;
    private AwsShell shell;
    private String profile = FIRST_PROFILE;
    private String region = FIRST_REGION;
    /** The ssh session the learner is in, if any: the next lines run in that instance's guest. */
    private Optional<GuestConnection> connection = Optional.empty();
    /** The HTTP endpoint serving this cloud, once the learner asked for it; it follows the cloud across resets. */
    private Optional<Endpoint> endpoint = Optional.empty();
    /** What runs after each request the endpoint answers (a headless session checks its lesson there). */
    private Runnable afterEachRequest = () -> {};

    SessionState(SessionOptions options) {
        this.reads = new FileReads(options.grading(), options.workingDirectory());
        this.workspace = new Workspace(options.workingDirectory(), reads);
        renew(options.seed());
    }

    /** A new cloud on {@code newSeed}, as the learner's account in the first Region, with no variables. */
    void renew(long newSeed) {
        seed = newSeed;
        variables.clear();
        workspace.clear();
        profile = FIRST_PROFILE;
        region = FIRST_REGION;
        cloud = Cloud.create(newSeed);
        aws = SimulatedAws.on(cloud);
        endpoint = endpoint.map(old -> {
            // Same port, new cloud: the learner's exported AWS_ENDPOINT_URL keeps working after %reset.
            old.close();
            return serve(old.url().getPort());
        });
        environment = new SimulatedAwsEnvironment(aws, workspace);
        environment.setDefaults(profile, region);
        shell = new AwsShell(new AwsCli(environment), variables);
        connection = Optional.empty();
        SshClient ssh = new SshClient(this);
        shell.add("ssh", ssh::run);
        shell.add("curl", this::curl);
    }

    /** {@code curl} on the learner's computer: instances by their public address, as the internet reaches them. */
    private CliResult curl(List<String> args) {
        Curl.Result r = cloud.transact(() -> Curl.fromOutside(
                cloud.ec2World().internet(), (path, text) -> workspace.write(path, text, false), cloud.now(), args));
        if (!r.elapsed().isZero()) {
            cloud.advance(r.elapsed()); // the learner waited, e.g. for a timeout
        }
        return new CliResult(r.exitCode(), r.stdout(), r.stderr(), new CliResult.Printed());
    }

    /** The files of the session's shell. */
    Workspace workspace() {
        return workspace;
    }

    /** The ssh session the learner is in, if any. */
    Optional<GuestConnection> connection() {
        return connection;
    }

    void open(GuestConnection c) {
        connection = Optional.of(c);
    }

    void closeConnection() {
        connection = Optional.empty();
    }

    long seed() {
        return seed;
    }

    Cloud cloud() {
        return cloud;
    }

    SimulatedAws aws() {
        return aws;
    }

    AwsShell shell() {
        return shell;
    }

    /** What cells read from the learner's disk: recorded live, served from the journal on replay. */
    FileReads reads() {
        return reads;
    }

    ShellVariables variables() {
        return variables;
    }

    String profile() {
        return profile;
    }

    String region() {
        return region;
    }

    String accountId() {
        return aws.accountId(profile).orElse("?");
    }

    /** The current account, as the domain knows it. */
    Account account() {
        return cloud.accounts().find(accountId()).orElseThrow();
    }

    /** The current Region, as the domain knows it. */
    Region cloudRegion() {
        return Region.fromId(region).orElseThrow();
    }

    /** What the current account's bill and cost comparisons need. */
    AccountBilling billing() {
        return cloud.billing(account(), cloudRegion());
    }

    Instant now() {
        return cloud.now();
    }

    void advance(Duration d) {
        cloud.advance(d);
    }

    /** EC2 takes a Spot Instance of the current account back; returns when it acts (two minutes on). */
    Instant interruptSpot(String instanceId) {
        return cloud.transact(
                () -> cloud.ec2(account(), cloudRegion()).spotInterruptions().interrupt(instanceId));
    }

    /**
     * The endpoint serving this session's cloud over HTTP, started on {@code port} (0: any free one) the first time.
     * Reads over HTTP move the clock as a waiter's polls would, whatever the session's own clock mode, so the real
     * CLI's {@code aws ec2 wait} returns at once instead of polling a clock that moves only when a cell runs.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    Endpoint endpoint(int port) {
        if (endpoint.isEmpty()) {
            endpoint = Optional.of(serve(port));
        }
        return endpoint.get();
    }

    /** Runs {@code r} after each request the endpoint answers, from the next start of the endpoint on. */
    void afterEachRequest(Runnable r) {
        afterEachRequest = r;
    }

    Optional<Endpoint> runningEndpoint() {
        return endpoint;
    }

    private Endpoint serve(int port) {
        try {
            return Endpoint.start(aws, port, true, afterEachRequest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Stops the endpoint, if it runs. */
    void close() {
        endpoint.ifPresent(Endpoint::close);
        endpoint = Optional.empty();
    }

    /** The EC2 client of the current account and Region. */
    Ec2Client ec2() {
        return aws.ec2(profile, region);
    }

    /** The client of {@code service} for the current account and Region (what a Java cell's variable calls). */
    Object client(SimulatedService service) {
        return aws.client(service, profile, region);
    }

    void switchAccount(String newProfile) {
        profile = newProfile;
        environment.setDefaults(profile, region);
    }

    void switchRegion(String newRegion) {
        region = newRegion;
        environment.setDefaults(profile, region);
    }

    /** Where the learner stands, for a saved journal: profile and Region are restored by the replayed commands. */
    SessionJournal journal(List<SessionJournal.Entry> cells) {
        return new SessionJournal(SessionJournal.VERSION, seed, profile, region, cells, false);
    }
}
