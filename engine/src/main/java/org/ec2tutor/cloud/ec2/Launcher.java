package org.ec2tutor.cloud.ec2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.guest.Disk;

/**
 * RunInstances: every check AWS makes, in the order it makes them (docs/ec2-behaviour.md section 5),
 * before anything is created; then the reservation, its volumes and the pending → running transitions.
 */
final class Launcher {

    private static final String SSM_PREFIX = "resolve:ssm:";
    private static final Set<String> LAUNCH_TAGGABLE =
            Set.of("instance", "volume", "network-interface", "spot-instances-request");
    /** The API's historical default type; not simulated, so omitting the type is refused as AWS refuses it today. */
    private static final String DEFAULT_TYPE = "m1.small";

    private final Ec2Context ctx;
    private final InstanceLifecycle lifecycle;

    /** The Spot request this launch fulfils (RequestSpotInstances), instead of a request of its own. */
    private Optional<SpotRequest> fulfilling = Optional.empty();

    Launcher(Ec2Context ctx) {
        this.ctx = ctx;
        this.lifecycle = new InstanceLifecycle(ctx.world());
    }

    Launcher fulfilling(SpotRequest request) {
        this.fulfilling = Optional.of(request);
        return this;
    }

    Reservation launch(LaunchRequest request) {
        RegionalResources res = ctx.resources();
        Optional<String> token = request.clientToken().map(t -> ctx.caller().id() + "/" + t);
        if (token.isPresent() && res.reservationsByClientToken.containsKey(token.get())) {
            return existingReservation(res.reservationsByClientToken.get(token.get()));
        }
        if (request.minCount() < 1) {
            throw Ec2Errors.minCountNotPositive(request.minCount());
        }
        if (request.maxCount() < request.minCount()) {
            throw Ec2Errors.maxCountBelowMinCount();
        }
        Image image = new ImageLookup(ctx).launchable(resolveSsm(request.imageId()));
        InstanceType type = instanceType(request.instanceType().orElse(DEFAULT_TYPE));
        checkCompatible(type, image);
        Tenancy tenancy = tenancy(request);
        if (type.isMac() && tenancy != Tenancy.HOST) {
            // mac instances only run on an allocated Dedicated Host.
            throw Ec2Errors.unsupportedConfiguration();
        }
        if (tenancy != Tenancy.DEFAULT && request.market().isPresent()) {
            throw Ec2Errors.spotTenancyNotSimulated(tenancy.awsName());
        }
        HostOperations hosts = new HostOperations(ctx);
        Optional<DedicatedHost> firstHost = tenancy == Tenancy.HOST
                ? Optional.of(hosts.place(type, request.hostId(), request.availabilityZone()))
                : Optional.empty();
        Optional<Subnet> requestedSubnet =
                request.network().subnetId().map(id -> new NetworkOperations(ctx).subnet(id));
        String zone = firstHost
                .map(DedicatedHost::zone)
                .orElseGet(
                        () -> zone(requestedSubnet.map(Subnet::availabilityZone).or(request::availabilityZone), type));
        Subnet subnet = requestedSubnet.orElseGet(() -> defaultSubnet(zone));
        List<Instance.GroupRef> groups = securityGroups(request.network(), subnet);
        Optional<SpotPlan> spot = request.market().map(m -> spotPlan(m, type, zone));
        request.keyName().ifPresent(this::requireKeyPair);
        request.userData().ifPresent(UserData::check);
        ShutdownBehavior shutdown = request.shutdownBehavior()
                .map(b -> ShutdownBehavior.fromAwsName(b)
                        .orElseThrow(() -> Ec2Errors.invalidValueFor(b, "InstanceInitiatedShutdownBehavior")))
                .orElse(ShutdownBehavior.STOP);
        for (TagSpecification spec : request.tagSpecifications()) {
            if (!LAUNCH_TAGGABLE.contains(spec.resourceType())) {
                throw Ec2Errors.notTaggableHere(spec.resourceType());
            }
        }
        List<PlannedVolume> volumes = new BlockDevicePlanner(ctx).plan(image, type, request.blockDevices());
        PlannedVolume root = volumes.stream()
                .filter(v -> v.deviceName().equals(image.rootDeviceName()))
                .findFirst()
                .orElseThrow(() -> Ec2Errors.rootDeviceCannotBeRemoved(image.rootDeviceName()));
        boolean hibernationReady = request.hibernationConfigured() && checkHibernation(type, image, root);
        // Instances on Dedicated Hosts are bounded by the hosts' room, not the On-Demand vCPU quota.
        int count = tenancy == Tenancy.HOST
                ? request.maxCount()
                : launchableCount(type, request.minCount(), request.maxCount());
        // Each interface's addresses, the primary one included, count against the type's IPv4-per-interface limit.
        PrivateAddresses addresses = request.network().privateAddresses();
        int perInstance = 1 + PrivateIpOperations.checkLaunch(addresses, type, request.maxCount());
        PrivateIpOperations.checkNamed(ctx.resources(), subnet, named(addresses));
        int free = InstanceLifecycle.freeAddresses(ctx.resources(), subnet);
        if (free < request.minCount() * perInstance) {
            throw Ec2Errors.insufficientFreeAddresses(subnet.id());
        }
        count = Math.min(count, free / perInstance);

        if (firstHost.isPresent()) {
            count = Math.min(count, hosts.room(type, request.hostId(), zone));
            if (count < request.minCount()) {
                throw request.hostId().isPresent()
                        ? Ec2Errors.hostFull(request.hostId().get())
                        : Ec2Errors.noHostAvailable(type.name());
            }
        }
        boolean publicIp = request.network().associatePublicIp().orElse(subnet.mapPublicIpOnLaunch());
        return create(
                request,
                image,
                type,
                zone,
                new Placed(subnet, groups, publicIp),
                shutdown,
                volumes,
                hibernationReady,
                count,
                token,
                spot,
                tenancy);
    }

    /** Where the launched instances' primary interfaces go. */
    private record Placed(Subnet subnet, List<Instance.GroupRef> groups, boolean publicIp) {}

    /** Every address the launch names, the primary first. */
    private static List<String> named(PrivateAddresses addresses) {
        List<String> all = new java.util.ArrayList<>();
        addresses.primary().ifPresent(all::add);
        all.addAll(addresses.secondaries());
        return all;
    }

    /** The named primary address (checked free before anything launched), else a free one of the subnet. */
    private static String primaryAddress(
            InstanceLifecycle lifecycle, RegionalResources res, Subnet subnet, PrivateAddresses addresses) {
        if (addresses.primary().isEmpty()) {
            return lifecycle.newPrivateIp(res, subnet);
        }
        String ip = addresses.primary().get();
        res.privateIpsBySubnet
                .computeIfAbsent(subnet.id(), k -> new java.util.HashSet<>())
                .add(ip);
        return ip;
    }

    /** The zone's default subnet in the account's default VPC; without a default VPC a subnet must be named. */
    private Subnet defaultSubnet(String zone) {
        DefaultNetwork.ensure(ctx.resources(), ctx.caller().id());
        return ctx.resources().subnets.values().stream()
                .filter(s -> s.owner().equals(ctx.caller().id()) && s.defaultForAz())
                .filter(s -> s.availabilityZone().equals(zone))
                .findFirst()
                .orElseThrow(Ec2Errors::noDefaultVpc);
    }

    /**
     * The groups by id and by name (names only in the default VPC), all in the subnet's VPC; none given means the
     * VPC's {@code default} group.
     */
    private List<Instance.GroupRef> securityGroups(LaunchRequest.Network network, Subnet subnet) {
        SecurityGroupOperations groups = new SecurityGroupOperations(ctx);
        List<SecurityGroup> chosen = new ArrayList<>();
        network.securityGroupIds().forEach(id -> chosen.add(groups.byId(id)));
        network.securityGroupNames().forEach(name -> chosen.add(groups.byNameInDefaultVpc(name)));
        for (SecurityGroup g : chosen) {
            if (!g.vpcId().equals(subnet.vpcId())) {
                throw Ec2Errors.groupAndSubnetInDifferentNetworks(g.id(), subnet.id());
            }
        }
        if (chosen.isEmpty()) {
            ctx.resources().securityGroups.values().stream()
                    .filter(g -> g.vpcId().equals(subnet.vpcId()) && g.isDefault())
                    .findFirst()
                    .ifPresent(chosen::add);
        }
        return chosen.stream()
                .distinct()
                .map(g -> new Instance.GroupRef(g.id(), g.name()))
                .toList();
    }

    private static Tenancy tenancy(LaunchRequest request) {
        Tenancy tenancy = request.tenancy()
                .map(t -> Tenancy.fromAwsName(t).orElseThrow(() -> Ec2Errors.invalidValueFor(t, "Tenancy")))
                .orElse(request.hostId().isPresent() ? Tenancy.HOST : Tenancy.DEFAULT);
        if (request.hostId().isPresent() && tenancy != Tenancy.HOST) {
            // [I] wording; a host id only makes sense with tenancy host.
            throw Ec2Errors.hostIdNeedsHostTenancy();
        }
        return tenancy;
    }

    /** A validated Spot request, before each instance gets its own request id. */
    private record SpotPlan(boolean persistent, SpotOptions.Interruption interruption, Optional<BigDecimal> maxPrice) {}

    private SpotPlan spotPlan(SpotOptions.Requested m, InstanceType type, String zone) {
        if (!"spot".equals(m.marketType())) {
            throw Ec2Errors.marketTypeNotSimulated(m.marketType());
        }
        boolean persistent = m.spotInstanceType()
                .map(t -> switch (t) {
                    case "persistent" -> true;
                    case "one-time" -> false;
                    default -> throw Ec2Errors.invalidValueFor(t, "SpotInstanceType");
                })
                .orElse(false);
        SpotOptions.Interruption interruption = m.interruptionBehavior()
                .map(b -> SpotOptions.Interruption.fromAwsName(b)
                        .orElseThrow(() -> Ec2Errors.invalidValueFor(b, "InstanceInterruptionBehavior")))
                .orElse(SpotOptions.Interruption.TERMINATE);
        if (persistent && interruption == SpotOptions.Interruption.TERMINATE) {
            throw Ec2Errors.persistentSpotNeedsStopOrHibernate();
        }
        if (!persistent && interruption != SpotOptions.Interruption.TERMINATE) {
            throw Ec2Errors.oneTimeSpotNeedsTerminate();
        }
        Optional<BigDecimal> maxPrice = m.maxPrice().map(p -> {
            try {
                return new BigDecimal(p);
            } catch (NumberFormatException e) {
                throw Ec2Errors.invalidValueFor(p, "MaxPrice");
            }
        });
        BigDecimal current = ctx.world().spotPrices().price(type.name(), ctx.region(), zone, ctx.now());
        if (maxPrice.filter(p -> p.compareTo(current) < 0).isPresent()) {
            throw Ec2Errors.spotMaxPriceTooLow(maxPrice.get(), current);
        }
        return new SpotPlan(persistent, interruption, maxPrice);
    }

    private Reservation create(
            LaunchRequest request,
            Image image,
            InstanceType type,
            String zone,
            Placed placed,
            ShutdownBehavior shutdown,
            List<PlannedVolume> volumes,
            boolean hibernationReady,
            int count,
            Optional<String> token,
            Optional<SpotPlan> spot,
            Tenancy tenancy) {
        HostOperations hosts = new HostOperations(ctx);
        RegionalResources res = ctx.resources();
        String reservationId = ctx.world().ids.resourceId("r");
        List<Instance> launched = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instance instance = new Instance(
                    ctx.world().ids.resourceId("i"),
                    ctx.caller().id(),
                    ctx.region(),
                    reservationId,
                    image.id(),
                    type,
                    image.architecture(),
                    image.platform(),
                    zone,
                    placed.subnet().id(),
                    placed.subnet().vpcId(),
                    primaryAddress(
                            lifecycle, res, placed.subnet(), request.network().privateAddresses()),
                    request.keyName(),
                    i,
                    request.hibernationConfigured(),
                    hibernationReady,
                    image.rootDeviceName(),
                    request.userData(),
                    request.clientToken(),
                    ctx.now());
            PrivateAddresses asked = request.network().privateAddresses();
            for (String ip : asked.secondaries()) {
                res.privateIpsBySubnet.get(placed.subnet().id()).add(ip);
                instance.addSecondaryPrivateIp(ip);
            }
            for (int k = 0; k < asked.secondaryCount(); k++) {
                instance.addSecondaryPrivateIp(lifecycle.newPrivateIp(res, placed.subnet()));
            }
            instance.setDisableApiTermination(request.disableApiTermination());
            instance.setDisableApiStop(request.disableApiStop());
            instance.setShutdownBehavior(shutdown);
            instance.setTenancy(tenancy);
            instance.setSecurityGroups(placed.groups());
            instance.setAssignsPublicIp(placed.publicIp());
            if (tenancy == Tenancy.HOST) {
                // Placed one by one, so each later instance sees the room the earlier ones took.
                instance.setHostId(Optional.of(
                        hosts.place(type, request.hostId(), Optional.of(zone)).id()));
            }
            if (fulfilling.isPresent()) {
                SpotRequest r = fulfilling.get();
                instance.setSpot(new SpotOptions(r.id(), r.persistent(), r.interruption(), r.maxPrice()));
            } else {
                spot.ifPresent(plan -> instance.setSpot(new SpotOptions(
                        SpotRequestOperations.newId(ctx.world()),
                        plan.persistent(),
                        plan.interruption(),
                        plan.maxPrice())));
            }
            for (PlannedVolume planned : volumes) {
                Volume volume = new Volume(
                        ctx.world().ids.resourceId("vol"),
                        ctx.caller().id(),
                        zone,
                        planned.sizeGib(),
                        planned.volumeType(),
                        planned.encrypted(),
                        planned.snapshotId(),
                        ctx.now(),
                        planned.snapshotId()
                                .map(res.snapshots::get)
                                .map(s -> s.disk().copy())
                                .orElseGet(Disk::new));
                volume.attach(new Volume.Attachment(
                        instance.id(), planned.deviceName(), ctx.now(), planned.deleteOnTermination()));
                res.volumes.put(volume.id(), volume);
                VolumeBilling.open(ctx.world(), ctx.region(), volume, ctx.now());
                instance.addBlockDevice(new Instance.BlockDevice(planned.deviceName(), volume.id()));
                tag(request, "volume", volume.tags());
            }
            tag(request, "instance", instance.tags());
            if (fulfilling.isEmpty() && instance.spot().isPresent()) {
                // RunInstances' Spot market options make a Spot request too (docs/ec2-behaviour.md).
                SpotRequestOperations.recordForLaunch(
                        ctx, instance, instance.spot().get());
                tag(
                        request,
                        "spot-instances-request",
                        ctx.resources()
                                .spotRequests
                                .get(instance.spot().get().requestId())
                                .tags());
            }
            GuestSetup.attach(instance, image, type, res);
            res.instances.put(instance.id(), instance);
            ctx.world().instanceStateChanged(instance, ctx.now());
            lifecycle.schedulePending(instance, ctx.now());
            launched.add(instance);
        }
        image.setLastLaunchedTime(ctx.now());
        token.ifPresent(t -> res.reservationsByClientToken.put(t, reservationId));
        return new Reservation(reservationId, ctx.caller().id(), launched);
    }

    private static void tag(LaunchRequest request, String resourceType, Tags tags) {
        for (TagSpecification spec : request.tagSpecifications()) {
            if (spec.resourceType().equals(resourceType)) {
                spec.tags().forEach(tags::put);
            }
        }
    }

    private Reservation existingReservation(String reservationId) {
        List<Instance> instances = ctx.resources().instances.values().stream()
                .filter(i -> i.reservationId().equals(reservationId))
                .toList();
        return new Reservation(reservationId, ctx.caller().id(), instances);
    }

    private String resolveSsm(String imageId) {
        if (!imageId.startsWith(SSM_PREFIX)) {
            return imageId;
        }
        String parameter = imageId.substring(SSM_PREFIX.length());
        return ctx.resources().images.values().stream()
                .filter(i -> i.publicSsmParameter().filter(parameter::equals).isPresent())
                .map(Image::id)
                .findFirst()
                .orElseThrow(() -> Ec2Errors.ssmParameterNotFound(imageId, parameter));
    }

    private InstanceType instanceType(String name) {
        Optional<InstanceType> type = ctx.world().types.find(name);
        if (type.isPresent()) {
            return type.get();
        }
        if (name.equals(DEFAULT_TYPE)) {
            throw Ec2Errors.unsupportedConfiguration();
        }
        throw Ec2Errors.unknownInstanceType(name);
    }

    private static void checkCompatible(InstanceType type, Image image) {
        if (!type.supports(image.architecture())) {
            throw Ec2Errors.architectureMismatch(
                    type.architectures().get(type.architectures().size() - 1).awsName(),
                    image.architecture().awsName());
        }
        if (image.virtualizationType().equals("paravirtual")
                && type.hypervisor().filter("nitro"::equals).isPresent()) {
            throw Ec2Errors.unsupportedConfiguration();
        }
    }

    private String zone(Optional<String> requested, InstanceType type) {
        List<String> zones = ctx.region().availabilityZones();
        List<String> offering =
                zones.stream().filter(z -> !type.unavailableZones().contains(z)).toList();
        if (requested.isPresent()) {
            String zone = requested.get();
            if (!zones.contains(zone)) {
                throw Ec2Errors.invalidAvailabilityZone(zone);
            }
            if (!offering.contains(zone)) {
                throw Ec2Errors.typeNotOfferedInZone(type.name(), zone, offering);
            }
            if (ctx.resources().exhaustedCapacity.contains(type.name() + "/" + zone)) {
                List<String> others = offering.stream()
                        .filter(z -> !z.equals(zone))
                        .filter(z -> !ctx.resources().exhaustedCapacity.contains(type.name() + "/" + z))
                        .toList();
                throw Ec2Errors.insufficientCapacity(type.name(), zone, others);
            }
            return zone;
        }
        return offering.stream()
                .filter(z -> !ctx.resources().exhaustedCapacity.contains(type.name() + "/" + z))
                .findFirst()
                .orElseThrow(() -> Ec2Errors.insufficientCapacity(type.name(), offering.get(0), List.of()));
    }

    private void requireKeyPair(String name) {
        Map<String, KeyPair> keys =
                ctx.resources().keyPairs.getOrDefault(ctx.caller().id(), new LinkedHashMap<>());
        if (!keys.containsKey(name)) {
            throw Ec2Errors.keyPairNotFound(name);
        }
    }

    /**
     * Hibernation prerequisites checked at launch (EC2 User Guide "Prerequisites for EC2 instance hibernation").
     * Returns whether the root volume is large enough to hold RAM: if not, AWS still launches, and a later hibernate
     * falls back to an ordinary stop.
     */
    private static boolean checkHibernation(InstanceType type, Image image, PlannedVolume root) {
        if (!type.hibernationSupported() || (image.platform() == Platform.WINDOWS && type.memoryGib() > 16)) {
            throw Ec2Errors.hibernationUnsupportedType(type.name());
        }
        if (!root.encrypted()) {
            throw Ec2Errors.hibernationRootNotEncrypted();
        }
        int imageRoot = image.rootDevice().map(ImageDevice.Ebs::sizeGib).orElse(8);
        return root.sizeGib() >= imageRoot + Math.ceil(type.memoryGib());
    }

    /** MinCount must fit the vCPU quota; up to MaxCount launch while they fit. */
    private int launchableCount(InstanceType type, int min, int max) {
        int limit = ctx.world().quotas.limit(type.vcpuBucket());
        if (limit == Integer.MAX_VALUE) {
            return max;
        }
        long used = ctx.resources().instances.values().stream()
                .filter(i -> i.owner().equals(ctx.caller().id()) && i.tenancy() != Tenancy.HOST)
                .filter(i -> i.state() == InstanceState.PENDING || i.state() == InstanceState.RUNNING)
                .filter(i -> i.type().vcpuBucket() == type.vcpuBucket())
                .mapToLong(i -> i.type().vcpus())
                .sum();
        long fits = (limit - used) / type.vcpus();
        if (fits < min) {
            throw Ec2Errors.vcpuLimitExceeded(limit);
        }
        return (int) Math.min(max, fits);
    }
}
