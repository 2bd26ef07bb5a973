package org.ec2tutor.session;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.ec2tutor.cloud.billing.CostGrouping;
import org.ec2tutor.render.Renderer;

/**
 * The session's commands, one table: {@code %name} in cells, {@code /name} in the REPL. A wrong use prints the
 * command's usage. Where jshell has a command of the same name, {@code %help NAME} says how ours differs.
 */
final class Magics {

    /** One command: its usage line, a summary for %help, and what it does. */
    record MagicCommand(String name, String usage, String summary, boolean readOnly, Handler handler) {}

    @FunctionalInterface
    interface Handler {
        /** Returns whether the command succeeded; throws {@link Usage} when the arguments are wrong. */
        boolean run(Session s, String args, Consumer<CellEvent> emit) throws Usage;
    }

    /** Wrong arguments: print the usage. */
    static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String why) {
            super(why, null, false, false);
        }
    }

    private static final Map<String, String> JSHELL_NOTES = Map.of(
            "save", "jshell's /save writes your snippets to a file; ec2-tutor's saves the whole session (cloud, "
                    + "clock, variables) so %load can restore it.",
            "reset", "jshell's /reset only forgets Java snippets; ec2-tutor's also starts a new simulated cloud.",
            "open", "jshell's /open runs a Java file; ec2-tutor's runs a script of cells (aws lines, magics, Java).",
            "vars", "jshell's /vars lists Java variables; ec2-tutor's lists shell variables too.",
            "history", "jshell's /history lists snippets; ec2-tutor's lists every cell.");

    private final Map<String, MagicCommand> commands = new LinkedHashMap<>();

    Magics() {
        add("help", "%help [intro|COMMAND]", "how to use ec2-tutor, or one command", true, Magics::help);
        add("account", "%account [PROFILE|ACCOUNT_ID]", "show or switch the account (default, teammate, outsider)",
                false, Magics::account);
        add("region", "%region [us-east-1|eu-west-1]", "show or switch the Region", false, Magics::region);
        add("state", "%state [--diagram [INSTANCE_ID]]",
                "the account at a glance: instances, images, volumes, snapshots; or instance lifecycles", true,
                Magics::state);
        add("bill", "%bill [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--group-by SERVICE|PURCHASE_TYPE|INSTANCE_TYPE"
                + "|USAGE_TYPE]",
                "what the account's use has cost (all Regions), line by line", true, Magics::bill);
        add("spot-interrupt", "%spot-interrupt INSTANCE_ID",
                "EC2 takes a Spot Instance back: two minutes' notice, then its interruption behaviour", false,
                Magics::spotInterrupt);
        add("cost-compare", "%cost-compare INSTANCE_TYPE [--count N] [--hours-per-day H] [--months M]",
                "what a steady workload costs On-Demand, on Spot and with each Reserved Instance offering", true,
                Magics::costCompare);
        add("lessons", "%lessons", "the lessons and where you are in each", true,
                (s, a, e) -> s.lessons().lessons(a, e));
        add("lesson", "%lesson [start ID [--seed N] | reset-step | restart | quit]",
                "start a lesson, show the current step again, undo the current step's cells, start over or leave",
                false,
                (s, a, e) -> s.lessons().lesson(a, e));
        add("check", "%check [STEP] [--points]",
                "check the current step (or STEP) now: what passes and what is missing (--points: its score too)",
                false,
                (s, a, e) -> s.lessons().check(a, e));
        add("hint", "%hint", "the next hint for the current step", false, (s, a, e) -> s.lessons().hint(a, e));
        add("next", "%next [--force]", "go on to the next step (--force skips one that has not passed)", false,
                (s, a, e) -> s.lessons().next(a, e));
        add("solve", "%solve", "let the tutor apply the current step's solution (recorded as solved by the tutor)",
                false, (s, a, e) -> s.lessons().solve(a, e));
        add("progress", "%progress", "every step of the lesson with its status, hints and checks", true,
                (s, a, e) -> s.lessons().progress(a, e));
        add("fail", "%fail [MESSAGE]", "always fails: an nbgrader stub that counts as not answered", true,
                Magics::fail);
        add("advance", "%advance DURATION   (e.g. 30s, 5m, 2h, 30d, 1h30m)", "let simulated time pass", false,
                Magics::advance);
        add("clock", "%clock", "the simulated time", true, Magics::clock);
        add("vars", "%vars", "shell and Java variables", true, Magics::vars);
        add("history", "%history", "the cells run so far", true, Magics::history);
        add("open", "%open FILE", "run the cells of a script or notebook", false, Magics::open);
        add("save", "%save FILE", "save the session (cloud, clock, variables) to FILE", true, Magics::save);
        add("load", "%load FILE", "restore a saved session", false, Magics::load);
        add("reset", "%reset [--seed N]", "start again on a new simulated cloud", false, Magics::reset);
    }

    private void add(String name, String usage, String summary, boolean readOnly, Handler h) {
        commands.put(name, new MagicCommand(name, usage, summary, readOnly, h));
    }

    Map<String, MagicCommand> commands() {
        return commands;
    }

    static boolean isReadOnly(String name) {
        return READ_ONLY.contains(name);
    }

    private static final java.util.Set<String> READ_ONLY = java.util.Set.of("help", "state", "cost-compare",
            "clock", "vars", "history", "save", "lessons", "progress", "fail");

    boolean run(Session s, String name, String args, Consumer<CellEvent> emit) {
        MagicCommand c = commands.get(name);
        if (c == null) {
            String suggestion = commands.keySet().stream().filter(n -> n.startsWith(name)).findFirst()
                    .map(n -> " Did you mean %" + n + "?").orElse("");
            String msg = "Unknown command %" + name + "." + suggestion + " %help lists the commands.";
            emit.accept(new CellEvent.Error("UsageError", msg, List.of(msg)));
            return false;
        }
        try {
            return c.handler().run(s, args, emit);
        } catch (Usage u) {
            String msg = (u.getMessage().isEmpty() ? "" : u.getMessage() + "\n") + "usage: " + c.usage();
            emit.accept(new CellEvent.Error("UsageError", msg.lines().findFirst().orElse(msg), msg.lines().toList()));
            return false;
        }
    }

    // --- the commands ----------------------------------------------------------------------------------------

    private static boolean help(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        Map<String, MagicCommand> all = s.magics().commands();
        if (args.isEmpty()) {
            StringBuilder b = new StringBuilder("Type aws commands, shell-style lines or Java; %help intro for a tour.\n"
                    + "Commands (in the REPL also as /name):\n");
            all.values().forEach(c -> b.append(String.format("  %-38s %s%n", c.usage(), c.summary())));
            emit.accept(CellEvent.out(b.toString()));
            return true;
        }
        if (args.equals("intro")) {
            emit.accept(CellEvent.out(INTRO));
            return true;
        }
        MagicCommand c = all.get(args.replaceFirst("^[%/]", ""));
        if (c == null) {
            throw new Usage("No command " + args + ".");
        }
        String note = JSHELL_NOTES.getOrDefault(c.name(), "");
        emit.accept(CellEvent.out(c.usage() + "\n  " + c.summary() + "\n" + (note.isEmpty() ? "" : "  " + note + "\n")));
        return true;
    }

    static final String INTRO = """
            A short tour of ec2-tutor:
              aws ec2 describe-images --owners amazon      real AWS CLI syntax, against a simulated account
              ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --query 'Instances[0].InstanceId' --output text)
              echo $ID                                     shell-style variables, shared with Java as vars
              aws ec2 wait instance-running --instance-ids $ID    waits move the simulated clock, not yours
              ec2.describeInstances(b -> b.instanceIds(vars.get("ID")))    Java: ec2 is an Ec2Client
              %state                                       the account at a glance
              %advance 1h                                  let simulated time pass
              %bill                                        what it has cost so far, line by line
              %account teammate                            act as another account (also: --profile teammate)
              %lessons                                     guided lessons; %lesson start first-instance begins one
              %help                                        every command; Tab completes, Ctrl-C interrupts
            """;

    private static boolean account(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        if (!args.isEmpty()) {
            String profile = s.aws().accountId(args).map(id -> profileOf(s, args)).orElseThrow(() ->
                    new Usage("No account or profile " + args + " (try default, teammate, outsider)."));
            s.switchAccount(profile);
        }
        emit.accept(CellEvent.out("Account " + s.accountId() + " (profile " + s.profile() + "), Region " + s.region()
                + "\n"));
        return true;
    }

    private static String profileOf(Session s, String profileOrId) {
        return s.cloud().accounts().find(profileOrId).map(a -> a.profile()).orElse(profileOrId);
    }

    private static boolean region(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        if (!args.isEmpty()) {
            if (!s.aws().knowsRegion(args)) {
                throw new Usage("No Region " + args + " here (us-east-1 or eu-west-1).");
            }
            s.switchRegion(args);
        }
        emit.accept(CellEvent.out("Region " + s.region() + "\n"));
        return true;
    }

    private static boolean state(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        if (args.startsWith("--diagram")) {
            String only = args.substring("--diagram".length()).strip();
            var view = AccountViews.of(s);
            List<org.ec2tutor.render.LifecycleView> instances = view.instances().stream()
                    .filter(i -> only.isEmpty() || i.id().equals(only))
                    .map(i -> new org.ec2tutor.render.LifecycleView(i.id(), i.name(), i.state())).toList();
            if (instances.isEmpty()) {
                throw new Usage(only.isEmpty() ? "No instances yet." : "No instance " + only + " in this account.");
            }
            emit.accept(new CellEvent.Display(Renderer.instance().bundle("lifecycle/instance",
                    Map.of("instances", instances))));
            return true;
        }
        if (!args.isEmpty()) {
            throw new Usage("");
        }
        emit.accept(new CellEvent.Display(Renderer.instance().bundle("state/account",
                Map.of("view", AccountViews.of(s)))));
        return true;
    }

    private static boolean bill(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        Instant from = null;
        Instant to = s.now();
        CostGrouping grouping = CostGrouping.SERVICE;
        String[] words = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("--group-by") && i + 1 < words.length) {
                String key = words[++i];
                grouping = CostGrouping.fromKey(key).orElseThrow(() -> new Usage("Unknown --group-by " + key
                        + ": choose SERVICE, PURCHASE_TYPE, INSTANCE_TYPE or USAGE_TYPE."));
            } else if ((words[i].equals("--from") || words[i].equals("--to")) && i + 1 < words.length) {
                Instant at = billDate(words[i + 1]);
                if (words[i].equals("--from")) {
                    from = at;
                } else {
                    to = at;
                }
                i++;
            } else {
                throw new Usage("");
            }
        }
        if (from == null) {
            from = BillViews.firstUse(s).orElse(s.now());
        }
        if (to.isBefore(from)) {
            // Cost Explorer's own words for an end before the start.
            throw new Usage("Start date (and hour) should be before end date (and hour)");
        }
        var bill = BillViews.read(s, from, to);
        emit.accept(new CellEvent.Display(Renderer.instance().bundle("billing/bill",
                Map.of("view", BillViews.of(s, bill, grouping)))));
        return true;
    }

    private static boolean spotInterrupt(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        if (args.isBlank() || args.strip().contains(" ")) {
            throw new Usage("");
        }
        String id = args.strip();
        // $ID as in the aws lines around it, so a lesson can write %spot-interrupt $ID.
        java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?")
                .matcher(id);
        if (variable.matches()) {
            id = s.variables().expand(variable.group(1));
        }
        String instanceId = id;
        Instant at;
        try {
            at = s.cloud().transact(() -> s.cloud().ec2(s.account(), s.cloudRegion()).spotInterruptions()
                    .interrupt(instanceId));
        } catch (org.ec2tutor.cloud.error.AwsException e) {
            throw new Usage(e.getMessage());
        }
        emit.accept(CellEvent.out("EC2 gave " + instanceId + " its two-minute interruption notice (instance metadata "
                + "spot/instance-action); it acts at " + at + ".\n"));
        return true;
    }

    private static boolean costCompare(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        String[] words = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (words.length == 0 || words[0].startsWith("--")) {
            throw new Usage("");
        }
        String type = words[0];
        int count = 1;
        double hoursPerDay = 24;
        int months = 12;
        for (int i = 1; i < words.length; i += 2) {
            if (i + 1 >= words.length) {
                throw new Usage("");
            }
            String value = words[i + 1];
            switch (words[i]) {
                case "--count" -> count = positiveInt("--count", value);
                case "--months" -> months = positiveInt("--months", value);
                case "--hours-per-day" -> hoursPerDay = hoursPerDay(value);
                default -> throw new Usage("");
            }
        }
        var region = s.cloudRegion();
        var world = s.cloud().ec2World();
        if (world.instanceTypes().find(type).isEmpty() || world.instanceTypes().find(type).get().isMac()) {
            throw new Usage("No instance type " + type + " to compare (mac types need a Dedicated Host).");
        }
        var workload = new org.ec2tutor.cloud.billing.CostComparison.Workload(type,
                world.instanceTypes().find(type).get().vcpus(), region, count, hoursPerDay, months);
        var options = s.cloud().transact(() -> org.ec2tutor.cloud.billing.CostComparison.compare(world.prices(),
                world.spotPrices(), s.now(), workload));
        emit.accept(new CellEvent.Display(Renderer.instance().bundle("billing/compare",
                Map.of("view", CostComparisonViews.of(workload, options)))));
        return true;
    }

    private static int positiveInt(String option, String value) throws Usage {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage message
        }
        throw new Usage(option + " takes a whole number above 0, not " + value);
    }

    private static double hoursPerDay(String value) throws Usage {
        try {
            double h = Double.parseDouble(value);
            if (h > 0 && h <= 24) {
                return h;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage message
        }
        throw new Usage("--hours-per-day takes a number of hours above 0 and up to 24, not " + value);
    }

    private static Instant billDate(String text) throws Usage {
        try {
            return text.contains("T") ? Instant.parse(text)
                    : java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new Usage("Not a date: " + text + " (use YYYY-MM-DD or 2026-01-01T10:00:00Z)");
        }
    }

    private static boolean advance(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        Duration d = Durations.parse(args).orElseThrow(() -> new Usage(args.isEmpty() ? "" : "Not a duration: "
                + args));
        s.advance(d);
        emit.accept(CellEvent.out("Simulated time is now " + s.now() + "\n"));
        return true;
    }

    private static boolean fail(Session s, String args, Consumer<CellEvent> emit) {
        String msg = args.isBlank() ? "Not answered yet." : args.strip();
        emit.accept(new CellEvent.Error("NotAnswered", msg, List.of(msg)));
        return false;
    }

    private static boolean clock(Session s, String args, Consumer<CellEvent> emit) {
        String mode = s.options().timeScale() > 0 ? "follows real time x" + s.options().timeScale()
                : "moves only with waits and %advance";
        emit.accept(CellEvent.out(s.now() + " (the simulated clock " + mode + ")\n"));
        return true;
    }

    private static boolean vars(Session s, String args, Consumer<CellEvent> emit) {
        StringBuilder b = new StringBuilder();
        s.variables().asMap().forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        s.java().ifPresent(j -> j.variables().forEach(v -> b.append(v).append('\n')));
        emit.accept(CellEvent.out(b.length() == 0 ? "No variables yet.\n" : b.toString()));
        return true;
    }

    private static boolean history(Session s, String args, Consumer<CellEvent> emit) {
        StringBuilder b = new StringBuilder();
        List<String> h = s.history();
        for (int i = 0; i < h.size(); i++) {
            b.append(String.format("%4d  %s%n", i + 1, h.get(i).strip().replace("\n", "\n      ")));
        }
        emit.accept(CellEvent.out(b.toString()));
        return true;
    }

    private static boolean open(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        if (args.isEmpty()) {
            throw new Usage("");
        }
        Path file = s.workingDirectory().resolve(args);
        List<String> cells;
        try {
            cells = ScriptReader.cells(file);
        } catch (ScriptReader.ScriptException e) {
            emit.accept(new CellEvent.Error("FileError", e.getMessage(), List.of(e.getMessage())));
            return false;
        }
        for (String cell : cells) {
            CellResult r = s.execute(cell, emit);
            if (!r.succeeded()) {
                return false;
            }
        }
        return true;
    }

    private static boolean save(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        if (args.isEmpty()) {
            throw new Usage("");
        }
        Path file = s.workingDirectory().resolve(args);
        SessionStore.save(file, s.journal());
        emit.accept(CellEvent.out("Saved the session to " + file + "\n"));
        return true;
    }

    private static boolean load(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        if (args.isEmpty()) {
            throw new Usage("");
        }
        Path file = s.workingDirectory().resolve(args);
        SessionJournal journal;
        try {
            journal = SessionStore.load(file);
        } catch (NoSuchFileException e) {
            String msg = "No such file: " + file;
            emit.accept(new CellEvent.Error("FileError", msg, List.of(msg)));
            return false;
        } catch (SessionStore.UnreadableSaveFile e) {
            emit.accept(new CellEvent.Error("FileError", e.getMessage(), List.of(e.getMessage())));
            return false;
        }
        List<String> failed = s.restore(journal);
        emit.accept(CellEvent.out("Restored " + journal.cells().size() + " cells from " + file + " (simulated time "
                + s.now() + ")\n"));
        if (!failed.isEmpty()) {
            emit.accept(CellEvent.err(failed.size() + " of them failed again, as they did when first run.\n"));
        }
        return true;
    }

    private static boolean reset(Session s, String args, Consumer<CellEvent> emit) throws Usage {
        long seed = s.options().seed();
        if (!args.isEmpty()) {
            String[] parts = args.split("\\s+");
            if (parts.length != 2 || !parts[0].equals("--seed")) {
                throw new Usage("");
            }
            try {
                seed = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                throw new Usage("Not a seed: " + parts[1]);
            }
        }
        s.reset(seed);
        emit.accept(CellEvent.out("A new simulated cloud (seed " + seed + ").\n"));
        return true;
    }

    static Optional<MagicCommand> byUniquePrefix(Map<String, MagicCommand> commands, String prefix) {
        List<MagicCommand> matches = commands.values().stream().filter(c -> c.name().startsWith(prefix)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.ofNullable(commands.get(prefix));
    }
}
