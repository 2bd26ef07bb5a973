package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.ec2.InstanceStateMachine.Move;
import org.ec2tutor.cloud.ec2.InstanceStateMachine.Operation;
import org.ec2tutor.cloud.ec2.InstanceStateMachine.Refused;
import org.ec2tutor.cloud.ec2.InstanceStateMachine.Transition;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * The instance operations of one account in one Region. Batch calls are validated as a whole first (ids, then
 * protection, then state, then feature support) and applied only if every instance passes, as AWS does: a
 * failing call changes nothing.
 */
public final class InstanceOperations {

    private final Ec2Context ctx;
    private final InstanceLifecycle lifecycle;

    InstanceOperations(Ec2Context ctx) {
        this.ctx = ctx;
        this.lifecycle = new InstanceLifecycle(ctx.world());
    }

    public Reservation run(LaunchRequest request) {
        return new Launcher(ctx).launch(request);
    }

    public List<StateChange> start(List<String> ids) {
        List<Instance> instances = find(ids);
        List<Transition> transitions = transitions(instances, Operation.START);
        checkStartQuota(instances, transitions);
        for (int i = 0; i < instances.size(); i++) {
            if (transitions.get(i) instanceof Move && instances.get(i).tenancy() == Tenancy.HOST) {
                placeOnHost(instances.get(i));
            }
        }
        List<StateChange> changes = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            Instance instance = instances.get(i);
            InstanceState previous = instance.state();
            if (transitions.get(i) instanceof Move) {
                instance.beginTransition(InstanceState.PENDING);
                ctx.world().instanceStateChanged(instance, ctx.now());
                instance.setLaunchTime(ctx.now());
                lifecycle.schedulePending(instance, ctx.now());
            }
            changes.add(new StateChange(instance.id(), previous, instance.state()));
        }
        return changes;
    }

    /**
     * A stopped instance on a Dedicated Host goes back to its host if it has room, else to another host of the
     * account with auto-placement on in its zone (its volumes are there).
     */
    private void placeOnHost(Instance instance) {
        HostOperations hosts = new HostOperations(ctx);
        Optional<DedicatedHost> own = instance.hostId()
                .map(ctx.resources().hosts::get)
                .filter(h ->
                        !h.released() && hosts.freeVcpus(h) >= instance.type().vcpus());
        DedicatedHost host = own.orElseGet(
                () -> hosts.place(instance.type(), Optional.empty(), Optional.of(instance.availabilityZone())));
        instance.setHostId(Optional.of(host.id()));
    }

    public List<StateChange> stop(List<String> ids, boolean hibernate, boolean force) {
        List<Instance> instances = find(ids);
        for (Instance instance : instances) {
            if (instance.disableApiStop()) {
                throw Ec2Errors.stopProtected(instance.id());
            }
            if (instance.spot().filter(s -> !s.persistent()).isPresent()) {
                throw Ec2Errors.oneTimeSpotCannotStop(instance.id());
            }
        }
        List<Transition> transitions = transitions(instances, Operation.STOP);
        if (hibernate) {
            for (int i = 0; i < instances.size(); i++) {
                if (transitions.get(i) instanceof Move) {
                    checkCanHibernate(instances.get(i));
                }
            }
        }
        List<StateChange> changes = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            Instance instance = instances.get(i);
            InstanceState previous = instance.state();
            if (transitions.get(i) instanceof Move) {
                // A configured instance whose root is too small for RAM falls back to an ordinary stop.
                boolean hibernating = hibernate && instance.hibernationReady();
                instance.beginTransition(InstanceState.STOPPING);
                ctx.world().instanceStateChanged(instance, ctx.now());
                instance.setStateTransitionReason(AwsTimes.userInitiated(ctx.now()));
                instance.setStateReason(
                        Optional.of(hibernating ? StateReason.USER_HIBERNATE : StateReason.USER_SHUTDOWN));
                instance.setHibernated(hibernating);
                if (!hibernating) {
                    ctx.world().stopCompute(instance, ctx.now());
                }
                instance.setStatusOkAt(Optional.empty());
                lifecycle.scheduleStopping(
                        instance,
                        ctx.now(),
                        hibernating ? Durations.hibernating(instance.type().memoryGib()) : Durations.STOPPING);
            }
            changes.add(new StateChange(instance.id(), previous, instance.state()));
        }
        return changes;
    }

    public void reboot(List<String> ids) {
        List<Instance> instances = find(ids);
        transitions(instances, Operation.REBOOT);
        for (Instance instance : instances) {
            if (instance.state() == InstanceState.RUNNING) {
                instance.countReboot();
                instance.guest().reboot(ctx.now());
            }
        }
    }

    public List<StateChange> terminate(List<String> ids) {
        List<Instance> instances = find(ids);
        for (Instance instance : instances) {
            if (instance.state() == InstanceState.TERMINATED || instance.state() == InstanceState.SHUTTING_DOWN) {
                continue;
            }
            if (instance.disableApiTermination()) {
                throw Ec2Errors.terminationProtected(instance.id(), "disableApiTermination");
            }
            if (instance.disableApiStop()) {
                // Stop protection also protects against termination through the API (EC2 User Guide).
                throw Ec2Errors.terminationProtected(instance.id(), "disableApiStop");
            }
        }
        List<Transition> transitions = transitions(instances, Operation.TERMINATE);
        List<StateChange> changes = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            Instance instance = instances.get(i);
            InstanceState previous = instance.state();
            if (transitions.get(i) instanceof Move) {
                instance.beginTransition(InstanceState.SHUTTING_DOWN);
                ctx.world().instanceStateChanged(instance, ctx.now());
                ctx.world().stopCompute(instance, ctx.now());
                instance.setStateTransitionReason(AwsTimes.userInitiated(ctx.now()));
                instance.setStateReason(Optional.of(StateReason.USER_SHUTDOWN));
                instance.setStatusOkAt(Optional.empty());
                lifecycle.scheduleShuttingDown(instance, ctx.now());
            }
            changes.add(new StateChange(instance.id(), previous, instance.state()));
        }
        return changes;
    }

    /** DescribeInstances: by id (all must exist) or every instance of the caller, then filtered and paginated. */
    public Page<Instance> describe(
            List<String> ids, List<Filter> filters, Optional<Integer> maxResults, Optional<String> nextToken) {
        if (!ids.isEmpty() && maxResults.isPresent()) {
            throw Ec2Errors.instanceIdsWithMaxResults();
        }
        maxResults.ifPresent(m -> {
            if (m < 5 || m > 1000) {
                throw Ec2Errors.maxResultsOutOfRange(m);
            }
        });
        InstanceFilters.FILTERS.validate(filters);
        List<Instance> candidates = ids.isEmpty() ? visible() : find(ids);
        List<Instance> matching = candidates.stream()
                .filter(i -> InstanceFilters.FILTERS.matches(i, filters))
                .toList();
        return Page.of(matching, maxResults, nextToken);
    }

    /** DescribeInstanceStatus: running instances only unless {@code includeAll}. */
    public Page<Instance> describeStatus(
            List<String> ids,
            List<Filter> filters,
            boolean includeAll,
            Optional<Integer> maxResults,
            Optional<String> nextToken) {
        FilterSet<Instance> statusFilters = InstanceFilters.statusFilters(ctx.now());
        statusFilters.validate(filters);
        List<Instance> candidates = ids.isEmpty() ? visible() : find(ids);
        List<Instance> matching = candidates.stream()
                .filter(i -> includeAll || i.state() == InstanceState.RUNNING)
                .filter(i -> statusFilters.matches(i, filters))
                .toList();
        return Page.of(matching, maxResults, nextToken);
    }

    public Instance describeOne(String id) {
        return find(List.of(id)).get(0);
    }

    /** ModifyInstanceAttribute (one attribute per call; section 2.8 of the reference). */
    public void modify(String id, InstanceAttribute attribute) {
        new InstanceAttributes(ctx).modify(find(List.of(id)).get(0), attribute);
    }

    /** The caller's instances in this Region that are still visible, in launch order. */
    List<Instance> visible() {
        return ctx.resources().instances.values().stream()
                .filter(i -> i.owner().equals(ctx.caller().id()))
                .toList();
    }

    /**
     * The caller's instances by id, in request order, or AWS's error: the first malformed id, else every unknown id
     * in one {@code InvalidInstanceID.NotFound}. Duplicates are answered once.
     */
    List<Instance> find(List<String> ids) {
        if (ids.isEmpty()) {
            throw Ec2Errors.missingParameter("InstanceId");
        }
        for (String id : ids) {
            if (!ResourceIds.isInstanceId(id)) {
                throw Ec2Errors.instanceIdMalformed(id);
            }
        }
        List<Instance> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Instance instance = ctx.resources().instances.get(id);
            if (instance == null || !instance.owner().equals(ctx.caller().id())) {
                missing.add(id);
            } else {
                found.add(instance);
            }
        }
        if (!missing.isEmpty()) {
            throw Ec2Errors.instancesNotFound(missing);
        }
        return found;
    }

    private static List<Transition> transitions(List<Instance> instances, Operation op) {
        List<Transition> result = new ArrayList<>();
        for (Instance instance : instances) {
            Transition t = InstanceStateMachine.transition(op, instance.state());
            if (t instanceof Refused refused) {
                throw refused.error(instance.id());
            }
            result.add(t);
        }
        return result;
    }

    private void checkCanHibernate(Instance instance) {
        if (!instance.hibernationConfigured()) {
            throw Ec2Errors.hibernationNotConfigured(instance.id());
        }
        boolean warm = instance.firstRunningAt()
                .map(t -> !t.plus(Durations.HIBERNATION_WARM_UP).isAfter(ctx.now()))
                .orElse(false);
        if (!warm) {
            throw Ec2Errors.hibernationNotReadyYet();
        }
    }

    private void checkStartQuota(List<Instance> instances, List<Transition> transitions) {
        for (int i = 0; i < instances.size(); i++) {
            if (!(transitions.get(i) instanceof Move) || instances.get(i).tenancy() == Tenancy.HOST) {
                continue;
            }
            InstanceType type = instances.get(i).type();
            int limit = ctx.world().quotas.limit(type.vcpuBucket());
            if (limit == Integer.MAX_VALUE) {
                continue;
            }
            long used = visible().stream()
                    .filter(x -> x.tenancy() != Tenancy.HOST)
                    .filter(x -> x.state() == InstanceState.PENDING || x.state() == InstanceState.RUNNING)
                    .filter(x -> x.type().vcpuBucket() == type.vcpuBucket())
                    .mapToLong(x -> x.type().vcpus())
                    .sum();
            long starting = 0;
            for (int j = 0; j < instances.size(); j++) {
                if (transitions.get(j) instanceof Move
                        && instances.get(j).tenancy() != Tenancy.HOST
                        && instances.get(j).type().vcpuBucket() == type.vcpuBucket()) {
                    starting += instances.get(j).type().vcpus();
                }
            }
            if (used + starting > limit) {
                throw Ec2Errors.vcpuLimitExceeded(limit);
            }
        }
    }
}
