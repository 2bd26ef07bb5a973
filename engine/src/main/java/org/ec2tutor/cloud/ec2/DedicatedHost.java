package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/**
 * A Dedicated Host: a physical server of one instance family (or one instance type) allocated to an account in one
 * Availability Zone. It is billed per host from allocation to release, whatever runs on it; its capacity is counted
 * in vCPUs, so it holds any mix of sizes of its family.
 */
public final class DedicatedHost {

    private final String id;
    private final AccountId owner;
    private final Region region;
    private final String zone;
    private final String family;
    private final Optional<String> instanceType;
    private final int vcpus;
    private final Instant allocationTime;
    private final Tags tags = new Tags();
    private final boolean autoPlacement;
    private Optional<Instant> releaseTime = Optional.empty();

    DedicatedHost(
            String id,
            AccountId owner,
            Region region,
            String zone,
            String family,
            Optional<String> instanceType,
            int vcpus,
            boolean autoPlacement,
            Instant allocationTime) {
        this.id = id;
        this.owner = owner;
        this.region = region;
        this.zone = zone;
        this.family = family;
        this.instanceType = instanceType;
        this.vcpus = vcpus;
        this.autoPlacement = autoPlacement;
        this.allocationTime = allocationTime;
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

    public String zone() {
        return zone;
    }
    /** The instance family it runs, e.g. {@code m5}. */
    public String family() {
        return family;
    }
    /** Present when it was allocated for one instance type rather than a family. */
    public Optional<String> instanceType() {
        return instanceType;
    }
    /** The vCPUs of instances it can hold at once. */
    public int vcpus() {
        return vcpus;
    }

    public boolean autoPlacement() {
        return autoPlacement;
    }

    public Instant allocationTime() {
        return allocationTime;
    }

    public Optional<Instant> releaseTime() {
        return releaseTime;
    }

    public Tags tags() {
        return tags;
    }

    /** {@code available} until released, then {@code released}. */
    public String state() {
        return releaseTime.isPresent() ? "released" : "available";
    }

    public boolean released() {
        return releaseTime.isPresent();
    }

    /** Whether an instance of {@code type} may run on it. */
    public boolean fits(InstanceType type) {
        return instanceType.map(type.name()::equals).orElse(type.family().equals(family));
    }

    void release(Instant at) {
        releaseTime = Optional.of(at);
    }
}
