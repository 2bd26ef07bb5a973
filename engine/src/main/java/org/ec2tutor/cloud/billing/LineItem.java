package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;

/**
 * One line of a bill: the use of one resource for one usage type over the billed period.
 *
 * @param purchaseType Cost Explorer's PURCHASE_TYPE: {@code On Demand Instances} or {@code Reserved Instances}
 * @param quantity hours, GB-months or a count, rounded to six decimals
 * @param unitPrice USD per unit
 * @param costUsd quantity times unit price, rounded to six decimals (AWS shows costs this finely in Cost Explorer)
 */
public record LineItem(
        UsageType type,
        String detail,
        String resourceId,
        String purchaseType,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal costUsd) {

    public static final String ON_DEMAND = "On Demand Instances";
    public static final String RESERVED = "Reserved Instances";
    /** Instance hours inside a Capacity Reservation: the reservation's own line carries their cost. */
    public static final String CAPACITY = "Capacity Reservation";

    public static final String SPOT = "Spot Instances";

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
