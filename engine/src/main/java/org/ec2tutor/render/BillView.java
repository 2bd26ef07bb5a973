package org.ec2tutor.render;

import java.util.List;

/**
 * A bill as {@code %bill} shows it: one row per resource and usage type, totals per group (service unless asked
 * otherwise, with the width of its bar in the notebook chart). Plain values, formatted by the session.
 *
 * @param groupBy what the totals are grouped by, in Cost Explorer's words, e.g. {@code service}
 */
public record BillView(
        String accountId,
        String profile,
        String from,
        String to,
        List<Row> rows,
        String groupBy,
        List<GroupTotal> groups,
        String total) {

    /**
     * One line of the bill: a resource's usage of one type and what it cost.
     *
     * @param pricing how the line is paid: {@code On-Demand} or {@code Reserved}
     */
    public record Row(
            String service,
            String usageType,
            String resourceId,
            String pricing,
            String quantity,
            String unit,
            String unitPrice,
            String cost) {}

    /**
     * The total of one group, with the length of its bar in the chart.
     *
     * @param barPercent the bar's length relative to the dearest group, 0 to 100
     */
    public record GroupTotal(String name, String cost, int barPercent) {}
}
