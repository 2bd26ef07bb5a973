package org.ec2tutor.session;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ec2tutor.cell.ScriptReader;
import org.ec2tutor.render.LifecycleView;
import org.ec2tutor.render.Renderer;

/** The handlers of the commands about the session itself: help, account and Region, time, variables, files. */
final class SessionCommands {

    private SessionCommands() {}

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

    private static final String HELP_HEADER = """
            Type aws commands, shell-style lines or Java; %help intro for a tour.
            Commands (in the REPL also as /name):
            """;

    static boolean help(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        List<String> words = CommandArgs.positional(args).positional(0, 1);
        if (words.isEmpty()) {
            StringBuilder b = new StringBuilder(HELP_HEADER);
            s.commands().all().forEach(c -> b.append(String.format("  %-38s %s%n", c.usage(), c.summary())));
            emit.accept(CellEvent.out(b.toString()));
            return true;
        }
        if (words.get(0).equals("intro")) {
            emit.accept(CellEvent.out(INTRO));
            return true;
        }
        Command c = s.commands()
                .find(words.get(0).replaceFirst("^[%/]", ""))
                .orElseThrow(() -> new Command.Usage("No command " + args + "."));
        String note =
                CommandTable.jshellNote(c.name()).map(n -> "  " + n + "\n").orElse("");
        emit.accept(CellEvent.out(c.usage() + "\n  " + c.summary() + "\n" + note));
        return true;
    }

    static boolean account(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        List<String> words = CommandArgs.positional(args).positional(0, 1);
        SessionState state = s.state();
        if (!words.isEmpty()) {
            String given = words.get(0);
            String profile = state.aws()
                    .accountId(given)
                    .flatMap(id -> state.cloud().accounts().find(given).map(a -> a.profile()))
                    .orElseThrow(() -> new Command.Usage(
                            "No account or profile " + given + " (try default, teammate, outsider)."));
            state.switchAccount(profile);
        }
        emit.accept(CellEvent.out("Account " + state.accountId() + " (profile " + state.profile() + "), Region "
                + state.region() + "\n"));
        return true;
    }

    static boolean region(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        List<String> words = CommandArgs.positional(args).positional(0, 1);
        SessionState state = s.state();
        if (!words.isEmpty()) {
            if (!state.aws().knowsRegion(words.get(0))) {
                throw new Command.Usage("No Region " + words.get(0) + " here (us-east-1 or eu-west-1).");
            }
            state.switchRegion(words.get(0));
        }
        emit.accept(CellEvent.out("Region " + state.region() + "\n"));
        return true;
    }

    static boolean state(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs a = CommandArgs.parse(args, Set.of(), Set.of("--diagram"));
        if (!a.has("--diagram")) {
            a.positional(0, 0);
            emit.accept(new CellEvent.Display(
                    Renderer.instance().bundle("state/account", Map.of("view", AccountViews.of(s.state())))));
            return true;
        }
        List<String> only = a.positional(0, 1);
        List<LifecycleView> instances = AccountViews.of(s.state()).instances().stream()
                .filter(i -> only.isEmpty() || i.id().equals(only.get(0)))
                .map(i -> new LifecycleView(i.id(), i.name(), i.state()))
                .toList();
        if (instances.isEmpty()) {
            throw new Command.Usage(
                    only.isEmpty() ? "No instances yet." : "No instance " + only.get(0) + " in this account.");
        }
        emit.accept(new CellEvent.Display(
                Renderer.instance().bundle("lifecycle/instance", Map.of("instances", instances))));
        return true;
    }

    static boolean advance(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        Duration d = Durations.parse(args)
                .orElseThrow(() -> new Command.Usage(args.isEmpty() ? "" : "Not a duration: " + args));
        Optional<String> tooLong = Durations.refusal(d);
        if (tooLong.isPresent()) {
            throw new Command.Usage(tooLong.get());
        }
        s.state().advance(d);
        emit.accept(CellEvent.out("Simulated time is now " + s.state().now() + "\n"));
        return true;
    }

    static boolean fail(SessionContext s, String args, Consumer<CellEvent> emit) {
        emit.accept(CellEvent.Failure.of(
                ErrorKind.NOT_ANSWERED, "NotAnswered", args.isBlank() ? "Not answered yet." : args.strip()));
        return false;
    }

    static boolean clock(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs.positional(args).positional(0, 0);
        String mode = s.options().timeScale() > 0
                ? "follows real time x" + s.options().timeScale()
                : "moves only with waits and %advance";
        emit.accept(CellEvent.out(s.state().now() + " (the simulated clock " + mode + ")\n"));
        return true;
    }

    static boolean vars(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs.positional(args).positional(0, 0);
        StringBuilder b = new StringBuilder();
        s.state()
                .variables()
                .asMap()
                .forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        s.javaVariables().forEach(v -> b.append(v).append('\n'));
        emit.accept(CellEvent.out(b.length() == 0 ? "No variables yet.\n" : b.toString()));
        return true;
    }

    static boolean history(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs.positional(args).positional(0, 0);
        StringBuilder b = new StringBuilder();
        // Only the newest are kept, each shortened (a fuzz run found that keeping and printing every cell whole after
        // many huge ones exhausted the memory).
        List<String> h = s.history();
        int first = s.historyCount() - h.size();
        if (first > 0) {
            b.append("(the first ")
                    .append(first)
                    .append(" cells are not shown; the newest ")
                    .append(h.size())
                    .append(" follow)\n");
        }
        for (int i = 0; i < h.size(); i++) {
            b.append(String.format("%4d  %s%n", first + i + 1, h.get(i).replace("\n", "\n      ")));
        }
        emit.accept(CellEvent.out(b.toString()));
        return true;
    }

    static boolean sessions(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs.positional(args).positional(0, 0);
        Optional<Path> current = s.options().saveFile();
        if (current.isEmpty()) {
            emit.accept(CellEvent.out("This session is not saved to a file (it was started by a script, a notebook "
                    + "or the grader).\n"));
            return true;
        }
        emit.accept(CellEvent.out(
                SessionStore.describe(current.get().toAbsolutePath().getParent(), current)));
        return true;
    }

    static boolean open(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        Path file = file(s, args);
        List<String> inputs;
        try {
            inputs = ScriptReader.cells(file);
        } catch (ScriptReader.ScriptException e) {
            emit.accept(CellEvent.Failure.of(ErrorKind.FILE, "FileError", e.getMessage()));
            return false;
        }
        return s.runInputs(inputs, emit);
    }

    static boolean save(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        Path file = file(s, args);
        SessionStore.save(file, s.journal());
        emit.accept(CellEvent.out("Saved the session to " + file + "\n"));
        return true;
    }

    static boolean load(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        Path file = file(s, args);
        SessionJournal journal;
        try {
            journal = SessionStore.load(file);
        } catch (NoSuchFileException e) {
            emit.accept(CellEvent.Failure.of(ErrorKind.FILE, "FileError", "No such file: " + file));
            return false;
        } catch (SessionStore.UnreadableSaveFile e) {
            emit.accept(CellEvent.Failure.of(ErrorKind.FILE, "FileError", e.getMessage()));
            return false;
        }
        SessionContext.Restored restored = s.restore(journal);
        emit.accept(CellEvent.out("Restored " + restored.cells() + " cells from " + file + " (simulated time "
                + s.state().now() + ")\n"));
        differences(restored).ifPresent(text -> emit.accept(CellEvent.err(text)));
        return true;
    }

    /** What a replay did differently from the first time, if anything: the learner should know their state may differ. */
    static Optional<String> differences(SessionContext.Restored restored) {
        if (restored.different().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(restored.different().size() + " of them went differently than when "
                + "first run, or read a file that changed since:\n");
        restored.different()
                .forEach(c -> b.append("  ")
                        .append(c.strip().lines().findFirst().orElse(""))
                        .append('\n'));
        return Optional.of(b.toString());
    }

    static boolean reset(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs a = CommandArgs.parse(args, Set.of("--seed"), Set.of());
        a.positional(0, 0);
        long seed = a.option("--seed", s.options().seed(), CommandArgs.wholeNumber(v -> "Not a seed: " + v));
        s.reset(seed);
        emit.accept(CellEvent.out("A new simulated cloud (seed " + seed + ").\n"));
        return true;
    }

    private static Path file(SessionContext s, String args) throws Command.Usage {
        if (args.isBlank()) {
            throw new Command.Usage("");
        }
        return s.options().workingDirectory().resolve(args.strip());
    }
}
