package org.ec2tutor.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.ec2tutor.lesson.LessonException;
import org.ec2tutor.lesson.LessonFacts;
import org.ec2tutor.lesson.LessonLibrary;
import org.ec2tutor.lesson.LessonListing;
import org.ec2tutor.lesson.LessonPreview;
import org.ec2tutor.lesson.LessonRun;
import org.ec2tutor.lesson.LessonSnapshot;
import org.ec2tutor.lesson.LessonSource;
import org.ec2tutor.lesson.StepStatus;
import org.ec2tutor.render.LessonViews;
import org.ec2tutor.render.Renderer;

/**
 * The lesson side of a session: {@code %lessons}, {@code %lesson}, {@code %check}, {@code %hint}, {@code %next},
 * {@code %solve}, {@code %progress}, and the check after every cell that announces a passed step at once.
 */
final class LessonCommands {

    /** What {@code %lesson} takes first (completion offers them). */
    static final List<String> SUBCOMMANDS = List.of("start", "reset-step", "restart", "quit");

    private final SessionContext session;
    private LessonLibrary library;
    private LessonRun run;
    /** For each step, how many journal entries there were when it began (what %lesson reset-step goes back to). */
    private final Map<Integer, Integer> stepStarts = new HashMap<>();
    /** A step shown as current by the input running now, whose start is noted once that input is journaled. */
    private Optional<Integer> beginning = Optional.empty();

    /** Whether a line of feedback follows a cell that changed the account ({@code %hints on|off}). */
    private boolean hints = true;
    /** How many API calls the history held when the input running now began. */
    private int callsBefore;

    LessonCommands(SessionContext session) {
        this.session = session;
    }

    Optional<LessonRun> run() {
        return Optional.ofNullable(run);
    }

    Optional<String> position() {
        return run().map(LessonRun::position);
    }

    void quit() {
        run = null;
        stepStarts.clear();
        beginning = Optional.empty();
    }

    /** Notes that the current step begins, the first time it is current: after the input running now. */
    private void noteCurrentStep() {
        if (run != null
                && !run.progress().finished()
                && !stepStarts.containsKey(run.progress().current())) {
            beginning = Optional.of(run.progress().current());
        }
    }

    /** The input that showed a new step is journaled: the step begins after its {@code journalSize} cells. */
    void inputJournaled(int journalSize) {
        beginning.ifPresent(step -> stepStarts.putIfAbsent(step, journalSize));
        beginning = Optional.empty();
    }

    /** The current lesson rendered against the account now, without changing progress. */
    Optional<LessonSnapshot> snapshot() {
        return run().map(r -> r.render(facts(), session.state().variables().asMap()));
    }

    private LearnerProgress learner() {
        return new LearnerProgress(session.options().progressFile());
    }

    private LessonLibrary library() {
        if (library == null) {
            library = LessonLibrary.standard(session.options().lessonFolders());
        }
        return library;
    }

    /** The ids of every lesson, for completion; none if a teacher's folder cannot be read. */
    List<String> ids() {
        try {
            return library().all().stream().map(LessonSource::id).toList();
        } catch (LessonException e) {
            return List.of();
        }
    }

    private LessonFacts facts() {
        return LessonFacts.of(
                session.state().cloud(), session.state().cloud().accounts().learner());
    }

    private LessonRun.Evaluation evaluate() {
        return run.evaluate(facts(), session.state().variables().asMap());
    }

    // --- after every cell ------------------------------------------------------------------------------------

    /** An input begins: what it changes in the account is what its feedback line is about. */
    void inputStarts() {
        callsBefore = session.state().cloud().apiCalls().size();
    }

    void afterCell(Consumer<CellEvent> emit) {
        if (run == null || run.progress().finished()) {
            return;
        }
        try {
            LessonRun.Evaluation e = evaluate();
            announce(e, false, emit);
            if (e.newlyPassed().isEmpty() && hints && changedTheAccount()) {
                feedback(e.snapshot(), emit);
            }
        } catch (LessonException e) {
            emit.accept(lessonError(e));
        }
    }

    /** Whether the input made a call that succeeded and is not a read (Describe, Get, List). */
    private boolean changedTheAccount() {
        return session.state().cloud().apiCalls().since(callsBefore).stream()
                .anyMatch(c -> c.succeeded() && !READS.matcher(c.operation()).lookingAt());
    }

    private static final Pattern READS = Pattern.compile("Describe|Get|List");

    /** One line naming the current step's first failing check the learner may see (never a hidden one). */
    private void feedback(LessonSnapshot s, Consumer<CellEvent> emit) {
        int i = run.progress().current();
        LessonSnapshot.Step step = s.step(i);
        step.outcomes(i + 1, false).stream()
                .filter(o -> !o.passed() && !o.hidden() && !o.waiting())
                .findFirst()
                .ifPresent(o -> display(emit, "lesson/feedback", new LessonViews.Feedback(i + 1, o.message())));
    }

    boolean hintsOn() {
        return hints;
    }

    /** The learner's {@code %hints} setting, as a resumed save had it. */
    void hintsOn(boolean on) {
        hints = on;
    }

    /** {@code %hints [on|off]}: the line after a cell that changed the account, or whether it is on. */
    boolean hints(String args, Consumer<CellEvent> emit) throws Command.Usage {
        List<String> words = CommandArgs.positional(args).positional(0, 1);
        if (!words.isEmpty()) {
            switch (words.get(0)) {
                case "on" -> hints = true;
                case "off" -> hints = false;
                default -> throw new Command.Usage("");
            }
            // Not a journaled cell (it changes nothing a replay rebuilds), but the learner's choice is kept.
            session.save(emit);
        }
        emit.accept(
                CellEvent.out(
                        hints
                                ? "Hints are on: after a cell that changes the account, one line says what the current step still "
                                        + "needs (%hints off stops them).\n"
                                : "Hints are off: %check says what the current step needs (%hints on brings the lines back).\n"));
        return true;
    }

    /** Says which steps passed and shows the step now current (or the end of the lesson). */
    private void announce(LessonRun.Evaluation e, boolean byTutor, Consumer<CellEvent> emit) {
        if (e.newlyPassed().isEmpty()) {
            return;
        }
        for (int step : e.newlyPassed()) {
            LessonSnapshot.Step s = e.snapshot().step(step);
            display(emit, "lesson/passed", new LessonViews.Passed(step + 1, s.title(), s.why(), byTutor));
        }
        showCurrent(e.snapshot(), emit);
    }

    private void showCurrent(LessonSnapshot s, Consumer<CellEvent> emit) {
        noteCurrentStep();
        var p = run.progress();
        learner().record(s.meta().id(), new LearnerProgress.Lesson(p.done(), p.steps(), p.finished()));
        if (p.finished()) {
            long solved = 0;
            long passed = 0;
            for (int i = 0; i < p.steps(); i++) {
                solved += p.status(i) == StepStatus.SOLVED ? 1 : 0;
                passed += p.status(i) == StepStatus.PASSED ? 1 : 0;
            }
            display(
                    emit,
                    "lesson/finished",
                    new LessonViews.Finished(s.meta().id(), s.meta().title(), passed, solved, p.steps()));
            return;
        }
        int i = p.current();
        LessonSnapshot.Step step = s.step(i);
        display(
                emit,
                "lesson/step",
                new LessonViews.Step(
                        s.meta().id(),
                        s.meta().title(),
                        i + 1,
                        p.steps(),
                        step.title(),
                        step.text(),
                        i == 0 && p.done() == 0 ? s.intro() : ""));
    }

    /** What the learner did in each lesson in any session, as {@code %lessons} words it. */
    private Map<String, String> recordedStatuses() {
        Map<String, String> statuses = new HashMap<>();
        learner().read().forEach((id, lesson) -> statuses.put(id, lesson.status()));
        return statuses;
    }

    // --- the commands ----------------------------------------------------------------------------------------

    boolean lessons(String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs.positional(args).positional(0, 0);
        display(emit, "lesson/lessons", LessonListing.view(library(), run(), recordedStatuses()));
        return true;
    }

    boolean lesson(String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs a = CommandArgs.parse(args, Set.of("--seed"), Set.of());
        List<String> words = a.positional(0, 2);
        if (words.isEmpty()) {
            requireLesson();
            showCurrent(run.render(facts(), session.state().variables().asMap()), emit);
            return true;
        }
        if (!words.get(0).equals("start") && (words.size() > 1 || a.has("--seed"))) {
            throw new Command.Usage("");
        }
        switch (words.get(0)) {
            case "start" -> {
                if (words.size() != 2) {
                    throw new Command.Usage("");
                }
                Optional<Long> seed = a.has("--seed")
                        ? Optional.of(a.option(
                                "--seed",
                                0L,
                                CommandArgs.wholeNumber(v -> "--seed takes a whole number, not " + v + ".")))
                        : Optional.empty();
                return start(words.get(1), seed, emit);
            }
            case "restart" -> {
                requireLesson();
                return start(run.source().id(), Optional.of(run.seed()), emit);
            }
            case "reset-step" -> {
                requireLesson();
                if (run.progress().finished()) {
                    throw new Command.Usage(
                            "Lesson " + run.source().id() + " is finished; %lesson restart starts over.");
                }
                int step = run.progress().current();
                int entries = stepStarts.getOrDefault(step, session.journalSize());
                int undone = session.journalSize() - entries;
                session.rewind(entries);
                emit.accept(CellEvent.out("Step " + (step + 1) + " is back as it began: " + undone + " cell"
                        + (undone == 1 ? "" : "s") + " after it undone (the account, the clock and your variables)."
                        + "\n"));
                showCurrent(run.render(facts(), session.state().variables().asMap()), emit);
                return true;
            }
            case "quit" -> {
                requireLesson();
                String id = run.source().id();
                quit();
                emit.accept(CellEvent.out("Left lesson " + id + "; your account stays as it is.\n"));
                return true;
            }
            default -> throw new Command.Usage("");
        }
    }

    private boolean start(String id, Optional<Long> seed, Consumer<CellEvent> emit) throws Command.Usage {
        LessonSource source =
                library().find(id).orElseThrow(() -> new Command.Usage("No lesson " + id + ". %lessons lists them."));
        LessonSnapshot preview;
        try {
            preview = LessonPreview.of(source);
        } catch (LessonException e) {
            emit.accept(lessonError(e));
            return false;
        }
        // A lesson starts on a fresh account made from its seed, so every learner starts from the same state.
        session.reset(seed.orElse(preview.meta().seed()));
        for (String cell : preview.setupCells()) {
            List<CellEvent> events = new ArrayList<>();
            if (!session.runForTutor(cell, events::add)) {
                String why = events.stream()
                        .filter(e -> e instanceof CellEvent.Failure)
                        .map(e -> ((CellEvent.Failure) e).value())
                        .findFirst()
                        .orElse("it failed");
                emit.accept(lessonError(
                        new LessonException(source.location() + ": a setup cell failed: " + cell + " -> " + why)));
                return false;
            }
        }
        try {
            run = LessonRun.start(source, facts(), session.state().variables().asMap(), seed);
        } catch (LessonException e) {
            emit.accept(lessonError(e));
            return false;
        }
        emit.accept(CellEvent.out("Lesson " + id + " started on a fresh simulated account (seed " + run.seed()
                + "). %hint helps, %check says what is missing, %progress shows where you are.\n"));
        LessonRun.Evaluation e = evaluate();
        showCurrent(e.snapshot(), emit);
        return true;
    }

    boolean check(String args, Consumer<CellEvent> emit) throws Command.Usage {
        requireLesson();
        LessonRun.Evaluation e;
        try {
            e = evaluate();
        } catch (LessonException ex) {
            emit.accept(lessonError(ex));
            return false;
        }
        LessonSnapshot s = e.snapshot();
        CommandArgs a = CommandArgs.parse(args, Set.of(), Set.of("--points"));
        List<String> which = a.positional(0, 1);
        boolean points = a.has("--points");
        String rest = which.isEmpty() ? "" : which.get(0);
        int step = rest.isEmpty()
                ? Math.min(run.progress().current(), run.progress().steps() - 1)
                : stepIndex(s, rest);
        if (rest.isEmpty()
                && !points
                && run.progress().finished()
                && e.newlyPassed().isEmpty()) {
            emit.accept(CellEvent.out("Lesson " + s.meta().id() + " is finished; every step is done.\n"));
            return true;
        }
        run.countAttempt(step);
        LessonSnapshot.Step st = s.step(step);
        boolean done = run.progress().status(step).done();
        List<LessonViews.CheckLine> lines = st.outcomes(step + 1, done).stream()
                .map(o -> new LessonViews.CheckLine(o.passed(), o.id(), o.message()))
                .toList();
        display(emit, "lesson/checks", new LessonViews.Checks(step + 1, st.title(), lines));
        announce(e, false, emit);
        long failing = lines.stream().filter(l -> !l.passed()).count();
        if (!done && failing == 0) {
            // Every check holds but an earlier step is current: say so rather than "not done: 0 checks failed"; the
            // grader scores such a step too, so the cell passes.
            emit.accept(CellEvent.out("Step " + (step + 1) + " passes its checks; the lesson goes on from step "
                    + (run.progress().current() + 1) + ", which is not done yet.\n"));
        } else if (!done) {
            // An error, not stderr: nbconvert --execute and nbgrader count the cell as failed.
            String value = "Step " + (step + 1) + " (" + st.title() + ") is not done: " + failing + " of "
                    + lines.size() + " checks failed.";
            emit.accept(CellEvent.Failure.of(ErrorKind.CHECK_FAILED, "CheckFailed", value));
            return false;
        }
        if (points) {
            // nbgrader reads a number in [0, points] as the cell's partial credit.
            emit.accept(CellEvent.result(String.valueOf(st.points())));
        }
        return true;
    }

    private static int stepIndex(LessonSnapshot s, String which) throws Command.Usage {
        for (int i = 0; i < s.steps().size(); i++) {
            if (s.step(i).id().equals(which) || String.valueOf(i + 1).equals(which)) {
                return i;
            }
        }
        throw new Command.Usage("No step " + which + " in lesson " + s.meta().id() + " (steps 1-"
                + s.steps().size() + " or their ids).");
    }

    boolean hint(String args, Consumer<CellEvent> emit) throws Command.Usage {
        requireCurrentStep(args);
        LessonSnapshot s = run.render(facts(), session.state().variables().asMap());
        int step = run.progress().current();
        int total = s.step(step).hints().size();
        Optional<String> hint = run.nextHint(s);
        if (hint.isEmpty()) {
            emit.accept(CellEvent.out(
                    total == 0
                            ? "This step has no hints. %solve applies its solution.\n"
                            : "That was the last hint (" + total + " of " + total
                                    + "). %solve applies the solution.\n"));
            return true;
        }
        emit.accept(
                CellEvent.out("Hint " + run.progress().hintsShown(step) + " of " + total + ": " + hint.get() + "\n"));
        return true;
    }

    boolean next(String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs a = CommandArgs.parse(args, Set.of(), Set.of("--force"));
        a.positional(0, 0);
        boolean force = a.has("--force");
        requireCurrentStep("");
        LessonRun.Evaluation e = evaluate();
        if (!e.newlyPassed().isEmpty()) {
            announce(e, false, emit);
            return true;
        }
        if (!force) {
            int step = run.progress().current();
            String msg = "Step " + (step + 1) + " has not passed yet. %check says what is missing; %next --force "
                    + "skips it (it stays not passed).";
            emit.accept(CellEvent.Failure.of(ErrorKind.USAGE, "UsageError", msg));
            return false;
        }
        run.skip();
        showCurrent(run.render(facts(), session.state().variables().asMap()), emit);
        return true;
    }

    boolean solve(String args, Consumer<CellEvent> emit) throws Command.Usage {
        requireCurrentStep(args);
        LessonSnapshot s = run.render(facts(), session.state().variables().asMap());
        LessonSnapshot.Step step = s.step(run.progress().current());
        if (step.solutionCells().isEmpty()) {
            emit.accept(CellEvent.out("This step has no solution to apply.\n"));
            return false;
        }
        for (String cell : step.solutionCells()) {
            // A solution may show a refusal on purpose (making a blocked image public), so a failing cell does
            // not stop it; whether the step passes afterwards decides.
            emit.accept(CellEvent.out("ec2-tutor runs: " + cell + "\n"));
            session.runForTutor(cell, emit);
        }
        LessonSnapshot after = run.render(facts(), session.state().variables().asMap());
        if (!after.step(run.progress().current()).passes()) {
            String msg = "The solution ran but step " + (run.progress().current() + 1) + " still does not pass; "
                    + "%check shows why (something you did earlier may be in the way; %lesson restart starts over).";
            emit.accept(CellEvent.Failure.of(ErrorKind.CHECK_FAILED, "SolveFailed", msg));
            return false;
        }
        int index = run.progress().current();
        run.markSolved(after);
        display(emit, "lesson/passed", new LessonViews.Passed(index + 1, step.title(), step.why(), true));
        LessonRun.Evaluation e = evaluate();
        announce(e, false, emit);
        if (e.newlyPassed().isEmpty()) {
            showCurrent(e.snapshot(), emit);
        }
        return true;
    }

    boolean progress(String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs.positional(args).positional(0, 0);
        requireLesson();
        LessonSnapshot s = run.render(facts(), session.state().variables().asMap());
        var p = run.progress();
        List<LessonViews.ProgressRow> rows = new ArrayList<>();
        for (int i = 0; i < p.steps(); i++) {
            rows.add(new LessonViews.ProgressRow(
                    i + 1, s.step(i).title(), p.status(i).label(), p.hintsShown(i), p.attempts(i), i == p.current()));
        }
        display(
                emit,
                "lesson/progress",
                new LessonViews.Progress(s.meta().id(), s.meta().title(), p.done(), p.steps(), rows));
        return true;
    }

    private void requireLesson() throws Command.Usage {
        if (run == null) {
            throw new Command.Usage("No lesson is running. %lessons lists them; %lesson start ID begins one.");
        }
    }

    private void requireCurrentStep(String args) throws Command.Usage {
        CommandArgs.positional(args).positional(0, 0);
        requireLesson();
        if (run.progress().finished()) {
            throw new Command.Usage("Lesson " + run.source().id() + " is finished. %lesson restart starts it again.");
        }
    }

    private static CellEvent.Failure lessonError(LessonException e) {
        return CellEvent.Failure.of(ErrorKind.LESSON, "LessonError", e.getMessage());
    }

    private static void display(Consumer<CellEvent> emit, String view, Object model) {
        emit.accept(new CellEvent.Display(Renderer.instance().bundle(view, Map.of("view", model))));
    }
}
