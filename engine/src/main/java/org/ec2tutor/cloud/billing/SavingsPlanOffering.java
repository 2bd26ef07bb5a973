package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import org.ec2tutor.cloud.Region;

/**
 * A Savings Plan offering: a plan type, a term and a payment option, and for an EC2 Instance plan its family and
 * Region. The plan's rate for an instance type is its On-Demand rate less the discount of the matching Reserved
 * Instance ({@link SavingsPlanType}).
 *
 * @param id a UUID, as AWS offering ids are; the same in every session
 * @param family the instance family an EC2 Instance plan is fixed to; empty for Compute plans
 * @param region the Region an EC2 Instance plan is fixed to; empty for Compute plans
 */
public record SavingsPlanOffering(
        String id,
        SavingsPlanType planType,
        int years,
        PaymentOption paymentOption,
        Optional<String> family,
        Optional<Region> region) {

    /** The term: 31,536,000 s a year, as {@code durationSeconds} reports it. */
    public Duration term() {
        return Duration.ofSeconds(31_536_000L * years);
    }

    /** AWS's description, e.g. {@code 1 year No Upfront Compute Savings Plan}. */
    public String description() {
        return years + " year " + paymentOption.awsName() + " " + planType.label() + " Savings Plan"
                + family.map(f -> " for " + f + " in " + region.map(Region::id).orElse(""))
                        .orElse("");
    }

    /** The usage type of the plan's fees, e.g. {@code ComputeSP:1yrNoUpfront}. */
    public String usageType() {
        return planType.awsName() + "SP:" + years + "yr"
                + paymentOption.awsName().replace(" ", "");
    }

    /** Whether the plan applies to {@code instanceType} running in {@code where}. */
    public boolean covers(String instanceType, Region where) {
        return planType == SavingsPlanType.COMPUTE
                || (family.filter(f -> f.equals(familyOf(instanceType))).isPresent()
                        && region.filter(r -> r == where).isPresent());
    }

    /** The plan's hourly rate for {@code instanceType} in {@code where} (Linux, shared tenancy). */
    public BigDecimal rate(PriceList prices, String instanceType, Region where) {
        BigDecimal discount = prices.reservedDiscount(planType.discountLike(), years, paymentOption);
        return prices.onDemandHourly(instanceType, where)
                .multiply(BigDecimal.ONE.subtract(discount))
                .setScale(6, RoundingMode.HALF_UP);
    }

    /** The share of the commitment paid at purchase: all of it, half of it, or none. */
    BigDecimal upfrontShare() {
        return switch (paymentOption) {
            case ALL_UPFRONT -> BigDecimal.ONE;
            case PARTIAL_UPFRONT -> new BigDecimal("0.5");
            case NO_UPFRONT -> BigDecimal.ZERO;
        };
    }

    static String familyOf(String instanceType) {
        int dot = instanceType.indexOf('.');
        return dot < 0 ? instanceType : instanceType.substring(0, dot);
    }
}
