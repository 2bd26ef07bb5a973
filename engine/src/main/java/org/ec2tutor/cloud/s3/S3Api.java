package org.ec2tutor.cloud.s3;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.S3Errors;

/**
 * Amazon S3 as one account sees it through one Region's endpoint: buckets, their policies and objects. Use inside a
 * cloud transaction; every method either succeeds or changes nothing.
 */
public final class S3Api {

    /** Bucket naming rules (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html). */
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

    private static final Pattern REGION_NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private final S3Buckets buckets;
    private final AccountId account;
    private final Region region;
    private final Instant now;

    public S3Api(S3Buckets buckets, AccountId account, Region region, Instant now) {
        this.buckets = buckets;
        this.account = account;
        this.region = region;
        this.now = now;
    }

    /**
     * Creates a bucket in this endpoint's Region. {@code locationConstraint} is empty for us-east-1 (S3's default
     * Region, which takes no constraint) and must name the endpoint's Region elsewhere.
     */
    public Bucket createBucket(String name, String locationConstraint) {
        checkName(name);
        String constraint = locationConstraint == null ? "" : locationConstraint;
        if (constraint.equals("us-east-1")
                || (!constraint.isEmpty() && !REGION_NAME.matcher(constraint).matches() && !constraint.equals("EU"))) {
            throw S3Errors.invalidLocationConstraint();
        }
        String wanted = constraint.equals("EU") ? "eu-west-1" : constraint.isEmpty() ? "us-east-1" : constraint;
        if (!wanted.equals(region.id())) {
            throw S3Errors.illegalLocationConstraint(constraint);
        }
        Optional<Bucket> existing = buckets.find(name);
        if (existing.isPresent()) {
            if (!existing.get().owner().equals(account)) {
                throw S3Errors.bucketAlreadyExists();
            }
            if (region == Region.US_EAST_1 && existing.get().region() == Region.US_EAST_1) {
                return existing.get(); // S3 answers 200 OK here, for legacy compatibility
            }
            throw S3Errors.bucketAlreadyOwnedByYou();
        }
        Bucket bucket = new Bucket(name, account, region, now);
        buckets.add(bucket);
        return bucket;
    }

    public void deleteBucket(String name) {
        Bucket b = own(name);
        if (!b.objects().isEmpty()) {
            throw S3Errors.bucketNotEmpty();
        }
        buckets.remove(name);
    }

    /** The account's buckets, by name. */
    public List<Bucket> listBuckets() {
        return buckets.ownedBy(account);
    }

    /** Replaces the bucket's policy after checking its shape ({@code MalformedPolicy} otherwise). */
    public void putBucketPolicy(String name, String policy) {
        Bucket b = own(name);
        BucketPolicy.parse(policy, name);
        b.setPolicy(policy);
    }

    public String getBucketPolicy(String name) {
        return own(name).policy().orElseThrow(S3Errors::noSuchBucketPolicy);
    }

    public void deleteBucketPolicy(String name) {
        own(name).setPolicy(null);
    }

    public StoredObject putObject(String bucket, String key, byte[] content, String contentType) {
        Bucket b = own(bucket);
        StoredObject o = StoredObject.of(key, content, now, contentType == null ? "binary/octet-stream" : contentType);
        b.put(o);
        return o;
    }

    public StoredObject getObject(String bucket, String key) {
        return Optional.ofNullable(own(bucket).objects().get(key)).orElseThrow(S3Errors::noSuchKey);
    }

    /** Deleting a key that is not there succeeds, as in S3 (204 No Content either way). */
    public void deleteObject(String bucket, String key) {
        own(bucket).remove(key);
    }

    /** One page of a ListObjectsV2. */
    public record Listing(
            List<StoredObject> contents,
            List<String> commonPrefixes,
            boolean truncated,
            Optional<String> nextContinuationToken) {

        public int keyCount() {
            return contents.size() + commonPrefixes.size();
        }
    }

    /**
     * Keys under {@code prefix} in order, after {@code startAfter} or the continuation token's key; with a
     * delimiter, keys that contain it after the prefix roll up into common prefixes. At most {@code maxKeys}
     * entries (S3's default and cap is 1,000).
     */
    public Listing listObjects(
            String bucket, String prefix, String delimiter, int maxKeys, String continuationToken, String startAfter) {
        Bucket b = own(bucket);
        String p = prefix == null ? "" : prefix;
        String after = startAfter == null ? "" : startAfter;
        if (continuationToken != null && !continuationToken.isEmpty()) {
            after = new String(Base64.getUrlDecoder().decode(continuationToken), StandardCharsets.UTF_8);
        }
        int limit = Math.min(Math.max(maxKeys, 0), 1000);
        List<StoredObject> contents = new ArrayList<>();
        TreeSet<String> prefixes = new TreeSet<>();
        String last = null;
        boolean truncated = false;
        for (StoredObject o : b.objects().tailMap(after, false).values()) {
            if (!o.key().startsWith(p)) {
                if (o.key().compareTo(p) > 0) {
                    break;
                }
                continue;
            }
            String common = null;
            if (delimiter != null && !delimiter.isEmpty()) {
                int at = o.key().indexOf(delimiter, p.length());
                if (at >= 0) {
                    common = o.key().substring(0, at + delimiter.length());
                }
            }
            if (common != null && prefixes.contains(common)) {
                last = o.key();
                continue;
            }
            if (contents.size() + prefixes.size() >= limit) {
                truncated = true;
                break;
            }
            if (common != null) {
                prefixes.add(common);
            } else {
                contents.add(o);
            }
            last = o.key();
        }
        Optional<String> token = truncated && last != null
                ? Optional.of(
                        Base64.getUrlEncoder().withoutPadding().encodeToString(last.getBytes(StandardCharsets.UTF_8)))
                : Optional.empty();
        return new Listing(contents, List.copyOf(prefixes), truncated, token);
    }

    /** The bucket, if it exists and this account owns it (another account's answers AccessDenied). */
    private Bucket own(String name) {
        Bucket b = buckets.find(name).orElseThrow(S3Errors::noSuchBucket);
        if (!b.owner().equals(account)) {
            throw S3Errors.accessDenied();
        }
        return b;
    }

    private static void checkName(String name) {
        if (name == null
                || !BUCKET_NAME.matcher(name).matches()
                || name.contains("..")
                || IP_ADDRESS.matcher(name).matches()) {
            throw S3Errors.invalidBucketName();
        }
    }
}
