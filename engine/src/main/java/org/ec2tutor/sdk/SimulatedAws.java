package org.ec2tutor.sdk;

import java.time.Duration;
import java.util.Optional;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.VcpuQuotas;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The embedding entry: a fresh simulated cloud and real SDK clients on it, for your own tests.
 *
 * <pre>{@code
 * Ec2Client ec2 = SimulatedAws.newEc2Client();               // one line: learner account, us-east-1
 *
 * SimulatedAws aws = SimulatedAws.create(42);               // or keep the cloud to move its clock
 * Ec2Client mine = aws.ec2();
 * Ec2Client theirs = aws.ec2("teammate", "us-east-1");
 * aws.advance(Duration.ofMinutes(5));
 * }</pre>
 *
 * Clouds made here have no vCPU quotas (tests launch as many instances as they like); lessons use
 * {@link Cloud#create} with the realistic defaults.
 */
public final class SimulatedAws {

    private final Cloud cloud;
    private final Caller.Surface surface;

    private SimulatedAws(Cloud cloud, Caller.Surface surface) {
        this.cloud = cloud;
        this.surface = surface;
    }

    /** A client on a new cloud with seed 1: the learner's account (profile {@code default}) in us-east-1. */
    public static Ec2Client newEc2Client() {
        return create(1).ec2();
    }

    public static SimulatedAws create(long seed) {
        return new SimulatedAws(
                Cloud.builder().seed(seed).quotas(VcpuQuotas.unlimited()).build(), Caller.Surface.JAVA);
    }

    /**
     * A cloud as a session makes it: realistic vCPU quotas (32 standard vCPUs), a manual clock, so the same seed and
     * calls give the same ids as the tutor's own {@code aws} lines.
     */
    public static SimulatedAws realistic(long seed) {
        return new SimulatedAws(Cloud.create(seed), Caller.Surface.JAVA);
    }

    /** Wraps an existing cloud. */
    public static SimulatedAws on(Cloud cloud) {
        return new SimulatedAws(cloud, Caller.Surface.JAVA);
    }

    public Cloud cloud() {
        return cloud;
    }

    /** The learner's account in us-east-1. */
    public Ec2Client ec2() {
        return ec2("default", "us-east-1");
    }

    /**
     * A client for a profile ({@code default}, {@code teammate}, {@code outsider}) or 12-digit account id, in a Region.
     *
     * @throws IllegalArgumentException for an unknown profile or Region
     */
    public Ec2Client ec2(String profileOrAccountId, String region) {
        return SimulatedEc2Client.create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /** A Systems Manager client (Run Command) for a profile or account id, in a Region. */
    public SsmClient ssm(String profileOrAccountId, String region) {
        return SimulatedSsmClient.create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /** A CloudTrail client for a profile or account id, in a Region. */
    public CloudTrailClient cloudTrail(String profileOrAccountId, String region) {
        return SimulatedCloudTrailClient.create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /** An S3 client for a profile or account id, in a Region. */
    public S3Client s3(String profileOrAccountId, String region) {
        return SimulatedS3Client.create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /** An EventBridge client for a profile or account id, in a Region. */
    public EventBridgeClient events(String profileOrAccountId, String region) {
        return SimulatedEventBridgeClient.create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /** An SNS client for a profile or account id, in a Region. */
    public SnsClient sns(String profileOrAccountId, String region) {
        return SimulatedSnsClient.create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /** An SQS client for a profile or account id, in a Region. */
    public SqsClient sqs(String profileOrAccountId, String region) {
        return SimulatedSqsClient.create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /** An AWS Config client for a profile or account id, in a Region. */
    public org.ec2tutor.sdk.model.config.ConfigClient config(String profileOrAccountId, String region) {
        return SimulatedConfigClient.create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /** An Account Management client for a profile or account id (a global service: the Region only names the client's). */
    public org.ec2tutor.sdk.model.account.AccountClient account(String profileOrAccountId, String region) {
        return SimulatedAccountClient.create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /** A client of any simulated service (a row of {@link SimulatedServices}) for a profile or account id. */
    public Object client(SimulatedService service, String profileOrAccountId, String region) {
        return service.factory().create(cloud, account(profileOrAccountId), region(region), surface);
    }

    /**
     * The same cloud, whose clients the API history records as the session's {@code aws} lines (the CLI's user
     * agent) instead of Java; see {@link Caller}.
     */
    public SimulatedAws forAwsLines() {
        return new SimulatedAws(cloud, Caller.Surface.AWS_LINE);
    }

    private Account account(String profileOrAccountId) {
        return cloud.accounts()
                .find(profileOrAccountId)
                .orElseThrow(() -> new IllegalArgumentException("unknown profile or account: " + profileOrAccountId));
    }

    private static Region region(String region) {
        return Region.fromId(region).orElseThrow(() -> new IllegalArgumentException("unknown Region: " + region));
    }

    /** The 12-digit account id behind a profile or account id, if the cloud has that account. */
    public Optional<String> accountId(String profileOrAccountId) {
        return cloud.accounts().find(profileOrAccountId).map(a -> a.id().value());
    }

    /** Whether {@code region} is one of the simulated Regions. */
    public boolean knowsRegion(String region) {
        return Region.fromId(region).isPresent();
    }

    /** A new request id, as every AWS response carries one (from the cloud's own sequence, never a resource's). */
    public String newRequestId() {
        return cloud.newRequestId();
    }

    /** The simulated time now. */
    public java.time.Instant now() {
        return cloud.now();
    }

    /** When the next scheduled transition (boot, stop, image ready, ...) is due, if any. */
    public java.util.Optional<java.time.Instant> nextTransitionDue() {
        return cloud.nextTransitionDue();
    }

    /** Moves the cloud's clock forward; transitions due in between complete in order. */
    public void advance(Duration duration) {
        cloud.advance(duration);
    }
}
