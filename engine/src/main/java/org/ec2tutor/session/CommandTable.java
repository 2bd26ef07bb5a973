package org.ec2tutor.session;

import static org.ec2tutor.session.Command.Effect.CHANGES;
import static org.ec2tutor.session.Command.Effect.RESTORES;
import static org.ec2tutor.session.Command.Effect.RUNS_CELLS;
import static org.ec2tutor.session.Command.Effect.SHOWS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.CostGrouping;

/**
 * The session's commands, one table: {@code %name} in cells, {@code /name} in the REPL. Each row says how a command is
 * used, what it does to the session (journaling, lesson checks, grading) and how its arguments complete. A wrong
 * use prints the command's usage.
 */
final class CommandTable {

    /** Where jshell has a command of the same name, how ours differs ({@code %help NAME} says it). */
    private static final Map<String, String> JSHELL_NOTES = Map.of(
            "save", "jshell's /save writes your snippets to a file; ec2-tutor's saves the whole session (cloud, "
                    + "clock, variables) so %load can restore it.",
            "reset", "jshell's /reset only forgets Java snippets; ec2-tutor's also starts a new simulated cloud.",
            "open", "jshell's /open runs a Java file; ec2-tutor's runs a script of cells (aws lines, magics, Java).",
            "vars", "jshell's /vars lists Java variables; ec2-tutor's lists shell variables too.",
            "history", "jshell's /history lists snippets; ec2-tutor's lists every cell.");

    private static final List<String> PROFILES = List.of("default", "teammate", "outsider");

    private final Map<String, Command> commands = new LinkedHashMap<>();

    CommandTable() {
        // name, usage, summary, effect, checks the lesson itself, run when grading, argument completion, handler
        add("help", "%help [intro|COMMAND]", "how to use ec2-tutor, or one command", SHOWS, false, true,
                (s, before) -> before.isEmpty() ? helpTopics() : List.of(), SessionCommands::help);
        add("account", "%account [PROFILE|ACCOUNT_ID]", "show or switch the account (default, teammate, outsider)",
                CHANGES, false, true, Command.ArgumentCompleter.first(PROFILES), SessionCommands::account);
        add("region", "%region [us-east-1|eu-west-1]", "show or switch the Region", CHANGES, false, true,
                Command.ArgumentCompleter.first(Arrays.stream(Region.values()).map(Region::id).toList()), SessionCommands::region);
        add("state", "%state [--diagram [INSTANCE_ID]]",
                "the account at a glance: instances, images, volumes, snapshots; or instance lifecycles", SHOWS,
                false, true, Command.ArgumentCompleter.first(List.of("--diagram")), SessionCommands::state);
        // Reading the bill is a Cost Explorer call in the API history, which lessons may check: replayed.
        add("bill", "%bill [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--group-by SERVICE|PURCHASE_TYPE|INSTANCE_TYPE"
                + "|USAGE_TYPE]", "what the account's use has cost (all Regions), line by line", CHANGES, false, true,
                (s, before) -> !before.isEmpty() && before.get(before.size() - 1).equals("--group-by")
                        ? Arrays.stream(CostGrouping.values()).map(Enum::name).toList() : List.of("--from", "--to", "--group-by"),
                BillingCommands::bill);
        add("spot-interrupt", "%spot-interrupt INSTANCE_ID",
                "EC2 takes a Spot Instance back: two minutes' notice, then its interruption behaviour", CHANGES, false,
                true, Command.ArgumentCompleter.none(), BillingCommands::spotInterrupt);
        add("cost-compare", "%cost-compare INSTANCE_TYPE [--count N] [--hours-per-day H] [--months M]",
                "what a steady workload costs On-Demand, on Spot and with each Reserved Instance offering", SHOWS,
                false, true, (s, before) -> before.isEmpty() ? List.of()
                        : List.of("--count", "--hours-per-day", "--months"), BillingCommands::costCompare);
        add("lessons", "%lessons", "the lessons and where you are in each", SHOWS, true, false,
                Command.ArgumentCompleter.none(), (s, a, e) -> s.lessons().lessons(a, e));
        add("lesson", "%lesson [start ID [--seed N] | reset-step | restart | quit]",
                "start a lesson, show the current step again, undo the current step's cells, start over or leave",
                CHANGES, true, false, (s, before) -> before.isEmpty() ? LessonCommands.SUBCOMMANDS
                        : before.size() == 1 && before.get(0).equals("start") ? s.lessons().ids() : List.of(),
                (s, a, e) -> s.lessons().lesson(a, e));
        add("check", "%check [STEP] [--points]",
                "check the current step (or STEP) now: what passes and what is missing (--points: its score too)",
                CHANGES, true, false, Command.ArgumentCompleter.none(), (s, a, e) -> s.lessons().check(a, e));
        add("hint", "%hint", "the next hint for the current step", CHANGES, true, false,
                Command.ArgumentCompleter.none(), (s, a, e) -> s.lessons().hint(a, e));
        add("next", "%next [--force]", "go on to the next step (--force skips one that has not passed)", CHANGES,
                true, false, Command.ArgumentCompleter.first(List.of("--force")),
                (s, a, e) -> s.lessons().next(a, e));
        add("solve", "%solve", "let the tutor apply the current step's solution (recorded as solved by the tutor)",
                CHANGES, true, false, Command.ArgumentCompleter.none(), (s, a, e) -> s.lessons().solve(a, e));
        add("progress", "%progress", "every step of the lesson with its status, hints and checks", SHOWS, true,
                false, Command.ArgumentCompleter.none(), (s, a, e) -> s.lessons().progress(a, e));
        add("fail", "%fail [MESSAGE]", "always fails: an nbgrader stub that counts as not answered", SHOWS, false,
                true, Command.ArgumentCompleter.none(), SessionCommands::fail);
        add("advance", "%advance DURATION   (e.g. 30s, 5m, 2h, 30d, 1h30m)", "let simulated time pass", CHANGES,
                false, true, Command.ArgumentCompleter.none(), SessionCommands::advance);
        add("clock", "%clock", "the simulated time", SHOWS, false, true, Command.ArgumentCompleter.none(),
                SessionCommands::clock);
        add("vars", "%vars", "shell and Java variables", SHOWS, false, true, Command.ArgumentCompleter.none(),
                SessionCommands::vars);
        add("history", "%history", "the cells run so far", SHOWS, false, true, Command.ArgumentCompleter.none(),
                SessionCommands::history);
        add("open", "%open FILE", "run the cells of a script or notebook", RUNS_CELLS, false, false,
                Command.ArgumentCompleter.none(), SessionCommands::open);
        add("save", "%save FILE", "save the session (cloud, clock, variables) to FILE", SHOWS, false, false,
                Command.ArgumentCompleter.none(), SessionCommands::save);
        add("load", "%load FILE", "restore a saved session", RESTORES, true, false,
                Command.ArgumentCompleter.none(), SessionCommands::load);
        add("reset", "%reset [--seed N]", "start again on a new simulated cloud", CHANGES, true, false,
                Command.ArgumentCompleter.first(List.of("--seed")), SessionCommands::reset);
    }

    private void add(String name, String usage, String summary, Command.Effect effect, boolean checksLesson,
            boolean gradable, Command.ArgumentCompleter arguments, Command.Handler handler) {
        commands.put(name, new Command(name, usage, summary, effect, checksLesson, gradable, arguments, handler));
    }

    /** Every command, in the order {@code %help} lists them. */
    List<Command> all() {
        return List.copyOf(commands.values());
    }

    Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** The command a REPL {@code /word} means: an exact name or a unique prefix ({@code /adv} is {@code %advance}). */
    Optional<Command> byUniquePrefix(String prefix) {
        List<Command> matches = commands.values().stream().filter(c -> c.name().startsWith(prefix)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : find(prefix);
    }

    /** The note on how ours differs from jshell's command of the same name, if it has one. */
    static Optional<String> jshellNote(String name) {
        return Optional.ofNullable(JSHELL_NOTES.get(name));
    }

    private List<String> helpTopics() {
        List<String> topics = new ArrayList<>(List.of("intro"));
        topics.addAll(commands.keySet());
        return topics;
    }

    /** Runs {@code %name args}; an unknown name or a wrong use is a usage error with the usage line. */
    boolean run(SessionContext s, String name, String args, Consumer<CellEvent> emit) {
        Command c = commands.get(name);
        if (c == null) {
            String suggestion = commands.keySet().stream().filter(n -> n.startsWith(name)).findFirst()
                    .map(n -> " Did you mean %" + n + "?").orElse("");
            emit.accept(CellEvent.Failure.of(ErrorKind.USAGE, "UsageError", "Unknown command %" + name + "."
                    + suggestion + " %help lists the commands."));
            return false;
        }
        try {
            return c.handler().run(s, args, emit);
        } catch (Command.Usage u) {
            String msg = (u.getMessage().isEmpty() ? "" : u.getMessage() + "\n") + "usage: " + c.usage();
            emit.accept(new CellEvent.Failure(ErrorKind.USAGE, "UsageError", msg.lines().findFirst().orElse(msg),
                    msg.lines().toList()));
            return false;
        }
    }
}
