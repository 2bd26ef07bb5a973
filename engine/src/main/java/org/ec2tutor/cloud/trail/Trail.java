package org.ec2tutor.cloud.trail;

import java.time.Instant;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/**
 * A trail: where it delivers (bucket and optional key prefix), which Regions it covers, whether it is logging, and
 * what it has delivered so far. Changed only by {@link TrailApi} and {@link Trails} inside a cloud transaction.
 */
public final class Trail {

    private final String name;
    private final AccountId account;
    private final Region homeRegion;
    private final String bucket;
    private final String keyPrefix;
    private final boolean multiRegion;
    private final boolean includeGlobalServiceEvents;
    private boolean logging;
    private Instant startLoggingTime;
    private Instant stopLoggingTime;
    /** The API history's indexes this trail logs: from its StartLogging call up to its StopLogging call. */
    private int fromSequence;

    private int untilSequence = Integer.MAX_VALUE;
    /** Events before this instant were delivered (or had nothing to deliver). */
    private Instant deliveredUpTo;

    private Instant latestDeliveryTime;
    private String latestDeliveryError;

    Trail(
            String name,
            AccountId account,
            Region homeRegion,
            String bucket,
            String keyPrefix,
            boolean multiRegion,
            boolean includeGlobalServiceEvents) {
        this.name = name;
        this.account = account;
        this.homeRegion = homeRegion;
        this.bucket = bucket;
        this.keyPrefix = keyPrefix;
        this.multiRegion = multiRegion;
        this.includeGlobalServiceEvents = includeGlobalServiceEvents;
    }

    public String name() {
        return name;
    }

    public AccountId account() {
        return account;
    }

    public Region homeRegion() {
        return homeRegion;
    }

    public String bucket() {
        return bucket;
    }

    /** The key prefix, or empty. */
    public String keyPrefix() {
        return keyPrefix;
    }

    public boolean multiRegion() {
        return multiRegion;
    }

    public boolean includeGlobalServiceEvents() {
        return includeGlobalServiceEvents;
    }

    public String arn() {
        return "arn:aws:cloudtrail:" + homeRegion.id() + ":" + account.value() + ":trail/" + name;
    }

    public boolean logging() {
        return logging;
    }

    /** Whether the trail records management events made in {@code region}: its home Region, or all if multi-Region. */
    public boolean covers(Region region) {
        return multiRegion || region == homeRegion;
    }

    public Optional<Instant> startLoggingTime() {
        return Optional.ofNullable(startLoggingTime);
    }

    public Optional<Instant> stopLoggingTime() {
        return Optional.ofNullable(stopLoggingTime);
    }

    public Optional<Instant> latestDeliveryTime() {
        return Optional.ofNullable(latestDeliveryTime);
    }

    public Optional<String> latestDeliveryError() {
        return Optional.ofNullable(latestDeliveryError);
    }

    /** Where the log files of {@code region} go: {@code [prefix/]AWSLogs/ACCOUNT/CloudTrail/REGION/}. */
    public String logFolder(Region region) {
        return (keyPrefix.isEmpty() ? "" : keyPrefix + "/") + "AWSLogs/" + account.value() + "/CloudTrail/"
                + region.id() + "/";
    }

    /** Starts logging with the call recorded next (StartLogging's own, at index {@code sequence}). */
    void start(Instant at, int sequence) {
        if (!logging) {
            logging = true;
            startLoggingTime = at;
            deliveredUpTo = at;
            fromSequence = sequence;
            untilSequence = Integer.MAX_VALUE;
        }
    }

    /** Stops logging after the call recorded next (StopLogging's own, at index {@code sequence}). */
    void stop(Instant at, int sequence) {
        if (logging) {
            logging = false;
            stopLoggingTime = at;
            untilSequence = sequence + 1;
        }
    }

    /** Whether the call at {@code sequence} in the API history was made while this trail logged. */
    boolean logged(int sequence) {
        return sequence >= fromSequence && sequence < untilSequence;
    }

    Optional<Instant> deliveredUpTo() {
        return Optional.ofNullable(deliveredUpTo);
    }

    void delivered(Instant upTo, Optional<Instant> deliveryTime, Optional<String> error) {
        deliveredUpTo = upTo;
        deliveryTime.ifPresent(t -> latestDeliveryTime = t);
        error.ifPresent(e -> latestDeliveryError = e);
    }
}
