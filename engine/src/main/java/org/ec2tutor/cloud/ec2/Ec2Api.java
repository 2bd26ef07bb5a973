package org.ec2tutor.cloud.ec2;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.SpotPrices;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * EC2 as one account sees it in one Region: the entry to every domain operation. Obtained from the {@code Cloud},
 * which serialises calls; an instance is cheap and holds no state of its own.
 */
public final class Ec2Api {

    private final Ec2Context ctx;

    public Ec2Api(Ec2World world, Account caller, Region region) {
        this.ctx = new Ec2Context(world, caller, region);
    }

    public Account caller() {
        return ctx.caller();
    }

    public Region region() {
        return ctx.region();
    }

    public InstanceOperations instances() {
        return new InstanceOperations(ctx);
    }

    public ImageOperations images() {
        return new ImageOperations(ctx);
    }

    public StorageOperations storage() {
        return new StorageOperations(ctx);
    }

    public VolumeOperations volumes() {
        return new VolumeOperations(ctx);
    }

    public SnapshotOperations snapshots() {
        return new SnapshotOperations(ctx);
    }

    public EbsEncryption ebsEncryption() {
        return new EbsEncryption(ctx);
    }

    public TagOperations tags() {
        return new TagOperations(ctx);
    }

    public NetworkOperations networks() {
        return new NetworkOperations(ctx);
    }

    public SecurityGroupOperations securityGroups() {
        return new SecurityGroupOperations(ctx);
    }

    public ElasticIpOperations elasticIps() {
        return new ElasticIpOperations(ctx);
    }

    public PrivateIpOperations privateIps() {
        return new PrivateIpOperations(ctx);
    }

    public ProfileAssociations profileAssociations() {
        return new ProfileAssociations(ctx);
    }

    public InstanceProfiles instanceProfiles() {
        return new InstanceProfiles(ctx);
    }

    public MetadataOptionsOperations metadataOptions() {
        return new MetadataOptionsOperations(ctx);
    }

    public KeyPairOperations keyPairs() {
        return new KeyPairOperations(ctx);
    }

    /** One Spot price as DescribeSpotPriceHistory reports it: in force from {@code since}. */
    public record SpotPricePoint(String instanceType, String zone, BigDecimal price, Instant since) {}

    /**
     * The Spot prices of the Region, newest first: every change between {@code start} and {@code end} (default:
     * now), plus the price in force at {@code start}, for Linux/UNIX (the only product simulated).
     */
    public Page<SpotPricePoint> spotPriceHistory(
            List<String> types,
            List<String> products,
            Optional<String> zone,
            Optional<Instant> start,
            Optional<Instant> end,
            Optional<Integer> maxResults,
            Optional<String> nextToken) {
        Instant until = end.orElse(ctx.now());
        if (until.isAfter(ctx.now())) {
            until = ctx.now();
        }
        Instant from = start.orElse(until);
        if (from.isAfter(until)) {
            throw Ec2Errors.startTimeAfterEndTime();
        }
        for (String t : types) {
            if (ctx.world().types.find(t).isEmpty()) {
                throw Ec2Errors.invalidValueFor(t, "InstanceType");
            }
        }
        zone.filter(z -> !ctx.region().availabilityZones().contains(z)).ifPresent(z -> {
            throw Ec2Errors.invalidAvailabilityZone(z);
        });
        if (!products.isEmpty() && products.stream().noneMatch(p -> p.startsWith("Linux/UNIX"))) {
            return Page.of(List.of(), maxResults, nextToken);
        }
        // AWS keeps 90 days of history: an older start time starts there.
        Instant horizon = ctx.now().minus(SpotPrices.HISTORY);
        if (from.isBefore(horizon)) {
            from = horizon;
        }
        List<String> typeNames = types.isEmpty()
                ? ctx.world().types.all().stream()
                        .filter(t -> !t.isMac())
                        .map(InstanceType::name)
                        .sorted()
                        .toList()
                : types;
        List<String> zones = zone.map(List::of).orElse(ctx.region().availabilityZones());
        var prices = ctx.world().spotPrices();
        Instant newest = SpotPrices.stepStart(until);
        long steps = Duration.between(SpotPrices.stepStart(from), newest).dividedBy(SpotPrices.STEP) + 1;
        long perStep = (long) typeNames.size() * zones.size();
        // Newest step first, then type, then zone: item i is computed from i alone, so a page costs its own size
        // and paging through the whole history is linear.
        return Page.ofIndexed(
                steps * perStep,
                i -> {
                    Instant t = newest.minus(SpotPrices.STEP.multipliedBy(i / perStep));
                    String type = typeNames.get((int) (i % perStep / zones.size()));
                    String z = zones.get((int) (i % zones.size()));
                    return new SpotPricePoint(type, z, prices.price(type, ctx.region(), z, t), t);
                },
                Optional.of(Math.min(maxResults.orElse(SPOT_PAGE), SPOT_PAGE)),
                nextToken);
    }

    /** DescribeSpotPriceHistory's page: "between 1 and 1000. The default value is 1000" (the API reference). */
    static final int SPOT_PAGE = 1000;

    public SpotInterruptions spotInterruptions() {
        return new SpotInterruptions(ctx);
    }

    public CapacityReservationOperations capacityReservations() {
        return new CapacityReservationOperations(ctx);
    }

    public HostOperations hosts() {
        return new HostOperations(ctx);
    }

    public ReservedInstanceOperations reservedInstances() {
        return new ReservedInstanceOperations(ctx);
    }

    public SavingsPlanOperations savingsPlans() {
        return new SavingsPlanOperations(ctx);
    }

    public RunCommandOperations runCommand() {
        return new RunCommandOperations(ctx);
    }

    public InstanceTypeQueries instanceTypes() {
        return new InstanceTypeQueries(ctx);
    }

    // Issue 22: launch templates, Spot requests, credit specifications, detailed monitoring.

    public LaunchTemplateOperations launchTemplates() {
        return new LaunchTemplateOperations(ctx);
    }

    public SpotRequestOperations spotRequests() {
        return new SpotRequestOperations(ctx);
    }

    public CreditSpecifications creditSpecifications() {
        return new CreditSpecifications(ctx);
    }

    public MonitoringOperations monitoring() {
        return new MonitoringOperations(ctx);
    }
}
