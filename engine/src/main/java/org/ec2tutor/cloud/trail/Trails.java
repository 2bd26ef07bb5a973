package org.ec2tutor.cloud.trail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.ApiCallLog;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.json.Json;
import org.ec2tutor.cloud.s3.S3Buckets;
import org.ec2tutor.cloud.s3.StoredObject;

/**
 * Every trail of the simulated cloud, and their log file delivery: while a trail logs, each five minutes of
 * simulated time its account's management events of the Regions it covers are written to its bucket as one gzipped
 * JSON file per Region ({@code {"Records":[...]}}), named as CloudTrail names them
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/get-and-view-cloudtrail-log-files.html). Delivery is
 * done when something could look (any S3 or CloudTrail call, a lesson check), for every five minutes passed, each
 * file stamped with the end of its period; so it is the same as if it ran on time.
 */
public final class Trails {

    /** How often a logging trail delivers. */
    public static final Duration DELIVERY_PERIOD = Duration.ofMinutes(5);

    private static final DateTimeFormatter FOLDER =
            DateTimeFormatter.ofPattern("yyyy/MM/dd/").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    /** By trail ARN, in creation order. */
    private final Map<String, Trail> byArn = new LinkedHashMap<>();

    private final long seed;

    public Trails(long seed) {
        this.seed = seed;
    }

    /**
     * Whether a trail is logging {@code account}'s management events made in {@code region}: what EventBridge's "AWS
     * API Call via CloudTrail" events need (they reach the bus only then).
     */
    public boolean logsManagementEvents(AccountId account, Region region) {
        return byArn.values().stream().anyMatch(t -> t.account().equals(account) && t.logging() && t.covers(region));
    }

    /** Every trail of {@code account}, in creation order. */
    public List<Trail> of(AccountId account) {
        return byArn.values().stream().filter(t -> t.account().equals(account)).toList();
    }

    Optional<Trail> byArn(String arn) {
        return Optional.ofNullable(byArn.get(arn));
    }

    void add(Trail t) {
        byArn.put(t.arn(), t);
    }

    void remove(Trail t) {
        byArn.remove(t.arn());
    }

    long seed() {
        return seed;
    }

    /** Delivers every log file due by {@code now}. */
    public void deliverDue(Instant now, ApiCallLog log, S3Buckets buckets) {
        List<ApiCallLog.Entry> calls = null;
        for (Trail t : byArn.values()) {
            if (calls == null && t.deliveredUpTo().isPresent()) {
                calls = log.entries();
            }
            if (calls != null) {
                deliver(t, now, calls, buckets);
            }
        }
    }

    private void deliver(Trail t, Instant now, List<ApiCallLog.Entry> calls, S3Buckets buckets) {
        while (t.deliveredUpTo().isPresent()) {
            Instant from = t.deliveredUpTo().get();
            Instant boundary = nextBoundary(from);
            Instant until = boundary;
            if (!t.logging()) {
                Instant stop = t.stopLoggingTime().orElse(from);
                if (!from.isBefore(stop)) {
                    return; // everything up to the stop was delivered
                }
                until = stop.isBefore(boundary) ? stop.plusNanos(1) : boundary;
            }
            if (boundary.isAfter(now)) {
                return;
            }
            Map<Region, List<Map<String, Object>>> records = new TreeMap<>();
            for (ApiCallLog.Entry e : calls) {
                ApiCall c = e.call();
                if (t.logged(e.index())
                        && c.account().equals(t.account())
                        && c.details().managementEvent()
                        && t.covers(c.region())
                        && !c.at().isBefore(from)
                        && c.at().isBefore(until)) {
                    records.computeIfAbsent(c.region(), r -> new ArrayList<>())
                            .add(TrailEvent.of(c, e.index(), seed).record());
                }
            }
            Optional<Instant> deliveredAt = Optional.empty();
            Optional<String> error = Optional.empty();
            for (Map.Entry<Region, List<Map<String, Object>>> e : records.entrySet()) {
                String key = t.logFolder(e.getKey()) + FOLDER.format(boundary) + fileName(t, e.getKey(), boundary);
                byte[] gz = gzip(Json.write(Map.of("Records", e.getValue())));
                if (buckets.deliver(t.bucket(), StoredObject.of(key, gz, boundary, "application/json"))) {
                    deliveredAt = Optional.of(boundary);
                } else {
                    error = Optional.of("NoSuchBucket");
                }
            }
            t.delivered(t.logging() ? boundary : until, deliveredAt, error);
        }
    }

    /** The first five-minute mark (on the clock: :00, :05, ...) after {@code t}. */
    static Instant nextBoundary(Instant t) {
        long period = DELIVERY_PERIOD.toSeconds();
        return Instant.ofEpochSecond((Math.floorDiv(t.getEpochSecond(), period) + 1) * period);
    }

    /** {@code ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_UNIQUE.json.gz}; the unique part from the seed, not a random. */
    private String fileName(Trail t, Region region, Instant at) {
        String unique = UUID.nameUUIDFromBytes(
                        (seed + " " + t.arn() + " " + region.id() + " " + at).getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "")
                .substring(0, 16);
        return t.account().value() + "_CloudTrail_" + region.id() + "_" + STAMP.format(at) + "_" + unique + ".json.gz";
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
