package org.ec2tutor.session;

import java.nio.file.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ec2tutor.cli.AwsCli;
import org.ec2tutor.cli.AwsShell;
import org.ec2tutor.cli.CliResult;
import org.ec2tutor.cli.ShellVariables;
import org.ec2tutor.cli.SimulatedAwsEnvironment;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.jshell.JavaEvaluator;
import org.ec2tutor.jshell.JavaOutcome;
import org.ec2tutor.jshell.OutputRouting;
import org.ec2tutor.jshell.SessionBindings;
import org.ec2tutor.sdk.SimulatedAws;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The one API every front end talks to (REPL, Jupyter kernel, script runner, grader): cells in, events out, over a
 * simulated cloud. Cells run one at a time; {@link #interrupt()} may be called from another thread to stop a
 * running Java cell. Every cell is journaled and, with a save file, autosaved atomically.
 */
public final class Session implements AutoCloseable {

    /** Unguessable, so a Java cell cannot name another session's bindings (sessions share one JVM when grading). */
    private static final java.security.SecureRandom IDS = new java.security.SecureRandom();
    private static final Pattern AWS_ERROR = Pattern.compile("^An error occurred \\(([^)]+)\\)");

    private final String id = "session-" + Long.toHexString(IDS.nextLong()) + Long.toHexString(IDS.nextLong());
    private final SessionOptions options;
    private final ShellVariables variables = new ShellVariables();
    private final BoundEc2Client boundEc2;
    private final List<String> history = new ArrayList<>();
    private final List<SessionJournal.Entry> journal = new ArrayList<>();
    private final Magics magics = new Magics();
    private final LessonCommands lessons = new LessonCommands(this);

    private long seed;
    private Cloud cloud;
    private SimulatedAws aws;
    private SimulatedAwsEnvironment environment;
    private AwsShell shell;
    private volatile JavaEvaluator java;
    private String profile = "default";
    private String region = "us-east-1";
    private int executionCount;
    private long lastWallNanos = System.nanoTime();
    private boolean replaying;
    /** Set by a command that rewound the session: the journal already is what it should be. */
    private boolean forgetCell;

    private Session(SessionOptions options) {
        this.options = options;
        this.boundEc2 = new BoundEc2Client(this::currentClient);
        newCloud(options.seed());
        if (options.java() && options.javaStartDelayMillis() <= 0) {
            startJava();
        } else if (options.java() && options.javaStartDelayMillis() != Long.MAX_VALUE) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(options.javaStartDelayMillis());
                } catch (InterruptedException e) {
                    return;
                }
                org.ec2tutor.sdk.UnsimulatedOperations.warmUp();
                ensureJava();
            }, "jshell-deferred-start");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Starts JShell now if it was deferred and has not started yet. */
    private synchronized void ensureJava() {
        if (java == null && options.java()) {
            startJava();
        }
    }

    /** A new session; JShell starts in the background, and so does the SDK client's proxy class. */
    public static Session start(SessionOptions options) {
        if (options.javaStartDelayMillis() <= 0) {
            org.ec2tutor.sdk.UnsimulatedOperations.warmUp();
        }
        return new Session(options);
    }

    private void newCloud(long newSeed) {
        seed = newSeed;
        cloud = Cloud.create(newSeed);
        aws = SimulatedAws.on(cloud);
        environment = new SimulatedAwsEnvironment(aws, options.workingDirectory());
        environment.setDefaults(profile, region);
        shell = new AwsShell(new AwsCli(environment), variables);
    }

    private void startJava() {
        SessionBindings.bind(id, new SessionBindings.Binding(boundEc2::client, this::boundSsm,
                new VariablesMap(variables), new SessionTutor(this)));
        java = new JavaEvaluator(List.of(
                "import software.amazon.awssdk.services.ec2.*;",
                "import software.amazon.awssdk.services.ec2.model.*;",
                "import software.amazon.awssdk.core.SdkBytes;",
                "import java.time.*;",
                "import java.util.*;",
                "Ec2Client ec2 = org.ec2tutor.jshell.SessionBindings.ec2(\"" + id + "\");",
                "Map<String, String> vars = org.ec2tutor.jshell.SessionBindings.vars(\"" + id + "\");",
                "software.amazon.awssdk.services.ssm.SsmClient ssm = org.ec2tutor.jshell.SessionBindings.ssm(\""
                        + id + "\");",
                "org.ec2tutor.jshell.Tutor tutor = org.ec2tutor.jshell.SessionBindings.tutor(\"" + id + "\");"),
                options.grading());
    }

    // --- what front ends call ------------------------------------------------------------------------------

    /**
     * Starts JShell if Java cells are on and it has not started, and waits until it is ready: the grader does this
     * before timing a Java cell, so JShell's start-up never counts against a submission's per-cell timeout.
     */
    public void prepareJava() {
        ensureJava();
        JavaEvaluator j = java;
        if (j != null) {
            j.awaitReady();
        }
    }

    /** Runs one cell. */
    public synchronized CellResult execute(String code) {
        return execute(code, e -> { });
    }

    /** Runs one cell, passing each event to {@code live} as it happens (the kernel streams them). */
    public synchronized CellResult execute(String code, Consumer<CellEvent> live) {
        followWallClock();
        Instant startedAt = cloud.now();
        executionCount++;
        history.add(code);
        List<CellEvent> events = new ArrayList<>();
        Consumer<CellEvent> emit = e -> {
            events.add(e);
            live.accept(e);
        };
        Cell cell = Cell.classify(code);
        JavaRun run = dispatch(cell, code, emit);
        boolean ok = run.ok();
        boolean stopped = run.stopped();
        if (!(cell instanceof Cell.Magic m && LessonCommands.handlesChecks(m.name()))) {
            lessons.afterCell(emit);
        }
        if (!replaying && !forgetCell && !(cell instanceof Cell.Magic m && Magics.isReadOnly(m.name()))) {
            journal.add(new SessionJournal.Entry(startedAt.toString(), code, stopped));
            autosave();
        }
        forgetCell = false;
        return new CellResult(executionCount, events, ok);
    }

    /** Routes one cell to its handler; a fault of ours becomes an error of the cell, never the session's end. */
    private JavaRun dispatch(Cell cell, String code, Consumer<CellEvent> emit) {
        try {
            if (cell instanceof Cell.Magic m) {
                return new JavaRun(magics.run(this, m.name(), m.arguments(), emit), false);
            } else if (cell instanceof Cell.Shell) {
                return new JavaRun(runShell(code, emit), false);
            }
            return runJava(code, emit);
        } catch (RuntimeException e) {
            emit.accept(new CellEvent.Error("InternalError", String.valueOf(e.getMessage()),
                    List.of("ec2-tutor failed on this cell: " + e)));
            return new JavaRun(false, false);
        }
    }

    /**
     * Runs a cell on behalf of the tutor (a lesson's setup or a step's solution): not counted, not in the history
     * or the journal (the command that caused it is), and not checked against the lesson.
     */
    boolean runForTutor(String code, Consumer<CellEvent> emit) {
        return dispatch(Cell.classify(code), code, emit).ok();
    }

    /** Stops the running Java cell, if any. Safe to call from any thread. */
    public void interrupt() {
        JavaEvaluator j = java;
        if (j != null) {
            j.stop();
        }
    }

    /**
     * The command a REPL {@code /word} means: an exact name or a unique prefix ({@code /adv} is {@code %advance}).
     */
    public Optional<String> resolveCommand(String word) {
        return Magics.byUniquePrefix(magics.commands(), word).map(Magics.MagicCommand::name);
    }

    /** How complete an input is: the REPL shows a continuation prompt, a notebook's is_complete answers. */
    public enum Completeness { COMPLETE, INCOMPLETE, INVALID }

    public Completeness isComplete(String code) {
        Cell cell = Cell.classify(code);
        if (code.isBlank() || cell instanceof Cell.Magic) {
            return Completeness.COMPLETE;
        }
        if (cell instanceof Cell.Shell) {
            return ShellCompleteness.of(code);
        }
        if (java == null || !java.isReady()) {
            // Consoles wait one second for an answer: never block on JShell still starting.
            return ShellCompleteness.balanced(code) ? Completeness.COMPLETE : Completeness.INCOMPLETE;
        }
        switch (java.completeness(code)) {
            case DEFINITELY_INCOMPLETE:
            case CONSIDERED_INCOMPLETE:
                return Completeness.INCOMPLETE;
            case UNKNOWN:
                return Completeness.INVALID;
            default:
                return Completeness.COMPLETE;
        }
    }

    /** Completion candidates for the word ending at {@code cursor}, and where that word starts. */
    public record Completions(List<String> candidates, int start) {}

    public Completions complete(String code, int cursor) {
        String line = code.substring(0, Math.min(cursor, code.length()));
        int lineStart = line.lastIndexOf('\n') + 1;
        String current = line.substring(lineStart);
        String trimmed = current.stripLeading();
        int indent = current.length() - trimmed.length();
        if (trimmed.startsWith("%") && !trimmed.contains(" ")) {
            List<String> names = magics.commands().keySet().stream().map(n -> "%" + n)
                    .filter(n -> n.startsWith(trimmed)).toList();
            return new Completions(names, lineStart + indent);
        }
        Matcher lesson = Pattern.compile("^%lesson\\s+(start\\s+)?(\\S*)$")
                .matcher(trimmed);
        if (lesson.matches()) {
            String word = lesson.group(2);
            List<String> options = lesson.group(1) != null ? lessons.ids()
                    : List.of("start", "reset-step", "restart", "quit");
            return new Completions(options.stream().filter(o -> o.startsWith(word)).toList(),
                    lineStart + indent + trimmed.length() - word.length());
        }
        if (trimmed.startsWith("aws ") || trimmed.equals("aws")) {
            var c = org.ec2tutor.cli.CliCompleter.complete(trimmed, trimmed.length(), new LiveValues(this));
            return new Completions(c.candidates(), lineStart + indent + c.start());
        }
        if (java != null && java.isReady() && Cell.classify(code) instanceof Cell.Java) {
            var c = java.complete(code, cursor);
            return new Completions(c.candidates(), c.anchor());
        }
        return new Completions(List.of(), cursor);
    }

    /** Help for what is at {@code cursor}: an aws operation's options, or a Java symbol's documentation. */
    public Optional<String> inspect(String code, int cursor) {
        Cell cell = Cell.classify(code);
        if (cell instanceof Cell.Shell) {
            int lineStart = code.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
            int lineEnd = code.indexOf('\n', cursor);
            String line = code.substring(lineStart, lineEnd < 0 ? code.length() : lineEnd).strip();
            return org.ec2tutor.cli.CliCompleter.help(line);
        }
        if (cell instanceof Cell.Magic m) {
            return Optional.ofNullable(magics.commands().get(m.name())).map(c -> c.usage() + "\n  " + c.summary());
        }
        if (java != null) {
            List<String> docs = java.documentation(code, cursor);
            return docs.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", docs));
        }
        return Optional.empty();
    }

    public List<String> history() {
        return List.copyOf(history);
    }

    public int executionCount() {
        return executionCount;
    }

    public String profile() {
        return profile;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return aws.accountId(profile).orElse("?");
    }

    public Instant now() {
        return cloud.now();
    }

    public ShellVariables variables() {
        return variables;
    }

    /** The client of the current account and Region. */
    public Ec2Client ec2() {
        return boundEc2.client();
    }

    /** Waits until JShell is ready (front ends call it when idle, tests before timing). */
    public void awaitJava() {
        if (java != null) {
            java.awaitReady();
        }
    }

    @Override
    public void close() {
        if (java != null) {
            java.close();
        }
        SessionBindings.unbind(id);
    }

    // --- cells ----------------------------------------------------------------------------------------------

    private boolean runShell(String code, Consumer<CellEvent> emit) {
        CliResult r = shell.run(code);
        Optional<Map<String, String>> table = r.succeeded() ? DescribeTables.bundle(code, r.stdout())
                : Optional.empty();
        if (table.isPresent()) {
            emit.accept(new CellEvent.Display(table.get()));
        } else if (!r.stdout().isEmpty()) {
            emit.accept(CellEvent.out(r.stdout()));
        }
        if (r.succeeded()) {
            if (!r.stderr().isEmpty()) {
                emit.accept(CellEvent.err(r.stderr()));
            }
            return true;
        }
        List<String> lines = r.stderr().strip().lines().toList();
        String first = lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("command failed");
        // An AWS error is named by its code (InvalidAMIID.NotFound), so notebooks can expect it by name.
        Matcher awsCode = AWS_ERROR.matcher(first);
        String name = awsCode.find() ? awsCode.group(1) : r.exitCode() == 255 ? "CommandFailed" : "CommandError";
        emit.accept(new CellEvent.Error(name, first, lines.isEmpty() ? List.of(first) : lines));
        return false;
    }

    private record JavaRun(boolean ok, boolean stopped) {}

    private JavaRun runJava(String code, Consumer<CellEvent> emit) {
        ensureJava();
        if (java == null) {
            emit.accept(new CellEvent.Error("JavaUnavailable", "Java cells are off in this session",
                    List.of("Java cells are off in this session.")));
            return new JavaRun(false, false);
        }
        OutputRouting.route(new OutputRouting.Sink() {
            @Override
            public void out(String text) {
                emit.accept(CellEvent.out(text));
            }

            @Override
            public void err(String text) {
                emit.accept(CellEvent.err(text));
            }
        });
        List<JavaOutcome> outcomes;
        try {
            outcomes = java.eval(code);
        } finally {
            OutputRouting.clear();
        }
        for (JavaOutcome o : outcomes) {
            if (o instanceof JavaOutcome.Ok ok) {
                if (!ok.display().isEmpty()) {
                    emit.accept(CellEvent.result(ok.display().stripTrailing()));
                }
            } else {
                emit.accept(JavaErrors.toEvent(o, boundEc2.takeLastError()));
                return new JavaRun(false, o instanceof JavaOutcome.Stopped);
            }
        }
        return new JavaRun(true, false);
    }

    /**
     * Interactive sessions follow real time at their scale, in whole simulated seconds (AWS timestamps have no
     * fractions); scripted ones only move on waits and %advance.
     */
    private void followWallClock() {
        long now = System.nanoTime();
        if (options.timeScale() > 0 && !replaying) {
            long simulatedNanos = (long) ((now - lastWallNanos) * options.timeScale());
            long seconds = simulatedNanos / 1_000_000_000L;
            if (seconds > 0) {
                cloud.advance(Duration.ofSeconds(seconds));
                lastWallNanos += (long) (seconds * 1_000_000_000L / options.timeScale());
            }
            return;
        }
        lastWallNanos = now;
    }

    // --- for magics -----------------------------------------------------------------------------------------

    SimulatedAws aws() {
        return aws;
    }

    Cloud cloud() {
        return cloud;
    }

    /** The current account, as the domain knows it. */
    org.ec2tutor.cloud.Account account() {
        return cloud.accounts().find(accountId()).orElseThrow();
    }

    /** The current Region, as the domain knows it. */
    org.ec2tutor.cloud.Region cloudRegion() {
        return org.ec2tutor.cloud.Region.fromId(region).orElseThrow();
    }

    SessionOptions options() {
        return options;
    }

    Optional<JavaEvaluator> java() {
        return Optional.ofNullable(java);
    }

    Magics magics() {
        return magics;
    }

    LessonCommands lessons() {
        return lessons;
    }

    /** Where the learner is in a lesson, e.g. {@code first-instance 2/4}; the REPL prompt shows it. */
    public Optional<String> lessonPosition() {
        return lessons.position();
    }

    /** The current lesson rendered against the account now (checks evaluated), without changing progress. */
    public Optional<org.ec2tutor.lesson.LessonSnapshot> lessonSnapshot() {
        return lessons.snapshot();
    }

    /** The lesson being taken and the learner's progress in it, if any (the grader reads it). */
    public Optional<org.ec2tutor.lesson.LessonRun> lessonRun() {
        return lessons.run();
    }

    Ec2Client currentClient() {
        return aws.ec2(profile, region);
    }

    /** {@code ssm} in Java: always the Systems Manager client of the current account and Region. */
    private Object boundSsm() {
        return Proxy.newProxyInstance(software.amazon.awssdk.services.ssm.SsmClient.class
                .getClassLoader(), new Class<?>[] {software.amazon.awssdk.services.ssm.SsmClient.class},
                (p, method, args) -> {
                    try {
                        return method.invoke(aws.ssm(profile, region), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    void switchAccount(String newProfile) {
        profile = newProfile;
        environment.setDefaults(profile, region);
    }

    void switchRegion(String newRegion) {
        region = newRegion;
        environment.setDefaults(profile, region);
    }

    void advance(Duration d) {
        cloud.advance(d);
    }

    SessionJournal journal() {
        return new SessionJournal(SessionJournal.VERSION, seed, profile, region, journal);
    }

    /** How many cells the journal holds: a lesson step notes it when it begins, to be able to go back to it. */
    int journalSize() {
        return journal.size();
    }

    /**
     * Undoes every cell after the first {@code entries} of the journal: they are replayed on a fresh state (the cloud
     * is deterministic, so the state is exactly what it was), and the command that asked is not journaled.
     */
    void rewind(int entries) {
        SessionJournal now = journal();
        restore(new SessionJournal(SessionJournal.VERSION, now.seed(), now.profile(), now.region(),
                new ArrayList<>(journal.subList(0, Math.min(entries, journal.size())))));
        forgetCell = true;
    }

    /** Forgets everything: a new cloud (optionally another seed), no variables, fresh Java, no lesson. */
    void reset(long newSeed) {
        lessons.quit();
        journal.clear();
        variables.clear();
        profile = "default";
        region = "us-east-1";
        newCloud(newSeed);
        if (java != null) {
            java.close();
            startJava();
        }
    }

    /**
     * Restores a saved session from {@code file} (ec2-tutor --resume). Returns a line to show the learner.
     *
     * @throws SessionStore.UnreadableSaveFile if the file is not a session this version can read (it is left as is)
     */
    public synchronized String resume(Path file) throws SessionStore.UnreadableSaveFile,
            java.nio.file.NoSuchFileException {
        SessionJournal saved = SessionStore.load(file);
        List<String> failed = restore(saved);
        return "Resumed " + saved.cells().size() + " cells from " + file + " (simulated time " + now() + ")"
                + (failed.isEmpty() ? "" : "; " + failed.size() + " of them failed again, as they did before");
    }

    /** Replays a journal into a fresh state: each cell at its instant, quietly. */
    List<String> restore(SessionJournal saved) {
        reset(saved.seed());
        List<String> failures = new ArrayList<>();
        replaying = true;
        try {
            for (SessionJournal.Entry e : saved.cells()) {
                Instant at = Instant.parse(e.at());
                if (at.isAfter(cloud.now())) {
                    cloud.advance(Duration.between(cloud.now(), at));
                }
                if (e.stopped()) {
                    journal.add(e);
                    continue;
                }
                CellResult r = execute(e.code());
                executionCount--;
                history.remove(history.size() - 1);
                journal.add(e);
                if (!r.succeeded()) {
                    failures.add(e.code());
                }
            }
        } finally {
            replaying = false;
        }
        autosave();
        return failures;
    }

    private void autosave() {
        options.saveFile().ifPresent(file -> SessionStore.save(file, journal()));
    }

    Path workingDirectory() {
        return options.workingDirectory();
    }

    /** {@code vars} in Java: a live map view of the shell variables. */
    private static final class VariablesMap extends AbstractMap<String, String> {
        private final ShellVariables variables;

        VariablesMap(ShellVariables variables) {
            this.variables = variables;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return variables.asMap().entrySet();
        }

        @Override
        public String get(Object key) {
            return key instanceof String k ? variables.get(k).orElse(null) : null;
        }

        @Override
        public String put(String key, String value) {
            String old = variables.get(key).orElse(null);
            variables.set(key, String.valueOf(value));
            return old;
        }

        @Override
        public String remove(Object key) {
            String old = get(key);
            if (key instanceof String k) {
                variables.unset(k);
            }
            return old;
        }
    }
}
