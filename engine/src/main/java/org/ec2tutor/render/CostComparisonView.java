package org.ec2tutor.render;

import java.util.List;

/** {@code %cost-compare}: the workload and each way to pay for it, cheapest first. */
public record CostComparisonView(String workload, List<Row> rows) {

    /**
     * One way to pay for the workload and what it costs over the term.
     *
     * @param barPercent the bar's length on a scale of twice the On-Demand total, 0 to 100 (capped)
     * @param beyond for an option past the scale, how many times On-Demand it costs (e.g. {@code x96 On-Demand})
     * @param saving how much less than On-Demand, e.g. {@code 41%}, or empty for On-Demand itself
     */
    public record Row(
            String name,
            String upfront,
            String total,
            String commitment,
            String saving,
            int barPercent,
            String beyond,
            boolean cheapest) {}
}
