package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.guest.Disk;

/**
 * The second half of every transition: what happens when a pending, stopping or shutting-down instance settles on
 * the clock. Each completion checks the instance's epoch, so a transition overtaken by another (terminate while
 * stopping) never completes.
 */
final class InstanceLifecycle {

    private final Ec2World world;

    InstanceLifecycle(Ec2World world) {
        this.world = world;
    }

    void schedulePending(Instance instance, Instant from) {
        long epoch = instance.epoch();
        Duration boot = instance.type().bootsSlowly() ? Durations.PENDING_BARE_METAL : Durations.PENDING;
        world.scheduler.at(from.plus(boot), at -> {
            if (instance.epoch() == epoch) {
                reachRunning(instance, at);
            }
        });
    }

    private void reachRunning(Instance instance, Instant at) {
        boolean resumed = instance.hibernated();
        boolean firstBoot = instance.firstRunningAt().isEmpty();
        instance.settle(InstanceState.RUNNING);
        instance.guest()
                .boot(at, firstBoot ? instance.userData().flatMap(GuestSetup::script) : Optional.empty(), resumed);
        instance.setFirstRunningAt(at);
        instance.setPublicIp(Optional.of(newPublicIp(instance)));
        // Billing starts at running, not pending (EC2 User Guide, "Instance state changes").
        computeUsage(instance)
                .ifPresent(usage -> world.meter.open(
                        instance.owner(),
                        instance.region(),
                        instance.availabilityZone(),
                        instance.id(),
                        usage,
                        instance.type().name(),
                        1,
                        at));
        world.meter.open(
                instance.owner(),
                instance.region(),
                "",
                instance.publicIp().orElseThrow(),
                UsageType.PUBLIC_IPV4,
                "",
                1,
                at);
        // AWS clears the reason once the instance runs again.
        instance.setStateReason(Optional.empty());
        instance.setStateTransitionReason("");
        instance.setHibernated(false);
        instance.setStatusOkAt(Optional.of(at.plus(Durations.STATUS_INITIALIZING)));
        SpotInterruptions.watchPrice(world, this, instance, at);
    }

    /** What a running instance is billed as; nothing on a Dedicated Host, whose own line pays for it. */
    private static Optional<UsageType> computeUsage(Instance instance) {
        if (instance.spot().isPresent()) {
            return Optional.of(UsageType.SPOT);
        }
        return switch (instance.tenancy()) {
            case DEFAULT ->
                Optional.of(instance.platform() == Platform.WINDOWS ? UsageType.WINDOWS_COMPUTE : UsageType.COMPUTE);
            case DEDICATED -> Optional.of(UsageType.DEDICATED_INSTANCE);
            case HOST -> Optional.empty();
        };
    }

    void scheduleStopping(Instance instance, Instant from, Duration takes) {
        long epoch = instance.epoch();
        world.scheduler.at(from.plus(takes), at -> {
            if (instance.epoch() == epoch) {
                instance.settle(InstanceState.STOPPED);
                // A hibernating instance is billed while it saves its RAM; a stopping one was not (closed at stop).
                world.stopCompute(instance, at);
                releasePublicIp(instance, at);
                // Instance store is erased by stop and by hibernation; RAM survives only hibernation.
                instance.instanceStore().forEach(Disk::clear);
                if (!instance.hibernated()) {
                    instance.guest().powerOff();
                }
            }
        });
    }

    void scheduleShuttingDown(Instance instance, Instant from) {
        long epoch = instance.epoch();
        world.scheduler.at(from.plus(Durations.SHUTTING_DOWN), at -> {
            if (instance.epoch() == epoch) {
                reachTerminated(instance, at);
            }
        });
    }

    private void reachTerminated(Instance instance, Instant at) {
        RegionalResources res = world.region(instance.region());
        instance.settle(InstanceState.TERMINATED);
        instance.setTerminatedAt(at);
        instance.setStatusOkAt(Optional.empty());
        releasePublicIp(instance, at);
        Set<String> addresses = res.privateIpsBySubnet.get(instance.subnetId());
        if (addresses != null) {
            addresses.remove(instance.privateIp());
        }
        for (Instance.BlockDevice device : instance.blockDevices()) {
            Volume volume = res.volumes.get(device.volumeId());
            if (volume == null) {
                continue;
            }
            if (volume.attachment().map(Volume.Attachment::deleteOnTermination).orElse(false)) {
                volume.markDeleted();
                world.meter.close(volume.id(), UsageType.EBS_VOLUME, at);
                res.volumes.remove(volume.id());
            } else {
                volume.detach();
            }
        }
        for (Image image : res.images.values()) {
            if (image.state() == ImageState.PENDING
                    && image.origin() instanceof Image.FromInstance f
                    && f.instanceId().equals(instance.id())) {
                image.setState(ImageState.FAILED);
                image.setStateReason(Optional.of("Client.InstanceTerminated"));
            }
        }
        // "Terminated instances remain visible after termination (for approximately one hour)."
        world.scheduler.at(at.plus(Durations.TERMINATED_VISIBLE), gone -> res.instances.remove(instance.id()));
    }

    void releasePublicIp(Instance instance, Instant at) {
        instance.publicIp().ifPresent(ip -> {
            world.region(instance.region()).publicIpsInUse.remove(ip);
            world.meter.close(ip, UsageType.PUBLIC_IPV4, at);
        });
        instance.setPublicIp(Optional.empty());
    }

    /** A fresh public IPv4 from the Region's pool (3.80.0.0/12 in us-east-1, 34.240.0.0/13 in eu-west-1). */
    private String newPublicIp(Instance instance) {
        RegionalResources res = world.region(instance.region());
        while (true) {
            String ip;
            if (instance.region() == Region.US_EAST_1) {
                ip = "3." + (80 + world.ids.nextInt(16)) + "." + world.ids.nextInt(256) + "."
                        + (1 + world.ids.nextInt(254));
            } else {
                ip = "34." + (240 + world.ids.nextInt(8)) + "." + world.ids.nextInt(256) + "."
                        + (1 + world.ids.nextInt(254));
            }
            if (res.publicIpsInUse.add(ip)) {
                return ip;
            }
        }
    }

    /** Usable addresses of a /20 default subnet: AWS reserves the first four and the last one. */
    static final int SUBNET_ADDRESSES = 4096 - 5;

    static int freeAddresses(RegionalResources res, String subnetId) {
        return SUBNET_ADDRESSES
                - res.privateIpsBySubnet.getOrDefault(subnetId, Set.of()).size();
    }

    /**
     * A free private IPv4 in the zone's default subnet (172.31.X.0/20). Callers check {@link #freeAddresses} first,
     * so the subnet is never full here.
     */
    String newPrivateIp(RegionalResources res, String subnetId, String zone) {
        int base = NetworkLayout.subnetBase(res.region, zone);
        Set<String> used = res.privateIpsBySubnet.computeIfAbsent(subnetId, k -> new HashSet<>());
        if (used.size() >= SUBNET_ADDRESSES) {
            throw new IllegalStateException("subnet " + subnetId + " is full");
        }
        while (true) {
            int offset = 4 + world.ids.nextInt(SUBNET_ADDRESSES);
            String ip = "172.31." + (base + offset / 256) + "." + (offset % 256);
            if (used.add(ip)) {
                return ip;
            }
        }
    }
}
