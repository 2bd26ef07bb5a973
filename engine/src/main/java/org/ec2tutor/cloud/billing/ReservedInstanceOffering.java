package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.time.Duration;
import org.ec2tutor.cloud.Region;

/**
 * A Reserved Instance offering: Linux/UNIX, default tenancy, Regional scope.
 *
 * @param id a UUID, as AWS offering ids are
 * @param fixedPrice the upfront payment per instance, USD
 * @param hourlyRecurring the recurring charge per instance-hour, USD, billed whether or not an instance runs
 */
public record ReservedInstanceOffering(
        String id,
        String instanceType,
        Region region,
        int years,
        OfferingClass offeringClass,
        PaymentOption paymentOption,
        BigDecimal fixedPrice,
        BigDecimal hourlyRecurring) {

    /** The term: 31,536,000 s a year, as the API reports {@code Duration}. */
    public Duration term() {
        return Duration.ofSeconds(31_536_000L * years);
    }
}
