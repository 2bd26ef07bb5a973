package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.Scheduler;
import org.ec2tutor.cloud.error.AccountErrors;
import org.ec2tutor.cloud.error.AwsErrorCode;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Which opt-in Regions each account has enabled, and the changes under way (AWS Account Management guide, "Enable or
 * disable AWS Regions in your account"; docs/ec2-behaviour.md section 16). A Region enabled by default cannot be
 * enabled or disabled; an opt-in one is {@code DISABLED} until the account enables it, {@code ENABLING} for a few
 * minutes of simulated time, then {@code ENABLED}; disabling goes through {@code DISABLING} the same way. Only an
 * enabled Region answers EC2 calls. Every status is computed from the time of the last request, so it follows the
 * virtual clock without scheduled events.
 */
public final class RegionOptIns {

    /** How long enabling takes here; AWS: "a few minutes for most accounts, but it can take several hours". */
    public static final Duration ENABLING_TIME = Duration.ofMinutes(5);

    /** How long disabling takes here (AWS gives no figure). */
    public static final Duration DISABLING_TIME = Duration.ofMinutes(5);

    /** AWS's quota "Number of concurrent region-opt requests per account". */
    public static final int CONCURRENT_CHANGES = 6;

    /** A Region as DescribeRegions reports it for one account. */
    public record RegionStatus(Region region, String optInStatus) {

        public String endpoint() {
            return "ec2." + region.id() + ".amazonaws.com";
        }
    }

    /** The last request for one account's Region: enable or disable, and when. */
    private record Change(boolean enable, Instant at) {

        RegionOptStatus status(Instant now) {
            if (enable) {
                return now.isBefore(at.plus(ENABLING_TIME)) ? RegionOptStatus.ENABLING : RegionOptStatus.ENABLED;
            }
            return now.isBefore(at.plus(DISABLING_TIME)) ? RegionOptStatus.DISABLING : RegionOptStatus.DISABLED;
        }
    }

    private final Map<String, Change> changes = new HashMap<>();
    private final Scheduler scheduler;

    public RegionOptIns(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    private static String key(AccountId account, Region region) {
        return account.value() + "/" + region.id();
    }

    /** The Region's status for the account at {@code now}. */
    public RegionOptStatus status(AccountId account, Region region, Instant now) {
        if (!region.optIn()) {
            return RegionOptStatus.ENABLED_BY_DEFAULT;
        }
        Change c = changes.get(key(account, region));
        return c == null ? RegionOptStatus.DISABLED : c.status(now);
    }

    /** Whether EC2 answers the account in the Region at {@code now}. */
    public boolean enabled(AccountId account, Region region, Instant now) {
        return status(account, region, now).usable();
    }

    /**
     * Makes an opt-in Region enabled as of long ago, as an account that opted in before the session (lessons and
     * tests); a Region enabled by default needs nothing.
     */
    public void enable(AccountId account, Region region) {
        if (region.optIn()) {
            changes.put(key(account, region), new Change(true, Instant.EPOCH));
        }
    }

    /**
     * EnableRegion: starts enabling. Asking again while it is enabling or enabled changes nothing; a Region enabled by
     * default, one being disabled, or one change too many are refused as AWS refuses them.
     */
    public void requestEnable(AccountId account, String regionName, Instant now) {
        Region region = optInRegion(regionName);
        RegionOptStatus current = status(account, region, now);
        if (current == RegionOptStatus.ENABLED || current == RegionOptStatus.ENABLING) {
            return;
        }
        if (current == RegionOptStatus.DISABLING) {
            throw AccountErrors.changeUnderWay(regionName);
        }
        startChange(account, region, true, now);
    }

    /** DisableRegion: starts disabling; the mirror of {@link #requestEnable}. */
    public void requestDisable(AccountId account, String regionName, Instant now) {
        Region region = optInRegion(regionName);
        RegionOptStatus current = status(account, region, now);
        if (current == RegionOptStatus.DISABLED || current == RegionOptStatus.DISABLING) {
            return;
        }
        if (current == RegionOptStatus.ENABLING) {
            throw AccountErrors.changeUnderWay(regionName);
        }
        startChange(account, region, false, now);
    }

    private void startChange(AccountId account, Region region, boolean enable, Instant now) {
        long underWay = List.of(Region.values()).stream()
                .filter(r -> status(account, r, now).changing())
                .count();
        if (underWay >= CONCURRENT_CHANGES) {
            throw AccountErrors.tooManyConcurrentChanges();
        }
        changes.put(key(account, region), new Change(enable, now));
        // The status is computed from the request's time; the event only marks when the change completes, so that
        // whatever waits for the cloud's next transition (the endpoint's poll clock) waits for this one too.
        scheduler.at(now.plus(enable ? ENABLING_TIME : DISABLING_TIME), at -> {});
    }

    private static Region optInRegion(String regionName) {
        Region region = known(regionName);
        if (!region.optIn()) {
            throw AccountErrors.enabledByDefault(regionName);
        }
        return region;
    }

    /** GetRegionOptStatus' Region: any Region of the partition; another name is refused. */
    public static Region known(String regionName) {
        return Region.fromId(regionName).orElseThrow(() -> AccountErrors.unknownRegion(regionName));
    }

    /** A Region and its status, as ListRegions answers it. */
    public record Listed(Region region, RegionOptStatus status) {}

    /**
     * ListRegions: every Region of the partition in name order with its status, only those whose status is in
     * {@code statuses} when some are given; a page of {@code maxResults} (1 to 50) from {@code nextToken}.
     */
    public Page<Listed> list(
            AccountId account,
            List<String> statuses,
            Optional<Integer> maxResults,
            Optional<String> nextToken,
            Instant now) {
        List<RegionOptStatus> wanted = new ArrayList<>();
        for (String s : statuses) {
            wanted.add(AccountErrors.optStatus(s));
        }
        maxResults.ifPresent(AccountErrors::checkMaxResults);
        List<Listed> all = List.of(Region.values()).stream()
                .sorted(Comparator.comparing(Region::id))
                .map(r -> new Listed(r, status(account, r, now)))
                .filter(l -> wanted.isEmpty() || wanted.contains(l.status()))
                .toList();
        try {
            return Page.of(all, maxResults, nextToken);
        } catch (AwsException e) {
            if (e.code() == AwsErrorCode.INVALID_NEXT_TOKEN) {
                throw AccountErrors.invalidNextToken();
            }
            throw e;
        }
    }

    /**
     * DescribeRegions: the account's enabled Regions; with {@code allRegions} the others too; named Regions whatever
     * their status; filtered by {@code region-name}, {@code opt-in-status} and {@code endpoint}.
     */
    public List<RegionStatus> describe(
            AccountId account, List<String> names, boolean allRegions, List<Filter> filters, Instant now) {
        for (String name : names) {
            if (Region.fromId(name).isEmpty()) {
                throw Ec2Errors.invalidRegion(name);
            }
        }
        FilterSet<RegionStatus> filterSet = FilterSet.<RegionStatus>withoutTags()
                .addOne("region-name", s -> s.region().id())
                .addOne("opt-in-status", RegionStatus::optInStatus)
                .addOne("endpoint", RegionStatus::endpoint);
        filterSet.validate(filters);
        return List.of(Region.values()).stream()
                .filter(r -> names.isEmpty() ? allRegions || enabled(account, r, now) : names.contains(r.id()))
                .map(r -> new RegionStatus(r, status(account, r, now).ec2OptInStatus()))
                .filter(s -> filterSet.matches(s, filters))
                .toList();
    }
}
