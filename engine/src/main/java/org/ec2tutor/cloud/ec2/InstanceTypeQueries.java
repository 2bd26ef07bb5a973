package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.error.Ec2Errors;

/** DescribeInstanceTypes and DescribeInstanceTypeOfferings, answered from the catalog. */
public final class InstanceTypeQueries {

    /** One offering: a type offered at a location (a Region or an Availability Zone). */
    public record Offering(String instanceType, String locationType, String location) {}

    static final FilterSet<InstanceType> FILTERS = FilterSet.<InstanceType>withoutTags()
            .addOne("instance-type", InstanceType::name)
            .add(
                    "processor-info.supported-architecture",
                    t -> t.architectures().stream().map(Architecture::awsName).toList())
            .addOne("hibernation-supported", t -> String.valueOf(t.hibernationSupported()))
            .addOne("burstable-performance-supported", t -> String.valueOf(t.burstable()))
            .addOne("current-generation", t -> "true")
            .addOne("bare-metal", t -> String.valueOf(t.bareMetal()))
            .addOne(
                    "instance-storage-supported",
                    t -> String.valueOf(t.instanceStore().isPresent()))
            .addOne("memory-info.size-in-mib", t -> String.valueOf(t.memoryMib()))
            .addOne("vcpu-info.default-vcpus", t -> String.valueOf(t.vcpus()))
            .add("supported-usage-class", t -> t.isMac() ? List.of("on-demand") : List.of("on-demand", "spot"))
            .addOne("hypervisor", t -> t.hypervisor().orElse(null))
            .addOne(
                    "free-tier-eligible",
                    t -> String.valueOf(t.name().equals("t2.micro") || t.name().equals("t3.micro")));

    private final Ec2Context ctx;

    InstanceTypeQueries(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public Page<InstanceType> describe(
            List<String> names, List<Filter> filters, Optional<Integer> maxResults, Optional<String> nextToken) {
        FILTERS.validate(filters);
        List<InstanceType> candidates = new ArrayList<>();
        if (names.isEmpty()) {
            candidates.addAll(ctx.world().types.all());
        } else {
            // AWS names every unknown type of the request in one error.
            List<String> unknown = names.stream()
                    .filter(n -> ctx.world().types.find(n).isEmpty())
                    .toList();
            if (!unknown.isEmpty()) {
                throw Ec2Errors.instanceTypesNotFound(unknown);
            }
            names.forEach(n -> candidates.add(ctx.world().types.find(n).orElseThrow()));
        }
        return Page.of(
                candidates.stream().filter(t -> FILTERS.matches(t, filters)).toList(), maxResults, nextToken);
    }

    public Page<Offering> offerings(
            Optional<String> locationType,
            List<Filter> filters,
            Optional<Integer> maxResults,
            Optional<String> nextToken) {
        String type = locationType.orElse("region");
        List<Offering> all = new ArrayList<>();
        for (InstanceType t : ctx.world().types.all()) {
            if (type.equals("region")) {
                all.add(new Offering(t.name(), "region", ctx.region().id()));
            } else if (type.equals("availability-zone") || type.equals("availability-zone-id")) {
                for (String zone : ctx.region().availabilityZones()) {
                    if (!t.unavailableZones().contains(zone)) {
                        all.add(new Offering(
                                t.name(),
                                type,
                                type.equals("availability-zone")
                                        ? zone
                                        : ctx.region().zoneId(zone)));
                    }
                }
            } else {
                throw Ec2Errors.invalidValueFor(type, "LocationType");
            }
        }
        FilterSet<Offering> set = FilterSet.<Offering>withoutTags()
                .addOne("instance-type", Offering::instanceType)
                .addOne("location", Offering::location);
        set.validate(filters);
        return Page.of(all.stream().filter(o -> set.matches(o, filters)).toList(), maxResults, nextToken);
    }
}
