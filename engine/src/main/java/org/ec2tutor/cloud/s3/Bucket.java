package org.ec2tutor.cloud.s3;

import java.time.Instant;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/** A bucket: its owner and Region, its policy if any, and its objects in key order. */
public final class Bucket {

    private final String name;
    private final AccountId owner;
    private final Region region;
    private final Instant createdAt;
    private String policy;
    private final TreeMap<String, StoredObject> objects = new TreeMap<>();

    Bucket(String name, AccountId owner, Region region, Instant createdAt) {
        this.name = name;
        this.owner = owner;
        this.region = region;
        this.createdAt = createdAt;
    }

    public String name() {
        return name;
    }

    public AccountId owner() {
        return owner;
    }

    public Region region() {
        return region;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String arn() {
        return "arn:aws:s3:::" + name;
    }

    public Optional<String> policy() {
        return Optional.ofNullable(policy);
    }

    void setPolicy(String policy) {
        this.policy = policy;
    }

    /** Every object, by key. */
    public NavigableMap<String, StoredObject> objects() {
        return Collections.unmodifiableNavigableMap(objects);
    }

    void put(StoredObject object) {
        objects.put(object.key(), object);
    }

    void remove(String key) {
        objects.remove(key);
    }
}
