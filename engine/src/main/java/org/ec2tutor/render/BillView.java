package org.ec2tutor.render;

import java.util.List;

/**
 * A bill as {@code %bill} shows it: one row per resource and usage type, totals per service (with the width of
 * its bar in the notebook chart). Plain values, formatted by the session.
 */
public record BillView(String accountId, String profile, String from, String to, List<Row> rows,
        List<ServiceTotal> services, String total) {

    /** @param pricing how the line is paid: {@code On-Demand} or {@code Reserved} */
    public record Row(String service, String usageType, String resourceId, String pricing, String quantity,
            String unit, String unitPrice, String cost) {}

    /** @param barPercent the bar's length relative to the dearest service, 0 to 100 */
    public record ServiceTotal(String service, String cost, int barPercent) {}
}
