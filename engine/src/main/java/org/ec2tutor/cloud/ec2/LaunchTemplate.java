package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.ec2tutor.cloud.AccountId;

/**
 * A launch template: immutable versions numbered from 1, one of them the default. Version numbers are never reused,
 * so the latest is the highest still there (EC2 User Guide, "Launch template restrictions").
 */
public final class LaunchTemplate {

    /** One version: its number, description, when and by whom it was made, and its launch parameters. */
    public record Version(
            long number, Optional<String> description, Instant created, String createdBy, LaunchTemplateData data) {}

    private final String id;
    private final String name;
    private final AccountId owner;
    private final Instant created;
    private final String createdBy;
    private final TreeMap<Long, Version> versions = new TreeMap<>();
    private final Tags tags = new Tags();
    private long defaultVersion = 1;
    private long nextVersion = 1;

    LaunchTemplate(String id, String name, AccountId owner, Instant created, String createdBy) {
        this.id = id;
        this.name = name;
        this.owner = owner;
        this.created = created;
        this.createdBy = createdBy;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AccountId owner() {
        return owner;
    }

    public Instant created() {
        return created;
    }

    public String createdBy() {
        return createdBy;
    }

    public Tags tags() {
        return tags;
    }

    public long defaultVersion() {
        return defaultVersion;
    }

    public long latestVersion() {
        return versions.lastKey();
    }

    /** The versions that exist, oldest first. */
    public List<Version> versions() {
        return new ArrayList<>(versions.values());
    }

    Optional<Version> version(long number) {
        return Optional.ofNullable(versions.get(number));
    }

    Version addVersion(Optional<String> description, Instant at, LaunchTemplateData data) {
        Version v = new Version(nextVersion++, description, at, createdBy, data);
        versions.put(v.number(), v);
        return v;
    }

    void setDefaultVersion(long number) {
        defaultVersion = number;
    }

    void removeVersion(long number) {
        versions.remove(number);
    }
}
