package org.ec2tutor.session;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ec2tutor.cell.Cell;
import org.ec2tutor.cell.CellSplitter;
import org.ec2tutor.cli.ShellVariables;
import org.ec2tutor.endpoint.Endpoint;
import org.ec2tutor.lesson.LessonRun;
import org.ec2tutor.lesson.LessonSnapshot;
import org.ec2tutor.sdk.UnsimulatedOperations;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The one API every front end talks to (REPL, Jupyter kernel, script runner, grader): inputs in, events out, over a
 * simulated cloud. An input is cut into cells ({@link CellSplitter}) that run in order until one fails; each cell is
 * journaled (as its command's effect says) and, with a save file, autosaved atomically. Inputs run one at a time;
 * {@link #interrupt()} may be called from another thread to stop a running Java cell or aws line.
 */
public final class Session implements AutoCloseable {

    private final SessionOptions options;
    private final SessionState state;
    private final Journal journal;
    private final JavaCells java;
    private final ShellCells shell;
    private final CommandTable commands = new CommandTable();
    private final SessionContext context = new Context();
    private final LessonCommands lessons = new LessonCommands(context);
    private final Completion completion;
    private final CellHistory history = new CellHistory();

    private int executionCount;
    private long lastWallNanos = System.nanoTime();
    private boolean replaying;
    /** Why the last save failed, once said; cleared when a save works again. */
    private Optional<String> saveProblem = Optional.empty();

    private Session(SessionOptions options) {
        this.options = options;
        this.state = new SessionState(options);
        this.journal = new Journal(options.saveFile());
        this.java = new JavaCells(options, state);
        this.shell = new ShellCells(state);
        this.completion = new Completion(context, java, new LiveValues(state));
    }

    /** A new session; JShell starts in the background, and so does the SDK client's proxy class. */
    /** The thread running a shell cell, while one runs: what {@link #interrupt()} stops besides Java. */
    private volatile Thread shellThread;

    public static Session start(SessionOptions options) {
        if (options.javaStartDelayMillis() <= 0) {
            UnsimulatedOperations.warmUp();
        }
        return new Session(options);
    }

    // --- what front ends call ------------------------------------------------------------------------------

    /** Runs one input. */
    public synchronized CellResult execute(String code) {
        return execute(code, e -> {});
    }

    /** Runs one input, passing each event to {@code live} as it happens (the kernel streams them). */
    public synchronized CellResult execute(String code, Consumer<CellEvent> live) {
        return execute(code, live, CellInput.NONE);
    }

    /**
     * Runs one input as {@link #execute(String, Consumer)} does; what its Java reads from {@code System.in} comes from
     * {@code input} (a notebook's input box, the terminal).
     */
    public synchronized CellResult execute(String code, Consumer<CellEvent> live, CellInput input) {
        java.setInput(input);
        try {
            return run(code, live);
        } finally {
            java.setInput(CellInput.NONE);
        }
    }

    private CellResult run(String code, Consumer<CellEvent> live) {
        code = code == null ? "" : code; // a front end's missing cell is an empty one
        followWallClock();
        executionCount++;
        history.add(code);
        List<CellEvent> events = new ArrayList<>();
        lessons.inputStarts();
        boolean ok = runInput(code, e -> {
            events.add(e);
            live.accept(e);
        });
        lessons.inputJournaled(journal.size());
        return new CellResult(executionCount, events, ok);
    }

    /**
     * Runs the cells of an input in order, stopping at the first that fails; journals them; then checks the lesson
     * unless every cell was a command that checks it itself.
     */
    private boolean runInput(String code, Consumer<CellEvent> emit) {
        boolean ok = true;
        boolean lessonChecked = true;
        boolean recorded = false;
        List<CellSplitter.Located> cells = locate(code);
        for (int k = 0; k < cells.size(); k++) {
            CellSplitter.Located located = cells.get(k);
            Cell cell = located.cell();
            boolean connected = state.connection().isPresent();
            Instant startedAt = state.now();
            Optional<Command> command = cell instanceof Cell.Magic m ? commands.find(m.name()) : Optional.empty();
            if (!replaying) {
                state.reads().startCell();
            }
            JavaCells.Ran ran = dispatch(cell, emit);
            if (!replaying && cell instanceof Cell.Java) {
                state.reads().javaNamed(cell.text());
            }
            List<SessionJournal.FileRead> reads =
                    replaying ? List.of() : state.reads().takeReads();
            lessonChecked &= command.map(Command::checksLesson).orElse(false);
            boolean journaled = command.map(c -> c.effect().journaled()).orElse(true);
            if (!journal.takeRewritten() && journaled && !replaying) {
                journal.record(
                        new SessionJournal.Entry(startedAt.toString(), cell.text(), ran.stopped(), !ran.ok(), reads));
                recorded = true;
            }
            if (!ran.ok()) {
                ok = false;
                break;
            }
            if (state.connection().isPresent() != connected) {
                // ssh logged in or out: the rest of the input is cut as the other side reads it
                cells = GuestCells.shift(locate(code.substring(located.end())), located.end());
                k = -1;
            }
        }
        if (!lessonChecked) {
            lessons.afterCell(emit);
        }
        if (recorded) {
            autosave().ifPresent(problem -> emit.accept(CellEvent.err(problem + "\n")));
        }
        return ok;
    }

    /** The cells of an input: the guest's lines while an ssh session is open, else the session's own. */
    private List<CellSplitter.Located> locate(String code) {
        return state.connection().isPresent() ? GuestCells.locate(code) : CellSplitter.locate(code);
    }

    /** Runs one cell by its kind; a fault of ours becomes an error of the cell, never the session's end. */
    private JavaCells.Ran dispatch(Cell cell, Consumer<CellEvent> emit) {
        try {
            if (cell instanceof Cell.Magic m) {
                return new JavaCells.Ran(commands.run(context, m.name(), m.arguments(), emit), false);
            } else if (state.connection().isPresent()) {
                return new JavaCells.Ran(GuestCells.run(state, cell.text(), emit), false);
            } else if (cell instanceof Cell.Shell) {
                shellThread = Thread.currentThread();
                try {
                    return new JavaCells.Ran(shell.run(cell.text(), emit), false);
                } finally {
                    shellThread = null;
                    Thread.interrupted(); // an interrupt that came after the line's last check ends here
                }
            }
            return java.run(cell.text(), emit);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The last resort: whatever a cell exhausted or broke, the session and its account stay usable. The
            // learner reads what happened in words; Java's names for it are ours.
            emit.accept(CellEvent.Failure.of(ErrorKind.INTERNAL, "InternalError", LastResort.describe(e)));
            return new JavaCells.Ran(false, false);
        }
    }

    /**
     * Lets simulated time pass until {@code at} without running anything, as the REPL's clock does while the learner
     * thinks; the grader replays a saved session's pauses with it. An instant already past changes nothing.
     */
    public synchronized void advanceTo(Instant at) {
        if (at.isAfter(state.now())) {
            state.advance(Duration.between(state.now(), at));
        }
    }

    /**
     * The inputs run from now until {@link #readLive()} read what a saved cell read when the learner ran it: the
     * learner's files as they were then, never this machine's disk (a file the cell did not read then is missing). The
     * grader replays a saved session's cells with them, so a {@code file://} that differs or is missing here grades
     * as it ran for the learner.
     */
    public synchronized void readAsSaved(List<SessionJournal.FileRead> reads) {
        state.reads().serve(reads, FileReads.Unrecorded.MISSING);
    }

    /** Inputs read the disk again (after {@link #readAsSaved}). */
    public synchronized void readLive() {
        state.reads().live();
    }

    /** Stops the running Java cell, if any. Safe to call from any thread. */
    public void interrupt() {
        java.interrupt();
        Thread shellLine = shellThread;
        if (shellLine != null) {
            shellLine.interrupt(); // the aws line checks between service calls and ends with status 130
        }
    }

    /**
     * The command a REPL {@code /word} means: an exact name or a unique prefix ({@code /adv} is {@code %advance}).
     */
    public Optional<String> resolveCommand(String word) {
        return commands.byUniquePrefix(word).map(Command::name);
    }

    /** Whether a graded submission may run {@code %command} (those that steer the tutor may not). */
    public boolean commandRunsWhenGrading(String command) {
        return commands.find(command).map(Command::gradable).orElse(true);
    }

    /** How complete an input is: the REPL shows a continuation prompt, a notebook's is_complete answers. */
    public enum Completeness {
        COMPLETE,
        INCOMPLETE,
        INVALID
    }

    public Completeness isComplete(String code) {
        return completion.isComplete(code);
    }

    /** Completion candidates for the word ending at {@code cursor}, and where that word starts. */
    public record Completions(List<String> candidates, int start) {}

    public Completions complete(String code, int cursor) {
        return completion.complete(code, cursor);
    }

    /** Help for what is at {@code cursor}: an aws operation's options, a command's usage, a Java symbol's docs. */
    public Optional<String> inspect(String code, int cursor) {
        return completion.inspect(code, cursor);
    }

    /** The newest inputs, oldest first, each cut as {@link CellHistory} says (the journal keeps them whole). */
    public List<String> history() {
        return history.newest();
    }

    public int executionCount() {
        return executionCount;
    }

    public String profile() {
        return state.profile();
    }

    public String region() {
        return state.region();
    }

    public String accountId() {
        return state.accountId();
    }

    public Instant now() {
        return state.now();
    }

    public ShellVariables variables() {
        return state.variables();
    }

    /** The client of the current account and Region, as the learner's Java sees it. */
    public Ec2Client ec2() {
        return state.ec2();
    }

    /**
     * Starts JShell if Java cells are on and it has not started, and waits until it is ready: the grader does this
     * before timing a Java cell, so JShell's start-up never counts against a submission's per-cell timeout.
     */
    public void prepareJava() {
        java.prepare();
    }

    /**
     * Runs this session's learner Java in agent JVMs started as {@code launch} says (a separate process: the grader's
     * sandbox and limits); call before the first Java cell.
     */
    public void isolateJava(org.ec2tutor.jshell.AgentLaunch launch) {
        java.isolate(launch);
    }

    /** Whether an agent JVM of this session was ended by the kernel at its CPU-time limit (a grader's CPU budget). */
    public boolean javaCpuLimitHit() {
        return java.cpuLimitHit();
    }

    /** Kills the agent JVM learner Java runs in, if any (a grader whose budget for this submission ran out). */
    public void killJava() {
        java.killAgent();
    }

    /** Waits until JShell is ready, if it has started (front ends call it when idle, tests before timing). */
    public void awaitJava() {
        java.awaitReady();
    }

    /**
     * The prompt of the instance's shell while the learner is logged in with ssh ({@code [ec2-user@ip-172-31-5-9 ~]$ }):
     * the REPL shows it instead of its own, so the learner sees where the next line runs.
     */
    public Optional<String> guestPrompt() {
        return state.connection().map(GuestConnection::prompt);
    }

    /** Where the learner is in a lesson, e.g. {@code first-instance 2/4}; the REPL prompt shows it. */
    public Optional<String> lessonPosition() {
        return lessons.position();
    }

    /** The current lesson rendered against the account now (checks evaluated), without changing progress. */
    public Optional<LessonSnapshot> lessonSnapshot() {
        return lessons.snapshot();
    }

    /** The lesson being taken and the learner's progress in it, if any (the grader reads it). */
    public Optional<LessonRun> lessonRun() {
        return lessons.run();
    }

    /**
     * Serves this session's account over HTTP, as {@code %endpoint} does, for a session no one types into ({@code
     * ec2-tutor serve}): after each request the endpoint answers, the lesson is checked as after a cell, and what it
     * says (a step passed, the next step, a line of feedback) goes to {@code announce}, before the caller gets its
     * answer. Requests are answered one at a time, so each call is checked on the account it left.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public synchronized Endpoint serve(int port, Consumer<CellEvent> announce) {
        lessons.inputStarts();
        state.afterEachRequest(() -> {
            synchronized (this) {
                try {
                    lessons.afterCell(announce);
                } catch (RuntimeException e) {
                    announce.accept(CellEvent.Failure.of(ErrorKind.INTERNAL, "InternalError", LastResort.describe(e)));
                }
                lessons.inputStarts(); // the next request's feedback is about what that request changes
            }
        });
        return state.endpoint(port);
    }

    @Override
    public void close() {
        java.close();
        state.close();
    }

    /**
     * Restores a saved session from {@code file} (ec2-tutor --resume). Returns a line to show the learner.
     *
     * @throws SessionStore.UnreadableSaveFile if the file is not a session this version can read (it is left as is)
     */
    public synchronized String resume(Path file) throws SessionStore.UnreadableSaveFile, NoSuchFileException {
        SessionJournal saved = SessionStore.load(file);
        SessionContext.Restored restored = restore(saved);
        return "Resumed " + restored.cells() + " cells from " + file + " (simulated time " + now() + ")"
                + SessionCommands.differences(restored)
                        .map(d -> "; " + d.strip())
                        .orElse("");
    }

    // --- for commands and lessons ----------------------------------------------------------------------------

    /** What commands and lessons see of this session. */
    private final class Context implements SessionContext {

        @Override
        public SessionState state() {
            return state;
        }

        @Override
        public SessionOptions options() {
            return options;
        }

        @Override
        public CommandTable commands() {
            return commands;
        }

        @Override
        public LessonCommands lessons() {
            return lessons;
        }

        @Override
        public List<String> history() {
            return Session.this.history();
        }

        @Override
        public int historyCount() {
            return history.count();
        }

        @Override
        public List<String> javaVariables() {
            return java.variables();
        }

        @Override
        public boolean runInputs(List<String> inputs, Consumer<CellEvent> emit) {
            for (String input : inputs) {
                if (!execute(input, emit).succeeded()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean runForTutor(String code, Consumer<CellEvent> emit) {
            for (Cell cell : CellSplitter.split(code)) {
                if (!dispatch(cell, emit).ok()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public SessionJournal journal() {
            return Session.this.journal();
        }

        @Override
        public void save(Consumer<CellEvent> emit) {
            autosave().ifPresent(problem -> emit.accept(CellEvent.err(problem + "\n")));
        }

        @Override
        public int journalSize() {
            return journal.size();
        }

        @Override
        public void rewind(int entries) {
            List<SessionJournal.Entry> all = journal.entries();
            restore(journalOf(all.subList(0, Math.min(entries, all.size()))));
            journal.markRewritten();
        }

        @Override
        public void reset(long seed) {
            Session.this.reset(seed);
        }

        @Override
        public Restored restore(SessionJournal saved) {
            return Session.this.restore(saved);
        }
    }

    private SessionJournal journal() {
        return journalOf(journal.entries());
    }

    /** The session as saved with {@code cells}: the state's seed and place, the learner's settings. */
    private SessionJournal journalOf(List<SessionJournal.Entry> cells) {
        return state.journal(cells).withHintsOff(!lessons.hintsOn());
    }

    /** Forgets everything: a new cloud, no variables, fresh Java, no lesson. */
    private void reset(long seed) {
        lessons.quit();
        journal.clear();
        state.renew(seed);
        java.restart();
    }

    /**
     * Replays a journal into a fresh state: each cell at its instant, quietly, served what it read from disk the first
     * time (a journal of version 1 recorded no reads: its cells read the disk again).
     */
    private SessionContext.Restored restore(SessionJournal saved) {
        reset(saved.seed());
        lessons.hintsOn(!saved.hintsOff());
        List<String> different = new ArrayList<>();
        boolean recordedReads = saved.version() >= SessionJournal.RECORDS_READS;
        replaying = true;
        try {
            for (SessionJournal.Entry e : saved.cells()) {
                try {
                    advanceTo(Instant.parse(e.at()));
                } catch (DateTimeParseException bad) {
                    different.add(e.code()); // replayed without its pause, and named as differing
                }
                if (!e.stopped()) {
                    // Learner Java reads the disk itself: a file it read that differs now cannot be served, so
                    // the replay names it (the account may differ from the saved one by what the file said).
                    List<String> javaChanged =
                            recordedReads && isJava(e.code()) ? state.reads().changedSince(e.reads()) : List.of();
                    if (recordedReads) {
                        state.reads().serve(e.reads(), FileReads.Unrecorded.DISK);
                    }
                    boolean ok = runInput(e.code(), ev -> {});
                    state.reads().live();
                    if (!javaChanged.isEmpty()) {
                        different.add(firstLine(e.code()) + "  (its Java read " + String.join(", ", javaChanged)
                                + "; Java reads your disk, so the replay used the file as it is now)");
                    } else if (ok == e.failed()) {
                        different.add(e.code());
                    }
                }
                journal.record(e);
                lessons.inputJournaled(journal.size());
            }
        } finally {
            replaying = false;
            state.reads().live();
        }
        autosave();
        return new SessionContext.Restored(saved.cells().size(), different);
    }

    private static boolean isJava(String code) {
        return CellSplitter.split(code).stream().anyMatch(c -> c instanceof Cell.Java);
    }

    private static String firstLine(String code) {
        return code.strip().lines().findFirst().orElse("");
    }

    /**
     * Saves the session if it has a save file. A home that is read-only or full does not end the session: the first
     * failure returns one line saying so (the session goes on in memory), later ones say nothing until a save works.
     */
    private Optional<String> autosave() {
        try {
            journal.save(journal());
            saveProblem = Optional.empty();
            return Optional.empty();
        } catch (UncheckedIOException e) {
            boolean first = saveProblem.isEmpty();
            saveProblem = Optional.of(e.getMessage());
            return first
                    ? Optional.of("Could not save the session (" + e.getMessage()
                            + "); it goes on in memory and is saved again when it can be.")
                    : Optional.empty();
        }
    }

    /** Why the session could not be saved, if the last save failed (front ends say it when the learner leaves). */
    public Optional<String> saveProblem() {
        return saveProblem;
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
                state.advance(Duration.ofSeconds(seconds));
                lastWallNanos += (long) (seconds * 1_000_000_000L / options.timeScale());
            }
            return;
        }
        lastWallNanos = now;
    }
}
