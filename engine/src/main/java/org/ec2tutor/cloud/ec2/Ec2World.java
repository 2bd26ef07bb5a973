package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Accounts;
import org.ec2tutor.cloud.DataFiles;
import org.ec2tutor.cloud.IdSource;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.Scheduler;
import org.ec2tutor.cloud.SeededIdSource;
import org.ec2tutor.cloud.SimClock;
import org.ec2tutor.cloud.billing.Bill;
import org.ec2tutor.cloud.billing.BillCalculator;
import org.ec2tutor.cloud.billing.CapacityReservation;
import org.ec2tutor.cloud.billing.PriceList;
import org.ec2tutor.cloud.billing.ReservedInstance;
import org.ec2tutor.cloud.billing.SavingsPlan;
import org.ec2tutor.cloud.billing.SpotPrices;
import org.ec2tutor.cloud.billing.UsageMeter;
import org.ec2tutor.cloud.billing.UsagePeriod;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.guest.BaseImages;

/**
 * The EC2 side of a simulated cloud: every Region's resources, the instance type catalog, the public image catalog,
 * and the injected clock, id source and scheduler the operations use. Not thread-safe: the {@code Cloud} serialises
 * calls.
 */
public final class Ec2World {

    private static final String PUBLIC_IMAGES = "public-images.tsv";
    /** Public AMIs are deprecated two years after creation by default (EC2 User Guide, "Deprecate an AMI"). */
    static final Duration PUBLIC_DEPRECATION = Duration.ofDays(730);

    final SimClock clock;
    final IdSource ids;
    final Scheduler scheduler;
    final Accounts accounts;
    final InstanceTypeCatalog types;
    final VcpuQuotas quotas;
    final UsageMeter meter = new UsageMeter();
    /** Every burstable instance that ran, by id: surplus credits are charged after the instance is gone too. */
    private final Map<String, CreditsOf> creditLedgers = new LinkedHashMap<>();

    /** An instance and its credit ledger, kept after the instance is no longer visible. */
    private record CreditsOf(Instance instance, CpuCreditLedger ledger) {}

    /** Where EC2's own events go (EventBridge, once a session uses it). */
    private Ec2Event.Sink events = e -> {};

    private final PriceList prices;
    private final SpotPrices spotPrices;
    /** Every account's Savings Plans: global to an account, not to a Region. */
    final List<SavingsPlan> savingsPlans = new ArrayList<>();

    private final Map<Region, RegionalResources> regions = new EnumMap<>(Region.class);
    private final RegionOptIns regionOptIns;

    public Ec2World(
            long seed,
            SimClock clock,
            IdSource ids,
            Scheduler scheduler,
            Accounts accounts,
            InstanceTypeCatalog types,
            VcpuQuotas quotas) {
        this.clock = clock;
        this.ids = ids;
        this.scheduler = scheduler;
        this.regionOptIns = new RegionOptIns(scheduler);
        this.accounts = accounts;
        this.types = types;
        this.quotas = quotas;
        this.prices = PriceList.standard(
                name -> types.find(name).orElseThrow().onDemandUsdPerHour(),
                name -> types.find(name)
                        .map(t -> new PriceList.Shape(t.vcpus(), t.burstable()))
                        .orElseThrow());
        this.spotPrices = new SpotPrices(seed, prices);
        for (Region r : Region.values()) {
            RegionalResources res = new RegionalResources(r);
            for (var account : accounts.all()) {
                // New accounts start with block public access for AMIs on (EC2 User Guide, since 2023).
                res.blockPublicSharing.put(account.id(), true);
            }
            regions.put(r, res);
        }
        loadPublicImages();
    }

    /** What ssh from the learner's computer meets (it reaches instances over the internet). */
    public SshAccess ssh() {
        return new SshAccess(this);
    }

    /** The internet as the learner's computer reaches it ({@code curl http://PUBLIC_IP} at the session's prompt). */
    public org.ec2tutor.cloud.guest.GuestNetwork internet() {
        return new InternetNetwork(this, InternetNetwork.LEARNER_ADDRESS);
    }

    public RegionalResources region(Region region) {
        return regions.get(region);
    }

    /** Which opt-in Regions each account has enabled. */
    public RegionOptIns regionOptIns() {
        return regionOptIns;
    }

    public InstanceTypeCatalog instanceTypes() {
        return types;
    }

    /** What every account has used so far, for the bill. */
    public UsageMeter usage() {
        return meter;
    }

    /**
     * What {@code account} owes for its use between {@code from} and {@code to} (end exclusive), as metered up to
     * now.
     */
    public Bill bill(AccountId account, Instant from, Instant to) {
        List<ReservedInstance> reservations = new ArrayList<>();
        List<CapacityReservation> capacity = new ArrayList<>();
        for (RegionalResources res : regions.values()) {
            res.reservedInstances.stream()
                    .filter(r -> r.account().equals(account))
                    .forEach(reservations::add);
            res.capacityReservations.values().stream()
                    .filter(c -> c.account().equals(account))
                    .forEach(capacity::add);
        }
        List<UsagePeriod> periods = new ArrayList<>(meter.periods(account));
        periods.addAll(creditCharges(account, to.isBefore(now()) ? to : now()));
        return new BillCalculator(prices, spotPrices)
                .bill(periods, reservations, capacity, savingsPlans(account), from, to, now());
    }

    /** The surplus CPU credits {@code account}'s instances were charged up to {@code until}, as one-off usage. */
    private List<UsagePeriod> creditCharges(AccountId account, Instant until) {
        List<UsagePeriod> out = new ArrayList<>();
        for (CreditsOf tracked : creditLedgers.values()) {
            Instance i = tracked.instance();
            CpuCreditLedger ledger = tracked.ledger();
            if (!i.owner().equals(account)) {
                continue;
            }
            String family = ledger.family().orElse(i.type().family());
            for (CpuCreditLedger.Charge c : ledger.charges(until)) {
                out.add(new UsagePeriod(
                        account,
                        i.region(),
                        i.availabilityZone(),
                        i.id(),
                        UsageType.CPU_CREDITS,
                        family,
                        c.vcpuHours(),
                        c.at(),
                        Optional.of(c.at()),
                        Duration.ZERO));
            }
        }
        return out;
    }

    /** A burstable instance starts running: its credits are reckoned from here, in the option then in force. */
    void creditsRunning(Instance instance, Instant at) {
        if (CpuCreditLedger.earnsCredits(instance.type())) {
            creditLedgers
                    .computeIfAbsent(
                            instance.id(), id -> new CreditsOf(instance, new CpuCreditLedger(instance.guest())))
                    .ledger()
                    .running(
                            at,
                            instance.type(),
                            CreditSpecifications.effective(instance).equals(CreditSpecifications.UNLIMITED));
        }
    }

    /** ModifyInstanceCreditSpecification took effect: switching to standard settles the surplus. */
    void creditsMode(Instance instance, Instant at) {
        CreditsOf tracked = creditLedgers.get(instance.id());
        if (tracked != null) {
            tracked.ledger().mode(at, CreditSpecifications.effective(instance).equals(CreditSpecifications.UNLIMITED));
        }
    }

    /** The Savings Plans {@code account} bought. */
    public List<SavingsPlan> savingsPlans(AccountId account) {
        return savingsPlans.stream().filter(p -> p.account().equals(account)).toList();
    }

    /** The tags of an instance or volume, in whichever Region it is; empty for anything else. */
    public Map<String, String> tagsOf(String resourceId) {
        for (RegionalResources res : regions.values()) {
            for (Instance i : res.instances()) {
                if (i.id().equals(resourceId)) {
                    return i.tags().asMap();
                }
            }
            for (Volume v : res.volumes()) {
                if (v.id().equals(resourceId)) {
                    return v.tags().asMap();
                }
            }
        }
        return Map.of();
    }

    /** When {@code account} first used or bought something billable, if it has. */
    public Optional<Instant> firstCharge(AccountId account) {
        List<Instant> starts = new ArrayList<>();
        meter.periods(account).forEach(p -> starts.add(p.start()));
        for (RegionalResources res : regions.values()) {
            res.reservedInstances.stream()
                    .filter(r -> r.account().equals(account))
                    .forEach(r -> starts.add(r.start()));
            res.capacityReservations.values().stream()
                    .filter(c -> c.account().equals(account))
                    .forEach(c -> starts.add(c.start()));
        }
        savingsPlans(account).forEach(p -> starts.add(p.purchasedAt()));
        return starts.stream().min(Instant::compareTo);
    }

    /** The Spot price model of this cloud. */
    public SpotPrices spotPrices() {
        return spotPrices;
    }

    /** Stops billing an instance's compute, On-Demand or Spot. */
    void stopCompute(Instance instance, Instant at) {
        meter.close(instance.id(), UsageType.COMPUTE, at);
        meter.close(instance.id(), UsageType.SPOT, at);
        meter.close(instance.id(), UsageType.DEDICATED_INSTANCE, at);
        meter.close(instance.id(), UsageType.WINDOWS_COMPUTE, at);
        MonitoringOperations.stopBilling(this, instance, at);
        CreditsOf tracked = creditLedgers.get(instance.id());
        if (tracked != null) {
            tracked.ledger().stopped(at);
        }
    }

    /** The rates of this cloud's bill. */
    public PriceList prices() {
        return prices;
    }

    public Accounts accounts() {
        return accounts;
    }

    Instant now() {
        return eventTime.orElseGet(clock::now);
    }

    /**
     * The instant a scheduled event is due, while it runs: the clock has already moved past it (advance moves the
     * clock, then runs what fell due), and an event that launches an instance (a Spot request's) must date it then.
     */
    private Optional<Instant> eventTime = Optional.empty();

    <T> T during(Instant at, java.util.function.Supplier<T> work) {
        Optional<Instant> outer = eventTime;
        eventTime = Optional.of(at);
        try {
            return work.get();
        } finally {
            eventTime = outer;
        }
    }

    private void loadPublicImages() {
        List<String[]> rows = DataFiles.rows(Ec2World.class, PUBLIC_IMAGES);
        rows.forEach(c -> addPublicImage(c, ids));
        for (Region r : Region.values()) {
            if (rows.stream().noneMatch(c -> c[0].equals(r.id()))) {
                // A Region the catalog does not list offers us-east-1's images under ids of its own (AMI ids
                // differ per Region), drawn from the Region's name so that no other id shifts.
                SeededIdSource regional = new SeededIdSource(r.id().hashCode() * 0x9E3779B1L);
                rows.stream().filter(c -> c[0].equals(Region.US_EAST_1.id())).forEach(c -> {
                    String[] copy = c.clone();
                    copy[0] = r.id();
                    copy[1] = regional.resourceId("ami");
                    addPublicImage(copy, regional);
                });
            }
        }
    }

    private void addPublicImage(String[] c, IdSource snapshotIds) {
        RegionalResources res = regions.get(Region.fromId(c[0]).orElseThrow());
        Instant created = Instant.parse(c[10]);
        int size = Integer.parseInt(c[9]);
        Snapshot snap = new Snapshot(
                snapshotIds.resourceId("snap"),
                c[4],
                Optional.empty(),
                size,
                false,
                "Snapshot of " + c[2],
                created,
                created,
                BaseImages.disk(c[2]));
        res.snapshots.put(snap.id(), snap);
        Image image = new Image(
                c[1],
                c[4],
                c[5].equals("-") ? Optional.empty() : Optional.of(c[5]),
                c[2],
                Optional.of(c[3]),
                Architecture.fromAwsName(c[6]).orElseThrow(),
                c[7].equals("windows") ? Platform.WINDOWS : Platform.LINUX,
                c[8],
                List.of(new ImageDevice.Ebs(c[8], snap.id(), size, "gp3", true, false)),
                "hvm",
                true,
                Optional.of(c[11]),
                created,
                ImageState.AVAILABLE,
                new Image.FromCatalog(c[12].equals("-") ? Optional.empty() : Optional.of(c[12])));
        image.launchPermissions().add(new LaunchPermission.ForEveryone());
        image.setDeprecationTime(Optional.of(created.plus(PUBLIC_DEPRECATION)));
        res.images.put(image.id(), image);
    }

    /**
     * Makes launches of {@code type} in {@code zone} fail with {@code InsufficientInstanceCapacity}, so lessons can
     * show AWS's real message and its advice to try another zone.
     */
    public void exhaustCapacity(Region region, String type, String zone) {
        regions.get(region).exhaustedCapacity.add(type + "/" + zone);
    }

    /** The account's default Availability Zone choice order in a Region. */
    List<String> zones(Region region) {
        return region.availabilityZones();
    }

    boolean blocksPublicSharing(AccountId account, Region region) {
        return regions.get(region).blockPublicSharing.getOrDefault(account, true);
    }

    /**
     * Sends EC2's events (instance and AMI state changes, Spot warnings) to {@code sink} from now on, as well as to
     * the sinks given before (EventBridge and AWS Config both listen).
     */
    public void sendEventsTo(Ec2Event.Sink sink) {
        Ec2Event.Sink before = this.events;
        this.events = e -> {
            before.publish(e);
            sink.publish(e);
        };
    }

    void instanceStateChanged(Instance instance, Instant at) {
        events.publish(Ec2Event.instanceState(instance, at));
    }

    void imageStateChanged(Image image, Region region, String errorMessage, Instant at) {
        events.publish(Ec2Event.imageState(image, region, errorMessage, at));
    }

    void spotInterruptionWarning(Instance instance, String action, Instant at) {
        events.publish(Ec2Event.spotWarning(instance, action, at));
    }
}
