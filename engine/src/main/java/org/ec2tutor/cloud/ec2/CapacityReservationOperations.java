package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.billing.CapacityReservation;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * On-Demand Capacity Reservations: create, describe, cancel. A reservation is billed from creation (see
 * {@code BillCalculator}); the account's running instances of its type in its zone use it ("open" matching).
 */
public final class CapacityReservationOperations {

    /** CreateCapacityReservation's parameters the simulator honours. */
    public record Request(
            String instanceType,
            String instancePlatform,
            Optional<String> availabilityZone,
            Integer instanceCount,
            Optional<String> endDateType,
            Optional<Instant> endDate,
            Optional<String> instanceMatchCriteria,
            Optional<String> tenancy) {}

    /** A reservation with how many of its instances are free now. */
    public record Described(CapacityReservation reservation, String state, int available) {}

    private final Ec2Context ctx;

    CapacityReservationOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public Described create(Request r) {
        if (r.instanceType() == null) {
            throw Ec2Errors.missingParameter("InstanceType");
        }
        if (r.instancePlatform() == null) {
            throw Ec2Errors.missingParameter("InstancePlatform");
        }
        if (r.instanceCount() == null) {
            throw Ec2Errors.missingParameter("InstanceCount");
        }
        InstanceType type = ctx.world()
                .types
                .find(r.instanceType())
                .orElseThrow(() -> Ec2Errors.invalidValueFor(r.instanceType(), "InstanceType"));
        if (!r.instancePlatform().equals("Linux/UNIX")) {
            throw Ec2Errors.capacityReservationPlatformNotSimulated(r.instancePlatform());
        }
        if (r.instanceCount() < 1) {
            throw Ec2Errors.invalidValueFor(String.valueOf(r.instanceCount()), "InstanceCount");
        }
        String zone = r.availabilityZone().orElseThrow(() -> Ec2Errors.missingParameter("AvailabilityZone"));
        if (!ctx.region().availabilityZones().contains(zone)) {
            throw Ec2Errors.invalidAvailabilityZone(zone);
        }
        if (r.instanceMatchCriteria().filter(c -> !c.equals("open")).isPresent()) {
            throw Ec2Errors.capacityReservationMatchingNotSimulated();
        }
        if (r.tenancy().filter(t -> !t.equals("default")).isPresent()) {
            throw Ec2Errors.capacityReservationTenancyNotSimulated();
        }
        boolean limited = r.endDateType().map("limited"::equals).orElse(false);
        if (limited && r.endDate().isEmpty()) {
            throw Ec2Errors.missingParameter("EndDate");
        }
        if (!limited && r.endDate().isPresent()) {
            throw Ec2Errors.capacityReservationEndDateNeedsLimited();
        }
        if (r.endDate().filter(d -> !d.isAfter(ctx.now())).isPresent()) {
            throw Ec2Errors.capacityReservationEndDateInPast();
        }
        CapacityReservation cr = new CapacityReservation(
                ctx.world().ids.resourceId("cr"),
                ctx.caller().id(),
                type.name(),
                ctx.region(),
                zone,
                r.instanceCount(),
                ctx.now(),
                r.endDate());
        ctx.resources().capacityReservations.put(cr.id(), cr);
        return described(cr);
    }

    public List<Described> describe(List<String> ids) {
        List<Described> out = new ArrayList<>();
        if (ids.isEmpty()) {
            mine().forEach(c -> out.add(described(c)));
            return out;
        }
        for (String id : ids) {
            out.add(described(find(id)));
        }
        return out;
    }

    public void cancel(String id) {
        if (id == null) {
            throw Ec2Errors.missingParameter("CapacityReservationId");
        }
        find(id).cancel(ctx.now());
    }

    private List<CapacityReservation> mine() {
        return ctx.resources().capacityReservations.values().stream()
                .filter(c -> c.account().equals(ctx.caller().id()))
                .toList();
    }

    private CapacityReservation find(String id) {
        return mine().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> Ec2Errors.capacityReservationNotFound(id));
    }

    private Described described(CapacityReservation cr) {
        String state = cr.state(ctx.now());
        long using = ctx.resources().instances.values().stream()
                .filter(i -> i.owner().equals(cr.account())
                        && i.type().name().equals(cr.instanceType())
                        && i.availabilityZone().equals(cr.zone()))
                .filter(i -> i.state() == InstanceState.PENDING || i.state() == InstanceState.RUNNING)
                .count();
        int available = state.equals("active") ? (int) Math.max(0, cr.count() - using) : 0;
        return new Described(cr, state, available);
    }
}
