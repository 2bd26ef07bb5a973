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
            "save",
                    "jshell's /save writes your snippets to a file; ec2-tutor's saves the whole session (cloud, "
                            + "clock, variables) so %load can restore it.",
            "reset", "jshell's /reset only forgets Java snippets; ec2-tutor's also starts a new simulated cloud.",
            "open", "jshell's /open runs a Java file; ec2-tutor's runs a script of cells (aws lines, magics, Java).",
            "vars", "jshell's /vars lists Java variables; ec2-tutor's lists shell variables too.",
            "history", "jshell's /history lists snippets; ec2-tutor's lists every cell.");

    private static final List<String> PROFILES = List.of("default", "teammate", "outsider");
    private static final List<String> REGIONS =
            Arrays.stream(Region.values()).map(Region::id).toList();
    private static final List<String> GROUPINGS =
            Arrays.stream(CostGrouping.values()).map(Enum::name).toList();

    private final Map<String, Command> commands = new LinkedHashMap<>();

    CommandTable() {
        add(row("help", "%help [intro|COMMAND]", "how to use ec2-tutor, or one command")
                .shows()
                .gradable()
                .completes((s, before) -> before.isEmpty() ? helpTopics() : List.of())
                .runs(SessionCommands::help));
        add(row("account", "%account [PROFILE|ACCOUNT_ID]", "show or switch the account (default, teammate, outsider)")
                .gradable()
                .completes(Command.ArgumentCompleter.first(PROFILES))
                .runs(SessionCommands::account));
        add(row("region", "%region [us-east-1|eu-west-1]", "show or switch the Region")
                .gradable()
                .completes(Command.ArgumentCompleter.first(REGIONS))
                .runs(SessionCommands::region));
        add(row(
                        "state",
                        "%state [--diagram [INSTANCE_ID]]",
                        "the account at a glance: instances, images, volumes, snapshots; or instance lifecycles")
                .shows()
                .gradable()
                .completes(Command.ArgumentCompleter.first(List.of("--diagram")))
                .runs(SessionCommands::state));
        // Reading the bill is a Cost Explorer call in the API history, which lessons may check: journaled.
        add(row(
                        "bill",
                        "%bill [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--group-by " + String.join("|", GROUPINGS) + "]",
                        "what the account's use has cost (all Regions), line by line")
                .gradable()
                .completes((s, before) ->
                        !before.isEmpty() && before.get(before.size() - 1).equals("--group-by")
                                ? GROUPINGS
                                : List.of("--from", "--to", "--group-by"))
                .runs(BillingCommands::bill));
        add(row(
                        "spot-interrupt",
                        "%spot-interrupt INSTANCE_ID",
                        "EC2 takes a Spot Instance back: two minutes' notice, then its interruption behaviour")
                .gradable()
                .runs(BillingCommands::spotInterrupt));
        add(row(
                        "cost-compare",
                        "%cost-compare INSTANCE_TYPE [--count N] [--hours-per-day H] [--months M]",
                        "what a steady workload costs On-Demand, on Spot and with each Reserved Instance offering")
                .shows()
                .gradable()
                .completes(
                        (s, before) -> before.isEmpty() ? List.of() : List.of("--count", "--hours-per-day", "--months"))
                .runs(BillingCommands::costCompare));
        add(row(
                        "endpoint",
                        "%endpoint [--port P]",
                        "serve this account over HTTP for the real aws CLI, boto3 and the SDKs; print the settings")
                .shows()
                .completes(Command.ArgumentCompleter.first(List.of("--port")))
                .runs(EndpointCommand::endpoint));
        add(row("lessons", "%lessons", "the lessons and where you are in each")
                .shows()
                .checksLesson()
                .runs((s, a, e) -> s.lessons().lessons(a, e)));
        add(row(
                        "lesson",
                        "%lesson [start ID [--seed N] | reset-step | restart | quit]",
                        "start a lesson, show the current step again, undo the current step's cells, start over or leave")
                .checksLesson()
                .completes((s, before) -> before.isEmpty()
                        ? LessonCommands.SUBCOMMANDS
                        : before.equals(List.of("start")) ? s.lessons().ids() : List.of())
                .runs((s, a, e) -> s.lessons().lesson(a, e)));
        add(row(
                        "check",
                        "%check [STEP] [--points]",
                        "check the current step (or STEP) now: what passes and what is missing (--points: its score too)")
                .checksLesson()
                .runs((s, a, e) -> s.lessons().check(a, e)));
        add(row("hint", "%hint", "the next hint for the current step")
                .checksLesson()
                .runs((s, a, e) -> s.lessons().hint(a, e)));
        add(row(
                        "hints",
                        "%hints [on|off]",
                        "a line after each cell that changes the account, saying what the step needs")
                .shows()
                .checksLesson()
                .completes(Command.ArgumentCompleter.first(List.of("on", "off")))
                .runs((s, a, e) -> s.lessons().hints(a, e)));
        add(row("next", "%next [--force]", "go on to the next step (--force skips one that has not passed)")
                .checksLesson()
                .completes(Command.ArgumentCompleter.first(List.of("--force")))
                .runs((s, a, e) -> s.lessons().next(a, e)));
        add(row("solve", "%solve", "let the tutor apply the current step's solution (recorded as solved by the tutor)")
                .checksLesson()
                .runs((s, a, e) -> s.lessons().solve(a, e)));
        add(row("progress", "%progress", "every step of the lesson with its status, hints and checks")
                .shows()
                .checksLesson()
                .runs((s, a, e) -> s.lessons().progress(a, e)));
        add(row("fail", "%fail [MESSAGE]", "always fails: an nbgrader stub that counts as not answered")
                .shows()
                .gradable()
                .runs(SessionCommands::fail));
        add(row("advance", "%advance DURATION   (e.g. 30s, 5m, 2h, 30d, 1h30m)", "let simulated time pass")
                .gradable()
                .runs(SessionCommands::advance));
        add(row("clock", "%clock", "the simulated time").shows().gradable().runs(SessionCommands::clock));
        add(row("vars", "%vars", "shell and Java variables").shows().gradable().runs(SessionCommands::vars));
        add(row("history", "%history", "the cells run so far")
                .shows()
                .gradable()
                .runs(SessionCommands::history));
        add(row("sessions", "%sessions", "the saved sessions (ec2-tutor --resume NAME continues one)")
                .shows()
                .runs(SessionCommands::sessions));
        add(row("open", "%open FILE", "run the cells of a script or notebook")
                .effect(RUNS_CELLS)
                .runs(SessionCommands::open));
        add(row("save", "%save FILE", "save the session (cloud, clock, variables) to FILE")
                .shows()
                .runs(SessionCommands::save));
        add(row("load", "%load FILE", "restore a saved session")
                .effect(RESTORES)
                .checksLesson()
                .runs(SessionCommands::load));
        add(row(
                        "ssh",
                        "%ssh INSTANCE_ID [--key FILE] [--user USER] [COMMAND...]",
                        "log in to an instance with ssh (key KEY_NAME.pem of this session); exit returns")
                .gradable()
                .runs(SshCommand::run));
        add(row("reset", "%reset [--seed N]", "start again on a new simulated cloud")
                .checksLesson()
                .completes(Command.ArgumentCompleter.first(List.of("--seed")))
                .runs(SessionCommands::reset));
    }

    /**
     * A row being written: a command changes the session (journaled), checks nothing itself, is not run when grading
     * and completes nothing, unless it says otherwise.
     */
    private static final class Row {
        private final String name;
        private final String usage;
        private final String summary;
        private Command.Effect effect = CHANGES;
        private boolean checksLesson;
        private boolean gradable;
        private Command.ArgumentCompleter arguments = Command.ArgumentCompleter.none();

        Row(String name, String usage, String summary) {
            this.name = name;
            this.usage = usage;
            this.summary = summary;
        }

        Row shows() {
            return effect(SHOWS);
        }

        Row effect(Command.Effect e) {
            effect = e;
            return this;
        }

        Row checksLesson() {
            checksLesson = true;
            return this;
        }

        Row gradable() {
            gradable = true;
            return this;
        }

        Row completes(Command.ArgumentCompleter completer) {
            arguments = completer;
            return this;
        }

        Command runs(Command.Handler handler) {
            return new Command(name, usage, summary, effect, checksLesson, gradable, arguments, handler);
        }
    }

    private static Row row(String name, String usage, String summary) {
        return new Row(name, usage, summary);
    }

    private void add(Command c) {
        commands.put(c.name(), c);
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
        List<Command> matches = commands.values().stream()
                .filter(c -> c.name().startsWith(prefix))
                .toList();
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
            String suggestion = commands.keySet().stream()
                    .filter(n -> n.startsWith(name))
                    .findFirst()
                    .map(n -> " Did you mean %" + n + "?")
                    .orElse("");
            emit.accept(CellEvent.Failure.of(
                    ErrorKind.USAGE,
                    "UsageError",
                    "Unknown command %" + name + "." + suggestion + " %help lists the commands."));
            return false;
        }
        try {
            return c.handler().run(s, args, emit);
        } catch (Command.Usage u) {
            String msg = (u.getMessage().isEmpty() ? "" : u.getMessage() + "\n") + "usage: " + c.usage();
            emit.accept(new CellEvent.Failure(
                    ErrorKind.USAGE,
                    "UsageError",
                    msg.lines().findFirst().orElse(msg),
                    msg.lines().toList()));
            return false;
        }
    }
}
