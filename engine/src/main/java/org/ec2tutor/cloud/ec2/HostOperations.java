package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ec2tutor.cloud.billing.PriceList;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Dedicated Hosts: AllocateHosts, DescribeHosts, ReleaseHosts. A host is billed per second from allocation to release
 * (see {@code BillCalculator}); instances launched with tenancy {@code host} run on it and are not billed themselves.
 */
public final class HostOperations {

    /** "You can't release a Mac Dedicated Host for 24 hours after allocation" (EC2 User Guide, Mac instances). */
    static final Duration MAC_MINIMUM_ALLOCATION = Duration.ofHours(24);

    /** AllocateHosts' parameters the simulator honours. */
    public record Request(
            Optional<String> availabilityZone,
            Optional<String> instanceType,
            Optional<String> instanceFamily,
            Optional<Integer> quantity,
            Optional<String> autoPlacement,
            List<TagSpecification> tagSpecifications) {}

    /** A host with what runs on it now, and the instance types of the catalog that it can run. */
    public record Described(
            DedicatedHost host, List<Instance> instances, int availableVcpus, List<InstanceType> sizes) {}

    /** ReleaseHosts' answer: the hosts released and, for each one that was not, why (AWS reports, never throws). */
    public record Released(List<String> successful, List<Unsuccessful> unsuccessful) {}

    public record Unsuccessful(String hostId, String code, String message) {}

    private final Ec2Context ctx;

    HostOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public List<String> allocate(Request r) {
        String zone = r.availabilityZone().orElseThrow(() -> Ec2Errors.missingParameter("AvailabilityZone"));
        if (!ctx.region().availabilityZones().contains(zone)) {
            throw Ec2Errors.invalidAvailabilityZone(zone);
        }
        if (r.instanceType().isPresent() == r.instanceFamily().isPresent()) {
            throw Ec2Errors.hostTypeOrFamily();
        }
        String family = r.instanceFamily()
                .orElseGet(() -> ctx.world()
                        .types
                        .find(r.instanceType().get())
                        .orElseThrow(
                                () -> Ec2Errors.invalidValueFor(r.instanceType().get(), "InstanceType"))
                        .family());
        PriceList.HostRate rate = ctx.world()
                .prices()
                .host(family)
                .orElseThrow(() -> Ec2Errors.hostFamilyNotSimulated(
                        family, ctx.world().prices().hostFamilies()));
        int quantity = r.quantity().orElse(1);
        if (quantity < 1) {
            throw Ec2Errors.invalidValueFor(String.valueOf(quantity), "Quantity");
        }
        boolean auto = r.autoPlacement()
                .map(a -> switch (a) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw Ec2Errors.invalidValueFor(a, "AutoPlacement");
                })
                .orElse(false);
        for (TagSpecification spec : r.tagSpecifications()) {
            if (!spec.resourceType().equals("dedicated-host")) {
                throw Ec2Errors.notTaggableHere(spec.resourceType());
            }
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < quantity; i++) {
            DedicatedHost host = new DedicatedHost(
                    ctx.world().ids.resourceId("h"),
                    ctx.caller().id(),
                    ctx.region(),
                    zone,
                    family,
                    r.instanceType(),
                    rate.vcpus(),
                    auto,
                    ctx.now());
            r.tagSpecifications().forEach(spec -> spec.tags().forEach(host.tags()::put));
            ctx.resources().hosts.put(host.id(), host);
            ctx.world()
                    .meter
                    .open(
                            ctx.caller().id(),
                            ctx.region(),
                            zone,
                            host.id(),
                            UsageType.DEDICATED_HOST,
                            family,
                            1,
                            ctx.now());
            ids.add(host.id());
        }
        return ids;
    }

    private static final FilterSet<DedicatedHost> FILTERS = FilterSet.withTags(DedicatedHost::tags)
            .addOne("state", DedicatedHost::state)
            .addOne("availability-zone", DedicatedHost::zone)
            .addOne("instance-type", h -> h.instanceType().orElse(""))
            .addOne("auto-placement", h -> h.autoPlacement() ? "on" : "off");

    public List<Described> describe(List<String> ids, List<Filter> filters) {
        FILTERS.validate(filters);
        List<DedicatedHost> hosts =
                ids.isEmpty() ? mine() : ids.stream().map(this::find).toList();
        return hosts.stream()
                .filter(h -> FILTERS.matches(h, filters))
                .map(this::described)
                .toList();
    }

    public Released release(List<String> ids) {
        if (ids.isEmpty()) {
            throw Ec2Errors.missingParameter("HostIds");
        }
        List<String> released = new ArrayList<>();
        List<Unsuccessful> refused = new ArrayList<>();
        for (String id : ids) {
            Optional<DedicatedHost> found =
                    mine().stream().filter(h -> h.id().equals(id)).findFirst();
            if (found.isEmpty()) {
                refused.add(new Unsuccessful(id, "InvalidHostID.NotFound", "The host ID '" + id + "' does not exist"));
                continue;
            }
            DedicatedHost host = found.get();
            // [I] codes and wording of the refusals; the rules are the User Guide's ("Release Dedicated Hosts").
            if (host.released()) {
                refused.add(
                        new Unsuccessful(id, "InvalidHost.State", "Dedicated Host " + id + " is already released."));
            } else if (!occupants(host).isEmpty()) {
                refused.add(new Unsuccessful(
                        id,
                        "InvalidHost.Occupied",
                        "Dedicated Host " + id
                                + " has instances on it. Stop or terminate them before you release the host."));
            } else if (host.family().startsWith("mac")
                    && ctx.now().isBefore(host.allocationTime().plus(MAC_MINIMUM_ALLOCATION))) {
                refused.add(new Unsuccessful(
                        id,
                        "UnsupportedOperation",
                        "You can't release Mac Dedicated Host " + id + " until 24 hours after it was allocated."));
            } else {
                host.release(ctx.now());
                ctx.world().meter.close(id, UsageType.DEDICATED_HOST, ctx.now());
                released.add(id);
            }
        }
        return new Released(released, refused);
    }

    /**
     * The host an instance of {@code type} launches onto: the named one, or the first available host of the account
     * with auto-placement on that fits and has room (in allocation order, so placement is deterministic).
     */
    DedicatedHost place(InstanceType type, Optional<String> hostId, Optional<String> zone) {
        if (hostId.isPresent()) {
            DedicatedHost host = find(hostId.get());
            if (host.released() || !host.fits(type)) {
                throw Ec2Errors.noHostAvailable(type.name());
            }
            if (freeVcpus(host) < type.vcpus()) {
                throw Ec2Errors.hostFull(host.id());
            }
            return host;
        }
        return autoPlacementHosts(type, zone)
                .filter(h -> freeVcpus(h) >= type.vcpus())
                .findFirst()
                .orElseThrow(() -> Ec2Errors.noHostAvailable(type.name()));
    }

    /** How many instances of {@code type} fit on the named host, or on the zone's auto-placement hosts. */
    int room(InstanceType type, Optional<String> hostId, String zone) {
        if (hostId.isPresent()) {
            return freeVcpus(find(hostId.get())) / type.vcpus();
        }
        return autoPlacementHosts(type, Optional.of(zone))
                .mapToInt(h -> freeVcpus(h) / type.vcpus())
                .sum();
    }

    /** The account's available hosts with auto-placement on that can run {@code type}, in allocation order. */
    private Stream<DedicatedHost> autoPlacementHosts(InstanceType type, Optional<String> zone) {
        return mine().stream()
                .filter(h -> !h.released() && h.autoPlacement() && h.fits(type))
                .filter(h -> zone.map(h.zone()::equals).orElse(true));
    }

    int freeVcpus(DedicatedHost host) {
        return host.vcpus()
                - occupants(host).stream().mapToInt(i -> i.type().vcpus()).sum();
    }

    /**
     * Instances on the host now. A stopped instance frees its place ("stop or terminate the instances before you
     * release the host"); when it starts again it needs room on a host.
     */
    private List<Instance> occupants(DedicatedHost host) {
        return ctx.resources().instances.values().stream()
                .filter(i -> i.hostId().filter(host.id()::equals).isPresent())
                .filter(i -> i.state() != InstanceState.TERMINATED && i.state() != InstanceState.STOPPED)
                .toList();
    }

    private List<DedicatedHost> mine() {
        return ctx.resources().hosts.values().stream()
                .filter(h -> h.owner().equals(ctx.caller().id()))
                .toList();
    }

    DedicatedHost find(String id) {
        return mine().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow(() -> Ec2Errors.hostNotFound(id));
    }

    private Described described(DedicatedHost host) {
        return new Described(
                host,
                occupants(host),
                host.released() ? 0 : freeVcpus(host),
                ctx.world().types.all().stream().filter(host::fits).toList());
    }
}
