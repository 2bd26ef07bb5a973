package org.ec2tutor.cloud.ec2;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Which opt-in Regions each account has enabled (AWS Account Management guide, "Specify which AWS Regions your account
 * can use"). A Region enabled by default cannot be disabled; an opt-in one answers every EC2 call with
 * {@code AuthFailure} (HTTP 401) until the account enables it.
 */
public final class RegionOptIns {

    /** A Region as DescribeRegions reports it for one account. */
    public record RegionStatus(Region region, String optInStatus) {

        public String endpoint() {
            return "ec2." + region.id() + ".amazonaws.com";
        }
    }

    private final Set<String> enabled = new HashSet<>();

    public boolean enabled(AccountId account, Region region) {
        return !region.optIn() || enabled.contains(account.value() + "/" + region.id());
    }

    /** Enables an opt-in Region for the account (AWS takes minutes; the simulator at once); others need nothing. */
    public void enable(AccountId account, Region region) {
        if (region.optIn()) {
            enabled.add(account.value() + "/" + region.id());
        }
    }

    public void disable(AccountId account, Region region) {
        enabled.remove(account.value() + "/" + region.id());
    }

    /** {@code opt-in-not-required}, {@code opted-in} or {@code not-opted-in}. */
    public String status(AccountId account, Region region) {
        if (!region.optIn()) {
            return "opt-in-not-required";
        }
        return enabled(account, region) ? "opted-in" : "not-opted-in";
    }

    /**
     * DescribeRegions: the account's enabled Regions; with {@code allRegions} the others too; named Regions whatever
     * their status; filtered by {@code region-name}, {@code opt-in-status} and {@code endpoint}.
     */
    public List<RegionStatus> describe(
            AccountId account, List<String> names, boolean allRegions, List<Filter> filters) {
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
                .filter(r -> names.isEmpty() ? allRegions || enabled(account, r) : names.contains(r.id()))
                .map(r -> new RegionStatus(r, status(account, r)))
                .filter(s -> filterSet.matches(s, filters))
                .toList();
    }
}
