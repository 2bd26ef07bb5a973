package org.ec2tutor.cloud.ec2;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.billing.SpotPrices;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * RequestSpotInstances, DescribeSpotInstanceRequests and CancelSpotInstanceRequests, and what happens to a request
 * as its instance runs, stops and ends: a one-time request closes, a persistent one goes back to
 * {@code pending-evaluation} and launches a new instance (docs/ec2-behaviour.md section 20, "Spot requests").
 */
public final class SpotRequestOperations {

    /** [I] How long EC2 takes to evaluate a request: not published; a few seconds in practice. */
    static final Duration EVALUATION = Duration.ofSeconds(5);
    /** "ValidUntil: default is 7 days from the current date" (API reference, RequestSpotInstances). */
    static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

    private static final FilterSet<SpotRequest> FILTERS = FilterSet.<SpotRequest>withTags(SpotRequest::tags)
            .addOne("spot-instance-request-id", SpotRequest::id)
            .addOne("state", r -> r.state().awsName())
            .addOne("status-code", r -> r.status().code())
            .addOne("type", SpotRequest::type)
            .addOne("instance-id", r -> r.instanceId().orElse(null))
            .addOne("launched-availability-zone", r -> r.launchedZone().orElse(null));

    /** What RequestSpotInstances asks for, before validation. */
    public record Request(
            int instanceCount,
            Optional<String> type,
            Optional<String> spotPrice,
            Optional<String> interruptionBehavior,
            Optional<Instant> validUntil,
            LaunchTemplateData specification,
            Map<String, String> tags) {}

    /** One request's state after CancelSpotInstanceRequests. */
    public record Cancelled(String id, String state) {}

    private final Ec2Context ctx;

    SpotRequestOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public List<SpotRequest> request(Request r) {
        if (r.instanceCount() < 1) {
            throw Ec2Errors.invalidValueFor(String.valueOf(r.instanceCount()), "InstanceCount");
        }
        boolean persistent = r.type()
                .map(t -> switch (t) {
                    case "persistent" -> true;
                    case "one-time" -> false;
                    default -> throw Ec2Errors.invalidValueFor(t, "Type");
                })
                .orElse(false);
        SpotOptions.Interruption interruption = r.interruptionBehavior()
                .map(b -> SpotOptions.Interruption.fromAwsName(b)
                        .orElseThrow(() -> Ec2Errors.invalidValueFor(b, "InstanceInterruptionBehavior")))
                .orElse(SpotOptions.Interruption.TERMINATE);
        if (!persistent && interruption != SpotOptions.Interruption.TERMINATE) {
            throw Ec2Errors.stopOrHibernateNeedsPersistentRequest();
        }
        Optional<BigDecimal> maxPrice = r.spotPrice().map(p -> {
            try {
                return new BigDecimal(p);
            } catch (NumberFormatException e) {
                throw Ec2Errors.invalidValueFor(p, "SpotPrice");
            }
        });
        LaunchTemplateData spec = r.specification();
        if (spec.imageId().isEmpty()) {
            throw Ec2Errors.missingParameter("LaunchSpecification.ImageId");
        }
        String typeName = spec.instanceType().orElseThrow(() -> Ec2Errors.missingParameter("InstanceType"));
        if (ctx.world().types.find(typeName).isEmpty()) {
            throw Ec2Errors.unknownInstanceType(typeName);
        }
        Instant validUntil = r.validUntil().orElse(ctx.now().plus(DEFAULT_VALIDITY));
        if (!validUntil.isAfter(ctx.now())) {
            throw Ec2Errors.validUntilInThePast();
        }
        List<SpotRequest> out = new ArrayList<>();
        for (int n = 0; n < r.instanceCount(); n++) {
            SpotRequest req = new SpotRequest(
                    newId(ctx.world()),
                    ctx.caller().id(),
                    ctx.region(),
                    persistent,
                    interruption,
                    maxPrice,
                    spec.withMarket(Optional.empty()),
                    ctx.now(),
                    validUntil);
            r.tags().forEach(req.tags()::put);
            ctx.resources().spotRequests.put(req.id(), req);
            scheduleEvaluation(ctx.world(), req, ctx.now());
            ctx.world().scheduler.at(validUntil, at -> {
                if (req.state() == SpotRequest.State.OPEN) {
                    req.set(SpotRequest.State.CANCELLED, "schedule-expired", at);
                }
            });
            out.add(req);
        }
        return out;
    }

    public List<SpotRequest> describe(List<String> ids, List<Filter> filters) {
        FILTERS.validate(filters);
        List<SpotRequest> chosen =
                ids.isEmpty() ? mine() : ids.stream().map(this::find).toList();
        return chosen.stream().filter(r -> FILTERS.matches(r, filters)).toList();
    }

    /**
     * Cancels each request; its instance keeps running (cancelling a request never terminates the instance: EC2 User
     * Guide, "Cancel a Spot Instance request").
     */
    public List<Cancelled> cancel(List<String> ids) {
        if (ids.isEmpty()) {
            throw Ec2Errors.missingParameter("SpotInstanceRequestId");
        }
        List<SpotRequest> requests = ids.stream().map(this::find).toList();
        List<Cancelled> out = new ArrayList<>();
        for (SpotRequest r : requests) {
            if (r.state() == SpotRequest.State.OPEN) {
                r.set(SpotRequest.State.CANCELLED, "canceled-before-fulfillment", ctx.now());
            } else if (r.state() == SpotRequest.State.ACTIVE || r.state() == SpotRequest.State.DISABLED) {
                r.set(SpotRequest.State.CANCELLED, "request-canceled-and-instance-running", ctx.now());
            }
            out.add(new Cancelled(r.id(), r.state().awsName()));
        }
        return out;
    }

    private SpotRequest find(String id) {
        if (!id.matches("sir-[0-9a-z]{8}")) {
            throw Ec2Errors.spotRequestIdMalformed(id);
        }
        SpotRequest r = ctx.resources().spotRequests.get(id);
        if (r == null || !r.owner().equals(ctx.caller().id())) {
            throw Ec2Errors.spotRequestNotFound(id);
        }
        return r;
    }

    private List<SpotRequest> mine() {
        return ctx.resources().spotRequests.values().stream()
                .filter(r -> r.owner().equals(ctx.caller().id()))
                .toList();
    }

    /** Spot request ids are short: {@code sir-} and eight characters. */
    static String newId(Ec2World world) {
        return "sir-" + world.ids.resourceId("x").substring(2, 10);
    }

    // --- the request over time -------------------------------------------------------------------------------

    private static void scheduleEvaluation(Ec2World world, SpotRequest req, Instant from) {
        world.scheduler.at(from.plus(EVALUATION), at -> evaluate(world, req, at));
    }

    /**
     * EC2 looks at an open request: past ValidUntil it expires; below the Spot price it waits for a price step at or
     * under its maximum; else it launches the instance, and a launch EC2 refuses fails the request.
     */
    private static void evaluate(Ec2World world, SpotRequest req, Instant at) {
        if (req.state() != SpotRequest.State.OPEN) {
            return;
        }
        if (!at.isBefore(req.validUntil())) {
            req.set(SpotRequest.State.CANCELLED, "schedule-expired", at);
            return;
        }
        Account owner = world.accounts.byId(req.owner()).orElseThrow();
        Ec2Context ctx = new Ec2Context(world, owner, req.region());
        String type = req.specification().instanceType().orElseThrow();
        String zone = req.specification()
                .availabilityZone()
                .orElse(req.region().availabilityZones().get(0));
        BigDecimal price = world.spotPrices().price(type, req.region(), zone, at);
        if (req.maxPrice().filter(max -> max.compareTo(price) < 0).isPresent()) {
            req.set(
                    SpotRequest.State.OPEN,
                    "price-too-low",
                    Ec2Errors.spotMaxPriceTooLow(req.maxPrice().get(), price).getMessage(),
                    at);
            world.scheduler.at(SpotPrices.stepStart(at).plus(SpotPrices.STEP), next -> evaluate(world, req, next));
            return;
        }
        LaunchTemplateData spec = req.specification()
                .withMarket(Optional.of(new SpotOptions.Requested(
                        "spot",
                        req.maxPrice().map(BigDecimal::toPlainString),
                        Optional.of("one-time"),
                        Optional.of("terminate"))));
        try {
            Reservation launched = world.during(
                    at, () -> new Launcher(ctx).fulfilling(req).launch(spec.toLaunchRequest(1, 1, Optional.empty())));
            Instance instance = launched.instances().get(0);
            req.launched(instance.id(), instance.availabilityZone());
            req.set(SpotRequest.State.ACTIVE, "fulfilled", at);
        } catch (AwsException refused) {
            req.set(SpotRequest.State.FAILED, "bad-parameters", refused.getMessage(), at);
        }
    }

    /** RunInstances with Spot market options makes a request too, fulfilled at once (its id is on the instance). */
    static void recordForLaunch(Ec2Context ctx, Instance instance, SpotOptions spot) {
        SpotRequest req = new SpotRequest(
                spot.requestId(),
                ctx.caller().id(),
                ctx.region(),
                spot.persistent(),
                spot.interruption(),
                spot.maxPrice(),
                LaunchTemplateData.EMPTY,
                ctx.now(),
                ctx.now().plus(DEFAULT_VALIDITY));
        req.launched(instance.id(), instance.availabilityZone());
        req.set(SpotRequest.State.ACTIVE, "fulfilled", ctx.now());
        ctx.resources().spotRequests.put(req.id(), req);
    }

    private static Optional<SpotRequest> requestOf(Ec2World world, Instance instance) {
        return instance.spot()
                .map(s -> world.region(instance.region()).spotRequests.get(s.requestId()))
                .filter(r -> r.instanceId().filter(instance.id()::equals).isPresent());
    }

    /** Whether EC2 is taking the instance back because of its price (else: capacity). */
    private static boolean byPrice(Ec2World world, SpotRequest req, Instance instance, Instant at) {
        return req.maxPrice()
                .filter(max -> world.spotPrices()
                                .price(instance.type().name(), instance.region(), instance.availabilityZone(), at)
                                .compareTo(max)
                        > 0)
                .isPresent();
    }

    /**
     * The two-minute notice: with terminate the status already says why the instance ends, while it still runs; with
     * stop or hibernate it is marked for stop.
     */
    static void onNotice(Ec2World world, Instance instance, Instant at) {
        requestOf(world, instance)
                .filter(r -> r.state() == SpotRequest.State.ACTIVE)
                .ifPresent(req -> {
                    boolean price = byPrice(world, req, instance, at);
                    if (req.interruption() == SpotOptions.Interruption.TERMINATE) {
                        req.set(
                                SpotRequest.State.ACTIVE,
                                price ? "instance-terminated-by-price" : "instance-terminated-no-capacity",
                                at);
                    } else {
                        req.set(SpotRequest.State.ACTIVE, "marked-for-stop", at);
                    }
                });
    }

    static void onRunning(Ec2World world, Instance instance, Instant at) {
        requestOf(world, instance)
                .filter(r -> r.state() == SpotRequest.State.DISABLED)
                .ifPresent(r -> r.set(SpotRequest.State.ACTIVE, "fulfilled", at));
    }

    static void onStopped(Ec2World world, Instance instance, Instant at) {
        requestOf(world, instance)
                .filter(r -> r.state() == SpotRequest.State.ACTIVE)
                .ifPresent(req -> {
                    boolean byEc2 = instance.stateReason()
                            .filter(StateReason.SPOT_SHUTDOWN::equals)
                            .isPresent();
                    String code = !byEc2
                            ? "instance-stopped-by-user"
                            : byPrice(world, req, instance, at)
                                    ? "instance-stopped-by-price"
                                    : "instance-stopped-no-capacity";
                    req.set(SpotRequest.State.DISABLED, code, at);
                });
    }

    /**
     * The instance ended. A cancelled request stays cancelled; a one-time request closes; a persistent one opens
     * again, back to pending-evaluation, and launches a new instance (whoever terminated the old one).
     */
    static void onTerminated(Ec2World world, Instance instance, Instant at) {
        requestOf(world, instance).ifPresent(req -> {
            boolean byEc2 = instance.stateReason()
                    .filter(StateReason.SPOT_TERMINATION::equals)
                    .isPresent();
            String code = !byEc2
                    ? "instance-terminated-by-user"
                    : req.status().code().startsWith("instance-terminated-")
                            ? req.status().code()
                            : byPrice(world, req, instance, at)
                                    ? "instance-terminated-by-price"
                                    : "instance-terminated-no-capacity";
            if (req.state() == SpotRequest.State.CANCELLED) {
                req.set(SpotRequest.State.CANCELLED, code, at);
            } else if (!req.persistent()) {
                req.set(SpotRequest.State.CLOSED, code, at);
            } else {
                req.set(SpotRequest.State.OPEN, code, at);
                // RunInstances' own requests have no launch specification to launch again.
                if (req.specification().imageId().isPresent()) {
                    req.set(SpotRequest.State.OPEN, "pending-evaluation", at);
                    scheduleEvaluation(world, req, at);
                }
            }
        });
    }
}
