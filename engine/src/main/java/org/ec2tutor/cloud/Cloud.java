package org.ec2tutor.cloud;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.ec2tutor.cloud.billing.AccountBilling;
import org.ec2tutor.cloud.billing.Bill;
import org.ec2tutor.cloud.billing.PriceList;
import org.ec2tutor.cloud.billing.SpotPrices;
import org.ec2tutor.cloud.config.ConfigApi;
import org.ec2tutor.cloud.config.ConfigRules;
import org.ec2tutor.cloud.config.Ec2Items;
import org.ec2tutor.cloud.ec2.Ec2Api;
import org.ec2tutor.cloud.ec2.Ec2Event;
import org.ec2tutor.cloud.ec2.Ec2World;
import org.ec2tutor.cloud.ec2.InstanceTypeCatalog;
import org.ec2tutor.cloud.ec2.VcpuQuotas;
import org.ec2tutor.cloud.events.EventBuses;
import org.ec2tutor.cloud.events.EventsApi;
import org.ec2tutor.cloud.s3.S3Api;
import org.ec2tutor.cloud.s3.S3Buckets;
import org.ec2tutor.cloud.sns.SnsApi;
import org.ec2tutor.cloud.sns.SnsTopics;
import org.ec2tutor.cloud.sqs.SqsApi;
import org.ec2tutor.cloud.sqs.SqsQueues;
import org.ec2tutor.cloud.trail.TrailApi;
import org.ec2tutor.cloud.trail.Trails;

/**
 * A simulated AWS cloud: the fixed accounts, two Regions, the clock, and everything EC2 holds. Every call goes
 * through {@link #transact}, which first lets due transitions complete and then runs the call alone, so callers on
 * several threads (a kernel's interrupt, a grader) see a consistent account.
 *
 * <p>Same seed, same start time and same calls give identical ids, addresses and timestamps.
 */
public final class Cloud {

    private final SimClock clock;
    private final Scheduler scheduler = new Scheduler();
    private final Accounts accounts = new Accounts();
    private final Ec2World ec2;
    private final ApiCallLog log = new ApiCallLog();
    private final long seed;
    /** Request ids come from their own sequence, so reading the account never shifts the ids of new resources. */
    private final IdSource requestIds;
    /** S3 and CloudTrail, made when first used: a session that never touches them never loads their classes. */
    private S3Buckets s3;

    private Trails trails;

    /** SQS, SNS and EventBridge, made together when first used (EventBridge delivers to the other two). */
    private SqsQueues queues;

    private SnsTopics topics;
    private EventBuses buses;

    /** AWS Config rules, made when first used; from then on instance changes trigger their evaluations. */
    private ConfigRules configRules;

    private Cloud(Builder b) {
        this.clock = b.clock;
        this.seed = b.seed;
        this.requestIds = new SeededIdSource(~b.seed);
        this.ec2 = new Ec2World(
                b.seed,
                clock,
                new SeededIdSource(b.seed),
                scheduler,
                accounts,
                InstanceTypeCatalog.standard(),
                b.quotas);
    }

    /** A cloud on a manual clock starting 2026-01-01T00:00:00Z with realistic quotas. */
    public static Cloud create(long seed) {
        return builder().seed(seed).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How a cloud is made: seed, clock and quotas. */
    public static final class Builder {
        private long seed = 1;
        private SimClock clock;
        private VcpuQuotas quotas = VcpuQuotas.defaults();

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder clock(SimClock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder quotas(VcpuQuotas quotas) {
            this.quotas = Objects.requireNonNull(quotas);
            return this;
        }

        public Cloud build() {
            if (clock == null) {
                clock = new ManualClock();
            }
            return new Cloud(this);
        }
    }

    public long seed() {
        return seed;
    }

    public Accounts accounts() {
        return accounts;
    }

    public ApiCallLog apiCalls() {
        return log;
    }

    /** A new request id, as every AWS response carries one. */
    public synchronized String newRequestId() {
        return requestIds.requestId();
    }

    /** Runs {@code call} alone, after completing every transition due by now. */
    public synchronized <T> T transact(Supplier<T> call) {
        scheduler.runDue(clock.now());
        return call.get();
    }

    public synchronized Instant now() {
        return clock.now();
    }

    /** Moves simulated time forward, completing transitions in order with their own timestamps. */
    public synchronized void advance(Duration duration) {
        clock.advance(duration);
        scheduler.runDue(clock.now());
    }

    /** When the next scheduled transition is due: the HTTP endpoint moves a manual clock on to it on a poll. */
    public synchronized Optional<Instant> nextTransitionDue() {
        return scheduler.nextDue();
    }

    /** EC2 as {@code account} sees it in {@code region}. Use inside {@link #transact}. */
    public Ec2Api ec2(Account account, Region region) {
        return new Ec2Api(ec2, account, region);
    }

    /** Billing for {@code account}, seen from {@code region}. */
    public AccountBilling billing(Account account, Region region) {
        return new AccountBilling(
                new AccountBilling.Ledger() {
                    @Override
                    public <T> T transact(Supplier<T> work) {
                        return Cloud.this.transact(work);
                    }

                    @Override
                    public Instant now() {
                        return Cloud.this.now();
                    }

                    @Override
                    public Bill bill(AccountId id, Instant from, Instant to) {
                        return ec2.bill(id, from, to);
                    }

                    @Override
                    public Optional<Instant> firstCharge(AccountId id) {
                        return ec2.firstCharge(id);
                    }

                    @Override
                    public PriceList prices() {
                        return ec2.prices();
                    }

                    @Override
                    public SpotPrices spotPrices() {
                        return ec2.spotPrices();
                    }

                    @Override
                    public OptionalInt vcpusOfComparableType(String instanceType) {
                        return ec2.instanceTypes()
                                .find(instanceType)
                                .filter(t -> !t.isMac())
                                .map(t -> OptionalInt.of(t.vcpus()))
                                .orElse(OptionalInt.empty());
                    }

                    @Override
                    public void recordBillRead(AccountId id, Region from) {
                        log.record(new ApiCall(
                                clock.now(), id, from, "ce", "GetCostAndUsage", Optional.empty(), Caller.CONSOLE));
                    }
                },
                account.id(),
                region);
    }

    /** S3 as {@code account} sees it through {@code region}'s endpoint, after due log deliveries. Use inside {@link #transact}. */
    public synchronized S3Api s3(Account account, Region region) {
        deliverTrailLogs();
        return new S3Api(s3Buckets(), account.id(), region, clock.now());
    }

    /** CloudTrail as {@code account} sees it in {@code region}, after due log deliveries. Use inside {@link #transact}. */
    public synchronized TrailApi cloudTrail(Account account, Region region) {
        deliverTrailLogs();
        return new TrailApi(trails(), s3Buckets(), log, account.id(), region, clock.now());
    }

    /**
     * Whether a trail is logging {@code account}'s management events in {@code region}: EventBridge's "AWS API Call
     * via CloudTrail" events are delivered only then.
     */
    public synchronized boolean trailLogsManagementEvents(AccountId account, Region region) {
        return trails != null && trails.logsManagementEvents(account, region);
    }

    /** Every bucket, for read-only views (lessons). Use inside {@link #transact}. */
    public synchronized S3Buckets s3Buckets() {
        if (s3 == null) {
            s3 = new S3Buckets();
        }
        return s3;
    }

    /** Every trail, for read-only views (lessons). Use inside {@link #transact}. */
    public synchronized Trails trails() {
        if (trails == null) {
            trails = new Trails(seed);
        }
        return trails;
    }

    /** Writes the log files trails have due by now. Use inside {@link #transact}. */
    public synchronized void deliverTrailLogs() {
        if (trails != null) {
            trails.deliverDue(clock.now(), log, s3Buckets());
        }
    }

    /** The EC2 world, for read-only views (lessons, {@code %state}). Use inside {@link #transact}. */
    public Ec2World ec2World() {
        return ec2;
    }

    /** EventBridge as {@code account} sees it in {@code region}. Use inside {@link #transact}. */
    public synchronized EventsApi events(Account account, Region region) {
        return new EventsApi(eventBuses(), account.id(), region);
    }

    /** SQS as {@code account} sees it in {@code region}. Use inside {@link #transact}. */
    public synchronized SqsApi sqs(Account account, Region region) {
        eventBuses();
        return new SqsApi(queues, account.id(), region, clock.now());
    }

    /** SNS as {@code account} sees it in {@code region}. Use inside {@link #transact}. */
    public synchronized SnsApi sns(Account account, Region region) {
        eventBuses();
        return new SnsApi(topics, account.id(), region, clock.now());
    }

    /**
     * Every event bus, queue and topic, for read-only views (lessons). Made on first use; from then on EC2's events
     * and, while a trail logs them, the recorded API calls are put on the buses.
     */
    public synchronized EventBuses eventBuses() {
        if (buses == null) {
            queues = new SqsQueues(seed);
            topics = new SnsTopics(seed, queues);
            buses = new EventBuses(seed, queues, topics);
            ec2.sendEventsTo(buses::publish);
            // Not through trailLogsManagementEvents: the log calls this holding its own lock, and the cloud's lock
            // must never be taken after it.
            log.listen((call, index) -> {
                if (trails != null && trails.logsManagementEvents(call.account(), call.region())) {
                    buses.publish(call, index);
                }
            });
        }
        return buses;
    }

    /** AWS Config as {@code account} sees it in {@code region}. Use inside {@link #transact}. */
    public synchronized ConfigApi config(Account account, Region region) {
        return new ConfigApi(configRules(), account.id(), region, clock.now());
    }

    /**
     * Every Config rule and its evaluations, for read-only views (lessons). Made on first use; from then on every
     * instance state change is a configuration change the rules evaluate.
     */
    public synchronized ConfigRules configRules() {
        if (configRules == null) {
            configRules = new ConfigRules(seed, scheduler, new Ec2Items(ec2));
            ConfigRules rules = configRules;
            ec2.sendEventsTo(e -> {
                if (e.detailType().equals(Ec2Event.INSTANCE_STATE_CHANGE)) {
                    rules.instanceChanged(
                            e.account(), e.region(), String.valueOf(e.detail().get("instance-id")), e.at());
                }
            });
        }
        return configRules;
    }

    /** Every SQS queue, for read-only views (lessons). Use inside {@link #transact}. */
    public synchronized SqsQueues sqsQueues() {
        eventBuses();
        return queues;
    }
}
