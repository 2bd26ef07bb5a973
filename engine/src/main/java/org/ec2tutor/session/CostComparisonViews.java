package org.ec2tutor.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.cloud.billing.CostComparison;
import org.ec2tutor.render.CostComparisonView;

/** Formats a cost comparison for {@code %cost-compare}. */
final class CostComparisonViews {

    private CostComparisonViews() {}

    static CostComparisonView of(CostComparison.Workload w, List<CostComparison.Option> options) {
        BigDecimal onDemand = options.stream()
                .filter(o -> o.name().equals("On-Demand"))
                .findFirst()
                .orElseThrow()
                .total();
        // The scale is twice On-Demand, not the dearest option: a Dedicated Host can cost a hundred times the rest,
        // which would crush every other bar to nothing. Options beyond the scale get a full bar and their multiple.
        BigDecimal scale = onDemand.multiply(BigDecimal.valueOf(2));
        List<CostComparisonView.Row> rows = new ArrayList<>();
        for (CostComparison.Option o : options) {
            String saving = o.name().equals("On-Demand") || onDemand.signum() == 0
                    ? ""
                    : onDemand.subtract(o.total())
                                    .multiply(BigDecimal.valueOf(100))
                                    .divide(onDemand, 0, RoundingMode.HALF_UP)
                            + "%";
            int bar = scale.signum() == 0
                    ? 0
                    : Math.min(
                            100,
                            o.total()
                                    .multiply(BigDecimal.valueOf(100))
                                    .divide(scale, 0, RoundingMode.HALF_UP)
                                    .intValue());
            String beyond = scale.signum() == 0 || o.total().compareTo(scale) <= 0
                    ? ""
                    : "x" + o.total().divide(onDemand, 0, RoundingMode.HALF_UP) + " On-Demand";
            rows.add(new CostComparisonView.Row(
                    o.name(),
                    "$" + o.upfront().toPlainString(),
                    "$" + o.total().toPlainString(),
                    o.committedMonths() == 0 ? "none" : o.committedMonths() + " months",
                    saving,
                    bar,
                    beyond,
                    rows.isEmpty()));
        }
        String hours = BigDecimal.valueOf(w.hoursPerDay()).stripTrailingZeros().toPlainString();
        String workload =
                w.count() + " x " + w.instanceType() + " in " + w.region().id() + ", " + hours + " h/day for "
                        + w.months() + (w.months() == 1 ? " month" : " months") + " (730-hour months)";
        return new CostComparisonView(workload, rows);
    }
}
