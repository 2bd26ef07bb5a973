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
        world.instanceStateChanged(instance, at);
        instance.guest().connect(new InstanceNetwork(world, instance));
        instance.guest().metadataService().configure(instance.metadataOptions().guestSettings());
        instance.guest()
                .boot(at, firstBoot ? instance.userData().flatMap(GuestSetup::script) : Optional.empty(), resumed);
        instance.setFirstRunningAt(at);
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
        MonitoringOperations.startBilling(world, instance, at);
        world.creditsRunning(instance, at);
        if (instance.elasticIp().isEmpty()) {
            assignPublicIp(instance, at);
        }
        InstanceMetadata.publish(instance);
        // AWS clears the reason once the instance runs again.
        instance.setStateReason(Optional.empty());
        instance.setStateTransitionReason("");
        instance.setHibernated(false);
        instance.setStatusOkAt(Optional.of(at.plus(Durations.STATUS_INITIALIZING)));
        SpotInterruptions.watchPrice(world, this, instance, at);
        SpotRequestOperations.onRunning(world, instance, at);
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
                world.instanceStateChanged(instance, at);
                // A hibernating instance is billed while it saves its RAM; a stopping one was not (closed at stop).
                world.stopCompute(instance, at);
                releasePublicIp(instance, at);
                // Instance store is erased by stop and by hibernation; RAM survives only hibernation.
                instance.instanceStore().forEach(Disk::clear);
                if (!instance.hibernated()) {
                    instance.guest().powerOff();
                }
                SpotRequestOperations.onStopped(world, instance, at);
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
        world.instanceStateChanged(instance, at);
        instance.setTerminatedAt(at);
        instance.setStatusOkAt(Optional.empty());
        ElasticIpOperations.onTerminated(res, instance);
        ProfileAssociations.onTerminated(world, instance, at);
        releasePublicIp(instance, at);
        Set<String> addresses = res.privateIpsBySubnet.get(instance.subnetId());
        if (addresses != null) {
            addresses.remove(instance.privateIp());
            // Secondary addresses go back to the subnet with the primary interface (deleted on termination).
            instance.secondaryPrivateIps().forEach(addresses::remove);
        }
        for (Instance.BlockDevice device : instance.blockDevices()) {
            Volume volume = res.volumes.get(device.volumeId());
            if (volume == null) {
                continue;
            }
            if (volume.attachment().map(Volume.Attachment::deleteOnTermination).orElse(false)) {
                volume.markDeleted();
                VolumeBilling.close(world, volume.id(), at);
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
                world.imageStateChanged(image, instance.region(), "Client.InstanceTerminated", at);
            }
        }
        SpotRequestOperations.onTerminated(world, instance, at);
        // "Terminated instances remain visible after termination (for approximately one hour)."
        world.scheduler.at(at.plus(Durations.TERMINATED_VISIBLE), gone -> res.instances.remove(instance.id()));
    }

    /**
     * A fresh auto-assigned address at each start, when the subnet or launch asks for one; billed like every public
     * IPv4 address.
     */
    void assignPublicIp(Instance instance, Instant at) {
        if (!instance.assignsPublicIp()) {
            return;
        }
        instance.setPublicIp(Optional.of(newPublicIp(instance.region())));
        world.meter.open(
                instance.owner(),
                instance.region(),
                "",
                instance.publicIp().orElseThrow(),
                UsageType.PUBLIC_IPV4,
                "",
                1,
                at);
    }

    /** Gives back the auto-assigned address; an Elastic IP stays (it is billed on its own allocation). */
    void releasePublicIp(Instance instance, Instant at) {
        if (instance.elasticIp().isPresent()) {
            return;
        }
        instance.publicIp().ifPresent(ip -> {
            world.region(instance.region()).publicIpsInUse.remove(ip);
            world.meter.close(ip, UsageType.PUBLIC_IPV4, at);
        });
        instance.setPublicIp(Optional.empty());
    }

    /**
     * A fresh public IPv4 from the Region's pool (3.80.0.0/12 in us-east-1, 34.240.0.0/13 in eu-west-1, 15.N.0.0/16
     * elsewhere).
     */
    String newPublicIp(Region region) {
        RegionalResources res = world.region(region);
        while (true) {
            String ip;
            if (region == Region.US_EAST_1) {
                ip = "3." + (80 + world.ids.nextInt(16)) + "." + world.ids.nextInt(256) + "."
                        + (1 + world.ids.nextInt(254));
            } else if (region == Region.EU_WEST_1) {
                ip = "34." + (240 + world.ids.nextInt(8)) + "." + world.ids.nextInt(256) + "."
                        + (1 + world.ids.nextInt(254));
            } else {
                // Every other Region its own /16 of 15.0.0.0/8, so a public address names one Region [I].
                ip = "15." + (100 + region.ordinalForAddresses()) + "." + world.ids.nextInt(256) + "."
                        + (1 + world.ids.nextInt(254));
            }
            if (res.publicIpsInUse.add(ip)) {
                return ip;
            }
        }
    }

    static int freeAddresses(RegionalResources res, Subnet subnet) {
        return subnet.usableAddresses()
                - res.privateIpsBySubnet.getOrDefault(subnet.id(), Set.of()).size();
    }

    /**
     * A free private IPv4 in the subnet, never one of the four first addresses AWS reserves or the last. Callers
     * check {@link #freeAddresses} first, so the subnet is never full here.
     */
    String newPrivateIp(RegionalResources res, Subnet subnet) {
        Cidr range = Cidr.parse(subnet.cidr());
        Set<String> used = res.privateIpsBySubnet.computeIfAbsent(subnet.id(), k -> new HashSet<>());
        if (used.size() >= subnet.usableAddresses()) {
            throw new IllegalStateException("subnet " + subnet.id() + " is full");
        }
        while (true) {
            String ip = range.address(4 + world.ids.nextInt(subnet.usableAddresses()));
            if (used.add(ip)) {
                return ip;
            }
        }
    }
}
