package org.ec2tutor.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ec2tutor.cloud.billing.Bill;
import org.ec2tutor.cloud.billing.CostGrouping;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.render.BillView;

/** Turns a bill of the session's current account into the view {@code %bill} renders. */
final class BillViews {

    private BillViews() {}

    static BillView of(SessionState s, Bill bill, CostGrouping grouping) {
        List<BillView.Row> rows = new ArrayList<>();
        for (LineItem i : bill.items()) {
            String pricing = pricing(i);
            rows.add(new BillView.Row(
                    i.service(),
                    i.usageType(),
                    i.resourceId(),
                    pricing,
                    i.quantity().toPlainString(),
                    i.unit(),
                    usd(i.unitPrice()),
                    usd(i.costUsd())));
        }
        Map<String, BigDecimal> totals = grouping.totals(bill);
        BigDecimal dearest = totals.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<BillView.GroupTotal> groups = new ArrayList<>();
        totals.forEach((name, cost) -> groups.add(new BillView.GroupTotal(
                name,
                usd(cost),
                dearest.signum() == 0
                        ? 0
                        : cost.multiply(BigDecimal.valueOf(100))
                                .divide(dearest, 0, RoundingMode.HALF_UP)
                                .intValue())));
        String groupBy = grouping.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new BillView(
                s.accountId(),
                s.profile(),
                bill.from().toString(),
                bill.to().toString(),
                rows,
                groupBy,
                groups,
                usd(bill.totalUsd()));
    }

    /** How an instance's hours are paid; storage and addresses have one price and show a dash. */
    private static String pricing(LineItem i) {
        return switch (i.type()) {
            case COMPUTE, WINDOWS_COMPUTE, CAPACITY_RESERVATION, RESERVED_HOURLY, RESERVED_UPFRONT, SPOT ->
                switch (i.purchaseType()) {
                    case LineItem.RESERVED -> "Reserved";
                    case LineItem.SPOT -> "Spot";
                    case LineItem.CAPACITY -> "Capacity";
                    case LineItem.SAVINGS_PLANS -> "Savings Plan";
                    default -> "On-Demand";
                };
            case SAVINGS_PLAN_UNUSED -> "Savings Plan, unused";
            case SAVINGS_PLAN_UPFRONT -> "Savings Plan";
            case DEDICATED_INSTANCE -> "Dedicated";
            case DEDICATED_HOST -> "Dedicated Host";
            default -> "-";
        };
    }

    private static String usd(BigDecimal amount) {
        return "$"
                + amount.setScale(Math.max(6, amount.stripTrailingZeros().scale()), RoundingMode.HALF_EVEN)
                        .toPlainString();
    }
}
