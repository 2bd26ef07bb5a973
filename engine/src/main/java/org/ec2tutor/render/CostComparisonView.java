package org.ec2tutor.render;

import java.util.List;

/** {@code %cost-compare}: the workload and each way to pay for it, cheapest first. */
public record CostComparisonView(String workload, List<Row> rows) {

    /**
     * One way to pay for the workload and what it costs over the term.
     *
     * @param barPercent the bar's length relative to the dearest option, 0 to 100
     * @param saving how much less than On-Demand, e.g. {@code 41%}, or empty for On-Demand itself
     */
    public record Row(
            String name,
            String upfront,
            String total,
            String commitment,
            String saving,
            int barPercent,
            boolean cheapest) {}
}
