package org.ec2tutor.cloud.ec2;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/**
 * A Spot Instance request ({@code SpotInstanceRequest}): what to launch, one-time or persistent, its state and its
 * status code with the time it last changed (EC2 User Guide, "Spot request status"; docs/ec2-behaviour.md).
 */
public final class SpotRequest {

    /** The request's {@code State}. */
    public enum State {
        OPEN("open"),
        ACTIVE("active"),
        CLOSED("closed"),
        CANCELLED("cancelled"),
        FAILED("failed"),
        DISABLED("disabled");

        private final String awsName;

        State(String awsName) {
            this.awsName = awsName;
        }

        public String awsName() {
            return awsName;
        }
    }

    /** {@code Status}: a code from the User Guide's table, its message, and when it was set. */
    public record Status(String code, String message, Instant updated) {}

    private final String id;
    private final AccountId owner;
    private final Region region;
    private final boolean persistent;
    private final SpotOptions.Interruption interruption;
    private final Optional<BigDecimal> maxPrice;
    private final LaunchTemplateData specification;
    private final Instant created;
    private final Instant validUntil;
    private final Tags tags = new Tags();
    private State state = State.OPEN;
    private Status status;
    private Optional<String> instanceId = Optional.empty();
    private Optional<String> launchedZone = Optional.empty();

    SpotRequest(
            String id,
            AccountId owner,
            Region region,
            boolean persistent,
            SpotOptions.Interruption interruption,
            Optional<BigDecimal> maxPrice,
            LaunchTemplateData specification,
            Instant created,
            Instant validUntil) {
        this.id = id;
        this.owner = owner;
        this.region = region;
        this.persistent = persistent;
        this.interruption = interruption;
        this.maxPrice = maxPrice;
        this.specification = specification;
        this.created = created;
        this.validUntil = validUntil;
        this.status = new Status("pending-evaluation", SpotStatus.message("pending-evaluation"), created);
    }

    public String id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public Region region() {
        return region;
    }

    public boolean persistent() {
        return persistent;
    }

    /** {@code one-time} or {@code persistent}. */
    public String type() {
        return persistent ? "persistent" : "one-time";
    }

    public SpotOptions.Interruption interruption() {
        return interruption;
    }

    public Optional<BigDecimal> maxPrice() {
        return maxPrice;
    }

    public LaunchTemplateData specification() {
        return specification;
    }

    public Instant created() {
        return created;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Tags tags() {
        return tags;
    }

    public State state() {
        return state;
    }

    public Status status() {
        return status;
    }

    /** The instance launched for it last, if any. */
    public Optional<String> instanceId() {
        return instanceId;
    }

    public Optional<String> launchedZone() {
        return launchedZone;
    }

    void set(State state, String code, Instant at) {
        set(state, code, SpotStatus.message(code), at);
    }

    void set(State state, String code, String message, Instant at) {
        this.state = state;
        this.status = new Status(code, message, at);
    }

    void launched(String instanceId, String zone) {
        this.instanceId = Optional.of(instanceId);
        this.launchedZone = Optional.of(zone);
    }
}
