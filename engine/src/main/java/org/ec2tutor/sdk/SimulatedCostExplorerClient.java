package org.ec2tutor.sdk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.Bill;
import org.ec2tutor.cloud.billing.CostQuery;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.sdk.model.costexplorer.CostExplorerClient;
import org.ec2tutor.sdk.model.costexplorer.CostExplorerException;
import org.ec2tutor.sdk.model.costexplorer.Coverage;
import org.ec2tutor.sdk.model.costexplorer.CoverageByTime;
import org.ec2tutor.sdk.model.costexplorer.CoverageCost;
import org.ec2tutor.sdk.model.costexplorer.CoverageHours;
import org.ec2tutor.sdk.model.costexplorer.DateInterval;
import org.ec2tutor.sdk.model.costexplorer.Expression;
import org.ec2tutor.sdk.model.costexplorer.GetCostAndUsageRequest;
import org.ec2tutor.sdk.model.costexplorer.GetCostAndUsageResponse;
import org.ec2tutor.sdk.model.costexplorer.GetReservationCoverageRequest;
import org.ec2tutor.sdk.model.costexplorer.GetReservationCoverageResponse;
import org.ec2tutor.sdk.model.costexplorer.GetSavingsPlansCoverageRequest;
import org.ec2tutor.sdk.model.costexplorer.GetSavingsPlansCoverageResponse;
import org.ec2tutor.sdk.model.costexplorer.Group;
import org.ec2tutor.sdk.model.costexplorer.GroupDefinition;
import org.ec2tutor.sdk.model.costexplorer.MetricValue;
import org.ec2tutor.sdk.model.costexplorer.ResultByTime;
import org.ec2tutor.sdk.model.costexplorer.SavingsPlansCoverage;
import org.ec2tutor.sdk.model.costexplorer.SavingsPlansCoverageData;

/**
 * A {@link CostExplorerClient} on the simulated bill: GetCostAndUsage, GetSavingsPlansCoverage and
 * GetReservationCoverage read the same line items as {@code %bill}. Every other operation answers
 * {@code OperationNotSimulated}; errors are {@link CostExplorerException}s with the service's codes.
 */
public final class SimulatedCostExplorerClient implements CostExplorerClient {

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final Caller caller;

    private SimulatedCostExplorerClient(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.caller = caller;
    }

    /** A client whose calls are recorded as made from {@code surface}. */
    public static CostExplorerClient create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                CostExplorerClient.class,
                new SimulatedCostExplorerClient(cloud, account, region, InProcessCallers.of(surface, account)),
                "SimulatedCostExplorerClient[" + account.profile() + "]",
                op -> error(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    private static CostExplorerException error(AwsException e, String requestId) {
        return CostExplorerException.of(
                e.code().code(), e.getMessage(), e.code().httpStatus(), requestId);
    }

    private <T> T call(String operation, java.util.function.Supplier<T> body) {
        return cloud.transact(() -> {
            Instant at = cloud.now();
            Caller who = CallerContext.current().orElse(caller);
            try {
                T result = body.get();
                cloud.apiCalls().record(new ApiCall(at, account.id(), region, "ce", operation, Optional.empty(), who));
                return result;
            } catch (AwsException e) {
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                "ce",
                                operation,
                                Optional.of(e.code().code()),
                                who));
                throw error(e, cloud.newRequestId());
            }
        });
    }

    private Bill bill(Instant[] window) {
        return cloud.ec2World().bill(account.id(), window[0], window[1]);
    }

    @Override
    public GetCostAndUsageResponse getCostAndUsage(GetCostAndUsageRequest r) {
        return call("GetCostAndUsage", () -> {
            CostQuery.Granularity g = granularity(r.granularity(), true);
            Instant[] period = period(r.timePeriod());
            List<CostQuery.Key> groupBy = new ArrayList<>();
            for (GroupDefinition d : r.groupBy()) {
                groupBy.add(key(d.type(), d.key()));
            }
            List<CostQuery.Bucket> buckets = CostQuery.run(
                    this::bill,
                    cloud.ec2World()::tagsOf,
                    period[0],
                    period[1],
                    g,
                    r.metrics(),
                    groupBy,
                    Optional.ofNullable(r.filter()).map(SimulatedCostExplorerClient::filter),
                    cloud.now());
            List<ResultByTime> results = new ArrayList<>();
            for (CostQuery.Bucket b : buckets) {
                List<Group> groups = new ArrayList<>();
                for (CostQuery.Group group : b.groups()) {
                    groups.add(Group.builder()
                            .keys(group.keys())
                            .metrics(metrics(group.metrics()))
                            .build());
                }
                results.add(ResultByTime.builder()
                        .timePeriod(interval(b.start(), b.end(), g))
                        .total(metrics(b.total()))
                        .groups(groups)
                        .estimated(b.estimated())
                        .build());
            }
            GetCostAndUsageResponse.Builder out =
                    GetCostAndUsageResponse.builder().resultsByTime(results).dimensionValueAttributes(List.of());
            if (!r.groupBy().isEmpty()) {
                out.groupDefinitions(r.groupBy());
            }
            return out.build();
        });
    }

    @Override
    public GetSavingsPlansCoverageResponse getSavingsPlansCoverage(GetSavingsPlansCoverageRequest r) {
        return call("GetSavingsPlansCoverage", () -> {
            refuseGroupsAndFilters(r.groupBy(), r.filter());
            CostQuery.Granularity g = granularity(r.granularity() == null ? "MONTHLY" : r.granularity(), false);
            Instant[] period = period(r.timePeriod());
            List<SavingsPlansCoverage> out = new ArrayList<>();
            for (Instant[] w : windows(period, g)) {
                Bill bill = bill(w);
                BigDecimal covered = BigDecimal.ZERO;
                for (LineItem i : bill.items()) {
                    if (i.type() == UsageType.COMPUTE && i.purchaseType().equals(LineItem.SAVINGS_PLANS)) {
                        // Coverage counts what the covered hours would have cost On-Demand.
                        covered = covered.add(i.quantity()
                                .multiply(cloud.ec2World().prices().onDemandHourly(i.detail(), i.region())));
                    }
                }
                BigDecimal onDemand =
                        sum(bill, i -> isCompute(i) && i.purchaseType().equals(LineItem.ON_DEMAND), true);
                BigDecimal total = covered.add(onDemand);
                out.add(SavingsPlansCoverage.builder()
                        .attributes(Map.of())
                        .coverage(SavingsPlansCoverageData.builder()
                                .spendCoveredBySavingsPlans(amount(covered))
                                .onDemandCost(amount(onDemand))
                                .totalCost(amount(total))
                                .coveragePercentage(percent(covered, total))
                                .build())
                        .timePeriod(interval(w[0], w[1], g))
                        .build());
            }
            return GetSavingsPlansCoverageResponse.builder()
                    .savingsPlansCoverages(out)
                    .build();
        });
    }

    @Override
    public GetReservationCoverageResponse getReservationCoverage(GetReservationCoverageRequest r) {
        return call("GetReservationCoverage", () -> {
            refuseGroupsAndFilters(r.groupBy(), r.filter());
            CostQuery.Granularity g = granularity(r.granularity() == null ? "MONTHLY" : r.granularity(), false);
            Instant[] period = period(r.timePeriod());
            List<CoverageByTime> out = new ArrayList<>();
            BigDecimal[] all = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (Instant[] w : windows(period, g)) {
                Bill bill = bill(w);
                BigDecimal reserved =
                        sum(bill, i -> isCompute(i) && i.purchaseType().equals(LineItem.RESERVED), false);
                BigDecimal onDemandHours = sum(
                        bill,
                        i -> isCompute(i)
                                && (i.purchaseType().equals(LineItem.ON_DEMAND)
                                        || i.purchaseType().equals(LineItem.SAVINGS_PLANS)),
                        false);
                BigDecimal onDemandCost =
                        sum(bill, i -> isCompute(i) && i.purchaseType().equals(LineItem.ON_DEMAND), true);
                all[0] = all[0].add(reserved);
                all[1] = all[1].add(onDemandHours);
                all[2] = all[2].add(onDemandCost);
                out.add(CoverageByTime.builder()
                        .timePeriod(interval(w[0], w[1], g))
                        .groups(List.of())
                        .total(coverage(reserved, onDemandHours, onDemandCost))
                        .build());
            }
            return GetReservationCoverageResponse.builder()
                    .coveragesByTime(out)
                    .total(coverage(all[0], all[1], all[2]))
                    .build();
        });
    }

    private static Coverage coverage(BigDecimal reserved, BigDecimal onDemandHours, BigDecimal onDemandCost) {
        BigDecimal total = reserved.add(onDemandHours);
        return Coverage.builder()
                .coverageHours(CoverageHours.builder()
                        .onDemandHours(amount(onDemandHours))
                        .reservedHours(amount(reserved))
                        .totalRunningHours(amount(total))
                        .coverageHoursPercentage(percent(reserved, total))
                        .build())
                .coverageCost(CoverageCost.builder()
                        .onDemandCost(amount(onDemandCost))
                        .build())
                .build();
    }

    private static boolean isCompute(LineItem i) {
        return i.type() == UsageType.COMPUTE;
    }

    private static BigDecimal sum(Bill bill, Predicate<LineItem> which, boolean cost) {
        return bill.items().stream()
                .filter(which)
                .map(cost ? LineItem::costUsd : LineItem::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The coverage operations answer per period only; grouping and filtering them is not simulated. */
    private static void refuseGroupsAndFilters(List<GroupDefinition> groupBy, Expression filter) {
        if (!groupBy.isEmpty() || filter != null) {
            throw Ec2Errors.notSimulated("Cost Explorer coverage with GroupBy or Filter");
        }
    }

    private static List<Instant[]> windows(Instant[] period, CostQuery.Granularity g) {
        List<Instant[]> out = new ArrayList<>();
        for (Instant a = period[0]; a.isBefore(period[1]); ) {
            Instant b = g == CostQuery.Granularity.DAILY
                    ? a.atZone(ZoneOffset.UTC)
                            .toLocalDate()
                            .plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                    : a.atZone(ZoneOffset.UTC)
                            .toLocalDate()
                            .withDayOfMonth(1)
                            .plusMonths(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
            out.add(new Instant[] {a, b.isAfter(period[1]) ? period[1] : b});
            a = b;
        }
        return out;
    }

    private static CostQuery.Granularity granularity(String given, boolean hourly) {
        if (given == null) {
            throw Ec2Errors.costExplorerInvalid("Granularity is required");
        }
        try {
            CostQuery.Granularity g = CostQuery.Granularity.valueOf(given);
            if (g == CostQuery.Granularity.HOURLY && !hourly) {
                throw Ec2Errors.costExplorerInvalid("Granularity HOURLY is not supported for this operation");
            }
            return g;
        } catch (IllegalArgumentException e) {
            throw Ec2Errors.costExplorerInvalid("Granularity " + given + " is not one of DAILY, MONTHLY, HOURLY");
        }
    }

    private static Instant[] period(DateInterval p) {
        if (p == null || p.start() == null || p.end() == null) {
            throw Ec2Errors.costExplorerInvalid("TimePeriod needs Start and End");
        }
        Instant start = date(p.start());
        Instant end = date(p.end());
        if (!start.isBefore(end)) {
            throw Ec2Errors.costExplorerStartAfterEnd();
        }
        return new Instant[] {start, end};
    }

    private static Instant date(String text) {
        try {
            return text.contains("T")
                    ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw Ec2Errors.costExplorerBadDate(text);
        }
    }

    private static DateInterval interval(Instant a, Instant b, CostQuery.Granularity g) {
        Function<Instant, String> f = g == CostQuery.Granularity.HOURLY
                ? Instant::toString
                : i -> i.atZone(ZoneOffset.UTC).toLocalDate().toString();
        return DateInterval.builder().start(f.apply(a)).end(f.apply(b)).build();
    }

    private static CostQuery.Key key(String type, String name) {
        if ("TAG".equals(type)) {
            return new CostQuery.Key(true, name);
        }
        if ("DIMENSION".equals(type)) {
            return CostQuery.dimension(name);
        }
        throw Ec2Errors.costExplorerInvalid(
                "Group Definition Type " + type + " is not supported here: use " + "DIMENSION or TAG");
    }

    private static CostQuery.Filter filter(Expression e) {
        int parts = (e.hasAnd() ? 1 : 0)
                + (e.hasOr() ? 1 : 0)
                + (e.not() != null ? 1 : 0)
                + (e.dimensions() != null ? 1 : 0)
                + (e.tags() != null ? 1 : 0);
        if (parts != 1) {
            throw Ec2Errors.costExplorerInvalid("Expression must have exactly one of And, Or, Not, Dimensions, Tags");
        }
        if (e.hasAnd()) {
            return new CostQuery.And(
                    e.and().stream().map(SimulatedCostExplorerClient::filter).toList());
        }
        if (e.hasOr()) {
            return new CostQuery.Or(
                    e.or().stream().map(SimulatedCostExplorerClient::filter).toList());
        }
        if (e.not() != null) {
            return new CostQuery.Not(filter(e.not()));
        }
        if (e.dimensions() != null) {
            return new CostQuery.Match(
                    CostQuery.dimension(e.dimensions().key()), e.dimensions().values());
        }
        return new CostQuery.Match(
                new CostQuery.Key(true, e.tags().key()), e.tags().values());
    }

    private static Map<String, MetricValue> metrics(Map<String, CostQuery.Metric> metrics) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        metrics.forEach((name, m) -> out.put(
                name,
                MetricValue.builder().amount(amount(m.amount())).unit(m.unit()).build()));
        return out;
    }

    /** Amounts are strings, as Cost Explorer sends them; the bill's six decimals, trailing zeros dropped. */
    private static String amount(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0
                ? "0"
                : part.multiply(BigDecimal.valueOf(100))
                        .divide(whole, 2, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros()
                        .toPlainString()
                        .toLowerCase(Locale.ROOT);
    }
}
