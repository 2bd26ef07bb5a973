package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import org.ec2tutor.cloud.Region;

/**
 * One line of a bill: the use of one resource for one usage type over the billed period.
 *
 * @param purchaseType Cost Explorer's PURCHASE_TYPE: {@code On Demand Instances} or {@code Reserved Instances}
 * @param quantity hours, GB-months or a count, rounded to six decimals
 * @param unitPrice USD per unit
 * @param costUsd quantity times unit price, rounded to six decimals (AWS shows costs this finely in Cost Explorer)
 * @param region where the usage ran (Cost Explorer's REGION); a Compute Savings Plan's fees are billed in us-east-1
 */
public record LineItem(
        UsageType type,
        String detail,
        String resourceId,
        String purchaseType,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal costUsd,
        Region region) {

    public static final String ON_DEMAND = "On Demand Instances";
    public static final String RESERVED = "Reserved Instances";
    /** Instance hours inside a Capacity Reservation: the reservation's own line carries their cost. */
    public static final String CAPACITY = "Capacity Reservation";

    public static final String SPOT = "Spot Instances";
    /** Instance hours a Savings Plan paid for, and a plan's upfront payment. */
    public static final String SAVINGS_PLANS = "Savings Plans";
    /** The hours of a plan's commitment no usage spent: billed all the same. */
    public static final String SAVINGS_PLAN_UNUSED = "Savings Plans (unused commitment)";

    public String service() {
        return type.service();
    }

    public String usageType() {
        return type.usageTypeName(detail);
    }

    public String unit() {
        return type.unit().label();
    }
}
