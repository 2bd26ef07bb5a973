package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;

/**
 * One line of a bill: the use of one resource for one usage type over the billed period.
 *
 * @param quantity hours or GB-months, rounded to six decimals
 * @param unitPrice USD per unit
 * @param costUsd quantity times unit price, rounded to six decimals (AWS shows costs this finely in Cost Explorer)
 */
public record LineItem(UsageType type, String detail, String resourceId, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal costUsd) {

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
