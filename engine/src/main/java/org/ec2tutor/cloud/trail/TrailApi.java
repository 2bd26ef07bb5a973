package org.ec2tutor.cloud.trail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.ApiCallLog;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.CloudTrailErrors;
import org.ec2tutor.cloud.s3.Bucket;
import org.ec2tutor.cloud.s3.BucketPolicy;
import org.ec2tutor.cloud.s3.S3Buckets;

/**
 * AWS CloudTrail as one account sees it in one Region: trails (create, delete, describe, start and stop logging,
 * status) and event history. Use inside a cloud transaction.
 */
public final class TrailApi {

    /** Trail names: 3-128 of letters, digits, {@code . _ -}, starting and ending with a letter or digit. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]");

    private static final Pattern ADJACENT = Pattern.compile("[._-]{2}");

    private final Trails trails;
    private final S3Buckets buckets;
    private final ApiCallLog log;
    private final AccountId account;
    private final Region region;
    private final Instant now;

    public TrailApi(Trails trails, S3Buckets buckets, ApiCallLog log, AccountId account, Region region, Instant now) {
        this.trails = trails;
        this.buckets = buckets;
        this.log = log;
        this.account = account;
        this.region = region;
        this.now = now;
    }

    /**
     * Creates a trail (not yet logging) after CloudTrail's checks: the bucket exists and its policy lets
     * {@code cloudtrail.amazonaws.com} read its ACL and put objects under {@code [prefix/]AWSLogs/ACCOUNT/}
     * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html).
     */
    public Trail createTrail(
            String name, String bucket, String keyPrefix, boolean multiRegion, boolean includeGlobalServiceEvents) {
        if (name == null
                || !NAME.matcher(name).matches()
                || ADJACENT.matcher(name).find()) {
            throw CloudTrailErrors.invalidTrailName();
        }
        String prefix = keyPrefix == null ? "" : keyPrefix;
        Trail trail = new Trail(name, account, region, bucket, prefix, multiRegion, includeGlobalServiceEvents);
        if (trails.of(account).stream().anyMatch(t -> t.name().equals(name))) {
            throw CloudTrailErrors.trailAlreadyExists(name, account.value());
        }
        Bucket b = buckets.find(bucket).orElseThrow(() -> CloudTrailErrors.bucketDoesNotExist(bucket));
        if (!cloudTrailMayWrite(b, trail)) {
            throw CloudTrailErrors.insufficientBucketPolicy(bucket);
        }
        trails.add(trail);
        return trail;
    }

    /** The two grants CloudTrail checks, with the condition keys its requests carry. */
    private boolean cloudTrailMayWrite(Bucket b, Trail trail) {
        Optional<BucketPolicy> policy = b.policy().flatMap(p -> {
            try {
                return Optional.of(BucketPolicy.parse(p, b.name()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
        if (policy.isEmpty()) {
            return false;
        }
        Map<String, String> context = Map.of(
                "aws:SourceArn", trail.arn(),
                "aws:SourceAccount", account.value(),
                "s3:x-amz-acl", "bucket-owner-full-control");
        String sampleKey = b.arn() + "/" + trail.logFolder(region) + "sample.json.gz";
        return policy.get().allowsService("cloudtrail.amazonaws.com", "s3:GetBucketAcl", b.arn(), context)
                && policy.get().allowsService("cloudtrail.amazonaws.com", "s3:PutObject", sampleKey, context);
    }

    public void deleteTrail(String nameOrArn) {
        trails.remove(find(nameOrArn));
    }

    public Trail startLogging(String nameOrArn) {
        Trail t = find(nameOrArn);
        t.start(now, log.size());
        return t;
    }

    public Trail stopLogging(String nameOrArn) {
        Trail t = find(nameOrArn);
        t.stop(now, log.size());
        return t;
    }

    public Trail trail(String nameOrArn) {
        return find(nameOrArn);
    }

    /**
     * The trails DescribeTrails shows in this Region: those whose home it is, and with {@code includeShadowTrails}
     * multi-Region trails from elsewhere; {@code names} (names or ARNs) narrows the list.
     */
    public List<Trail> describeTrails(List<String> names, boolean includeShadowTrails) {
        return trails.of(account).stream()
                .filter(t -> t.homeRegion() == region || (includeShadowTrails && t.multiRegion()))
                .filter(t -> names == null || names.isEmpty() || names.contains(t.name()) || names.contains(t.arn()))
                .toList();
    }

    /** Event history of this account and Region. */
    public EventHistory.Page lookupEvents(EventHistory.Query query) {
        return new EventHistory(log.entries(), trails.seed()).lookup(account, region, now, query);
    }

    /** A trail by ARN, or by name among the trails whose home is this Region (or multi-Region ones). */
    private Trail find(String nameOrArn) {
        if (nameOrArn != null && nameOrArn.startsWith("arn:")) {
            return trails.byArn(nameOrArn)
                    .filter(t -> t.account().equals(account))
                    .orElseThrow(() -> CloudTrailErrors.trailNotFound(nameOrArn, account.value()));
        }
        return trails.of(account).stream()
                .filter(t -> t.name().equals(nameOrArn) && (t.homeRegion() == region || t.multiRegion()))
                .findFirst()
                .orElseThrow(() -> CloudTrailErrors.trailNotFound(
                        "arn:aws:cloudtrail:" + region.id() + ":" + account.value() + ":trail/" + nameOrArn,
                        account.value()));
    }
}
