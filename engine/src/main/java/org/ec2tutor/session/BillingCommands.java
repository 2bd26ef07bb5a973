package org.ec2tutor.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.billing.AccountBilling;
import org.ec2tutor.cloud.billing.Bill;
import org.ec2tutor.cloud.billing.CostGrouping;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.render.Renderer;

/** The handlers of the commands about money and purchase options: the bill, cost comparisons, Spot interruptions. */
final class BillingCommands {

    /** {@code $ID} or {@code ${ID}}, as in the aws lines around it. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    private BillingCommands() {}

    static boolean bill(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs a = CommandArgs.parse(args, Set.of("--from", "--to", "--group-by"), Set.of());
        a.positional(0, 0);
        CostGrouping grouping = a.option(
                "--group-by",
                CostGrouping.SERVICE,
                key -> CostGrouping.fromKey(key)
                        .orElseThrow(() -> new Command.Usage("Unknown --group-by " + key
                                + ": choose SERVICE, PURCHASE_TYPE, INSTANCE_TYPE or USAGE_TYPE.")));
        AccountBilling billing = s.state().billing();
        Instant to = a.option("--to", s.state().now(), BillingCommands::billDate);
        Instant from = a.option("--from", null, BillingCommands::billDate);
        if (from == null) {
            from = billing.firstCharge().orElse(s.state().now());
        }
        if (to.isBefore(from)) {
            // Cost Explorer's own words for an end before the start.
            throw new Command.Usage("Start date (and hour) should be before end date (and hour)");
        }
        Bill bill = billing.read(from, to);
        emit.accept(new CellEvent.Display(Renderer.instance()
                .bundle("billing/bill", Map.of("view", BillViews.of(s.state(), bill, grouping)))));
        return true;
    }

    static boolean spotInterrupt(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        String id = CommandArgs.positional(args).positional(1, 1).get(0);
        Matcher variable = VARIABLE.matcher(id);
        if (variable.matches()) {
            id = s.state().variables().expand(variable.group(1));
        }
        Instant at;
        try {
            at = s.state().interruptSpot(id);
        } catch (AwsException e) {
            throw new Command.Usage(e.getMessage());
        }
        emit.accept(CellEvent.out("EC2 gave " + id + " its two-minute interruption notice (instance metadata "
                + "spot/instance-action); it acts at " + at + ".\n"));
        return true;
    }

    static boolean costCompare(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs a = CommandArgs.parse(args, Set.of("--count", "--months", "--hours-per-day"), Set.of());
        String type = a.positional(1, 1).get(0);
        int count = a.option("--count", 1, CommandArgs.positiveInt("--count"));
        int months = a.option("--months", 12, CommandArgs.positiveInt("--months"));
        double hoursPerDay = a.option("--hours-per-day", 24.0, BillingCommands::hoursPerDay);
        AccountBilling.Comparison c = s.state()
                .billing()
                .compare(type, count, hoursPerDay, months)
                .orElseThrow(() -> new Command.Usage(
                        "No instance type " + type + " to compare (mac types need a Dedicated Host)."));
        emit.accept(new CellEvent.Display(Renderer.instance()
                .bundle("billing/compare", Map.of("view", CostComparisonViews.of(c.workload(), c.options())))));
        return true;
    }

    private static double hoursPerDay(String value) throws Command.Usage {
        try {
            double h = Double.parseDouble(value);
            if (h > 0 && h <= 24) {
                return h;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage message
        }
        throw new Command.Usage("--hours-per-day takes a number of hours above 0 and up to 24, not " + value);
    }

    private static Instant billDate(String text) throws Command.Usage {
        try {
            return text.contains("T")
                    ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new Command.Usage("Not a date: " + text + " (use YYYY-MM-DD or 2026-01-01T10:00:00Z)");
        }
    }

    /** Lines of a bill read to date, as {@code tutor.bill()} returns them in Java. */
    static String billText(SessionState state, CostGrouping grouping) {
        return Renderer.instance()
                .render(
                        "billing/bill.txt.ftl",
                        Map.of("view", BillViews.of(state, state.billing().readToDate(), grouping)));
    }
}
