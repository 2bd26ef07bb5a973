package org.ec2tutor.cloud.s3;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.ec2tutor.cloud.AccountId;

/**
 * Every bucket of the simulated cloud. Bucket names are one namespace across all accounts and Regions, as in S3.
 * Mutated only through {@link S3Api} inside a cloud transaction.
 */
public final class S3Buckets {

    private final TreeMap<String, Bucket> byName = new TreeMap<>();

    public Optional<Bucket> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The buckets {@code owner} owns, by name (ListBuckets lists them all, whatever the Region). */
    public List<Bucket> ownedBy(AccountId owner) {
        return byName.values().stream().filter(b -> b.owner().equals(owner)).toList();
    }

    /**
     * Writes an object as an AWS service delivers it (CloudTrail's log files): no API call of the account's, so
     * nothing is recorded. Returns false when the bucket is gone.
     */
    public boolean deliver(String bucket, StoredObject object) {
        Bucket b = byName.get(bucket);
        if (b == null) {
            return false;
        }
        b.put(object);
        return true;
    }

    void add(Bucket bucket) {
        byName.put(bucket.name(), bucket);
    }

    void remove(String name) {
        byName.remove(name);
    }
}
