package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.cloud.billing.UsageType;

/**
 * MonitorInstances and UnmonitorInstances: detailed (one-minute) CloudWatch monitoring turned on or off. The change
 * passes through {@code pending} or {@code disabling} first, as the API's state enum has it; how long that takes is
 * not published, so one minute is this simulator's choice. Detailed monitoring is billed by CloudWatch, not EC2: its
 * metrics per metric-month while the instance runs with it enabled (docs/ec2-behaviour.md section 20, "Credit options
 * ... and detailed monitoring").
 */
public final class MonitoringOperations {

    /** [I] How long {@code pending} and {@code disabling} last. */
    static final Duration SETTLES = Duration.ofMinutes(1);

    /** One instance's state after the call. */
    public record Change(String instanceId, MonitoringState state) {}

    private final Ec2Context ctx;

    MonitoringOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public List<Change> monitor(List<String> instanceIds) {
        List<Instance> instances = instances(instanceIds);
        List<Change> out = new ArrayList<>();
        for (Instance i : instances) {
            enable(ctx.world(), i, ctx.now());
            out.add(new Change(i.id(), i.monitoring()));
        }
        return out;
    }

    public List<Change> unmonitor(List<String> instanceIds) {
        List<Instance> instances = instances(instanceIds);
        List<Change> out = new ArrayList<>();
        for (Instance i : instances) {
            if (i.monitoring() == MonitoringState.ENABLED || i.monitoring() == MonitoringState.PENDING) {
                i.setMonitoring(MonitoringState.DISABLING);
                stopBilling(ctx.world(), i, ctx.now());
                ctx.world().scheduler.at(ctx.now().plus(SETTLES), at -> {
                    if (i.monitoring() == MonitoringState.DISABLING) {
                        i.setMonitoring(MonitoringState.DISABLED);
                    }
                });
            }
            out.add(new Change(i.id(), i.monitoring()));
        }
        return out;
    }

    /** Checks every id first, so a call naming one unknown instance changes nothing. */
    private List<Instance> instances(List<String> ids) {
        return new InstanceOperations(ctx).find(ids);
    }

    static void enable(Ec2World world, Instance i, Instant now) {
        if (i.monitoring() == MonitoringState.ENABLED || i.monitoring() == MonitoringState.PENDING) {
            return;
        }
        i.setMonitoring(MonitoringState.PENDING);
        world.scheduler.at(now.plus(SETTLES), at -> {
            if (i.monitoring() == MonitoringState.PENDING) {
                i.setMonitoring(MonitoringState.ENABLED);
                if (i.state() == InstanceState.RUNNING) {
                    startBilling(world, i, at);
                }
            }
        });
    }

    /**
     * CloudWatch bills the metrics a running instance with detailed monitoring sends; a stopped instance sends none.
     */
    static void startBilling(Ec2World world, Instance i, Instant at) {
        if (i.monitoring() != MonitoringState.ENABLED) {
            return;
        }
        world.meter.open(
                i.owner(),
                i.region(),
                i.availabilityZone(),
                i.id(),
                UsageType.DETAILED_MONITORING,
                "",
                world.prices().detailedMonitoringMetrics(),
                at);
    }

    static void stopBilling(Ec2World world, Instance i, Instant at) {
        world.meter.close(i.id(), UsageType.DETAILED_MONITORING, at);
    }
}
