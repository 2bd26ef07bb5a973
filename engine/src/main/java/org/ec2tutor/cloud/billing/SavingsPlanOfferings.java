package org.ec2tutor.cloud.billing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.ec2tutor.cloud.Region;

/**
 * Every Savings Plan offering for EC2: Compute plans (one per term and payment option) and EC2 Instance plans (one
 * per family, Region, term and payment option). Ids are name-based UUIDs, so an offering id is the same in every
 * session.
 */
public final class SavingsPlanOfferings {

    private SavingsPlanOfferings() {}

    /** The offerings for the given instance families, Compute ones first. */
    public static List<SavingsPlanOffering> of(Collection<String> instanceTypes) {
        TreeSet<String> families = new TreeSet<>();
        instanceTypes.forEach(t -> families.add(SavingsPlanOffering.familyOf(t)));
        List<SavingsPlanOffering> out = new ArrayList<>();
        for (int years : new int[] {1, 3}) {
            for (PaymentOption p : PaymentOption.values()) {
                out.add(offering(SavingsPlanType.COMPUTE, years, p, Optional.empty(), Optional.empty()));
            }
        }
        for (String family : families) {
            for (Region r : Region.values()) {
                for (int years : new int[] {1, 3}) {
                    for (PaymentOption p : PaymentOption.values()) {
                        out.add(offering(SavingsPlanType.EC2_INSTANCE, years, p, Optional.of(family), Optional.of(r)));
                    }
                }
            }
        }
        return out;
    }

    private static SavingsPlanOffering offering(
            SavingsPlanType type, int years, PaymentOption p, Optional<String> family, Optional<Region> region) {
        String key = String.join(
                "/",
                "savingsplan",
                type.awsName(),
                String.valueOf(years),
                p.awsName(),
                family.orElse(""),
                region.map(Region::id).orElse(""));
        String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        return new SavingsPlanOffering(id, type, years, p, family, region);
    }
}
