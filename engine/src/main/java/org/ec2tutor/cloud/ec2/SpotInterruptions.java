package org.ec2tutor.cloud.ec2;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.ec2tutor.cloud.billing.SpotPrices;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * EC2 taking a Spot Instance back: the two-minute notice (instance metadata {@code spot/instance-action}), then the
 * interruption behaviour the request asked for, with AWS's state reasons. If EC2 interrupts a Spot Instance in its
 * first hour, that hour is not charged (EC2 Spot billing).
 */
public final class SpotInterruptions {

    /** "Two minutes before" (EC2 User Guide, Spot Instance interruption notices). */
    public static final Duration NOTICE = Duration.ofMinutes(2);

    private static final DateTimeFormatter IMDS_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Ec2Context ctx;
    private final InstanceLifecycle lifecycle;

    SpotInterruptions(Ec2Context ctx) {
        this.ctx = ctx;
        this.lifecycle = new InstanceLifecycle(ctx.world());
    }

    /** Gives the notice now; returns when EC2 will act. */
    public Instant interrupt(String instanceId) {
        Instance instance = ctx.resources().instances.get(instanceId);
        if (instance == null || !instance.owner().equals(ctx.caller().id())) {
            throw Ec2Errors.noInstanceToInterrupt(instanceId);
        }
        SpotOptions spot = instance.spot().orElseThrow(() -> Ec2Errors.onDemandNotInterrupted(instanceId));
        if (instance.state() != InstanceState.RUNNING) {
            throw Ec2Errors.notRunningNotInterrupted(
                    instanceId, instance.state().awsName());
        }
        if (instance.interruptionAt().isPresent()) {
            throw Ec2Errors.interruptionAlreadyNoticed(
                    instanceId, instance.interruptionAt().get());
        }
        return notice(ctx.world(), lifecycle, instance, spot, ctx.now());
    }

    /** How far ahead a Spot Instance's price is watched for a step above its maximum price. */
    static final Duration PRICE_WATCH = Duration.ofDays(400);

    /**
     * When a running Spot Instance has a maximum price, EC2 takes it back at the first price step above it: the
     * notice at that step, the interruption two minutes later. Deterministic: the price model is seeded.
     */
    static void watchPrice(Ec2World world, InstanceLifecycle lifecycle, Instance instance, Instant now) {
        Optional<SpotOptions> spot = instance.spot();
        if (spot.isEmpty() || spot.get().maxPrice().isEmpty()) {
            return;
        }
        BigDecimal max = spot.get().maxPrice().get();
        Instant step = SpotPrices.stepStart(now);
        Instant until = now.plus(PRICE_WATCH);
        while (step.isBefore(until)) {
            step = step.plus(SpotPrices.STEP);
            if (world.spotPrices()
                            .price(instance.type().name(), instance.region(), instance.availabilityZone(), step)
                            .compareTo(max)
                    > 0) {
                long epoch = instance.epoch();
                world.scheduler.at(step, when -> {
                    if (instance.epoch() == epoch
                            && instance.state() == InstanceState.RUNNING
                            && instance.interruptionAt().isEmpty()) {
                        notice(world, lifecycle, instance, spot.get(), when);
                    }
                });
                return;
            }
        }
    }

    private static Instant notice(
            Ec2World world, InstanceLifecycle lifecycle, Instance instance, SpotOptions spot, Instant now) {
        Instant at = now.plus(NOTICE);
        instance.setInterruptionAt(Optional.of(at));
        instance.guest()
                .setMetadata(
                        "spot/instance-action",
                        "{\"action\": \"" + spot.interruption().awsName() + "\", \"time\": \"" + IMDS_TIME.format(at)
                                + "\"}");
        SpotRequestOperations.onNotice(world, instance, now);
        world.spotInterruptionWarning(instance, spot.interruption().awsName(), now);
        long epoch = instance.epoch();
        world.scheduler.at(at, when -> {
            instance.setInterruptionAt(Optional.empty());
            instance.guest().setMetadata("spot/instance-action", null);
            if (instance.epoch() == epoch && instance.state() == InstanceState.RUNNING) {
                act(world, lifecycle, instance, spot, when);
            }
        });
        return at;
    }

    private static void act(
            Ec2World world, InstanceLifecycle lifecycle, Instance instance, SpotOptions spot, Instant at) {
        boolean firstHour = instance.launchTime().plus(Duration.ofHours(1)).isAfter(at);
        if (firstHour) {
            world.meter.waive(instance.id(), UsageType.SPOT);
        } else {
            world.stopCompute(instance, at);
        }
        instance.setStatusOkAt(Optional.empty());
        instance.setStateTransitionReason(AwsTimes.serviceInitiated(at));
        if (spot.interruption() == SpotOptions.Interruption.TERMINATE) {
            instance.beginTransition(InstanceState.SHUTTING_DOWN);
            world.instanceStateChanged(instance, at);
            instance.setStateReason(Optional.of(StateReason.SPOT_TERMINATION));
            lifecycle.scheduleShuttingDown(instance, at);
            return;
        }
        boolean hibernating = spot.interruption() == SpotOptions.Interruption.HIBERNATE && instance.hibernationReady();
        instance.beginTransition(InstanceState.STOPPING);
        world.instanceStateChanged(instance, at);
        instance.setStateReason(Optional.of(StateReason.SPOT_SHUTDOWN));
        instance.setHibernated(hibernating);
        lifecycle.scheduleStopping(
                instance,
                at,
                hibernating ? Durations.hibernating(instance.type().memoryGib()) : Durations.STOPPING);
    }
}
