package org.ec2tutor.grade;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.ec2tutor.cell.Cell;
import org.ec2tutor.cell.CellSplitter;
import org.ec2tutor.lesson.LessonException;
import org.ec2tutor.lesson.LessonProgress;
import org.ec2tutor.lesson.LessonSnapshot;
import org.ec2tutor.lesson.StepStatus;
import org.ec2tutor.session.CellEvent;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.ErrorKind;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionJournal;
import org.ec2tutor.session.SessionOptions;

/**
 * Grades one submission: a fresh session on the lesson's seed, the lesson started by the grader, the submission's
 * cells replayed in order under the grading policy with a per-cell timeout, then every step scored from the
 * progress the session latched after each cell (a step passes only when the account reached its state).
 */
final class SubmissionGrader {

    private final String lessonId;
    private final List<Path> lessonFolders;
    private final Duration cellTimeout;
    private final ScheduledExecutorService watchdog;
    private final JavaLimits java;
    private final SubmissionBudget budget;

    SubmissionGrader(
            String lessonId,
            List<Path> lessonFolders,
            Duration cellTimeout,
            ScheduledExecutorService watchdog,
            JavaLimits java,
            SubmissionBudget budget) {
        this.lessonId = lessonId;
        this.lessonFolders = lessonFolders;
        this.cellTimeout = cellTimeout;
        this.watchdog = watchdog;
        this.java = java;
        this.budget = budget;
    }

    JavaLimits java() {
        return java;
    }

    GradeReport.Submission grade(String name, List<SubmissionCells.Submitted> cells, long started) {
        SessionOptions options = SessionOptions.scripted(1)
                .withJavaOnDemand()
                .withLessonFolders(lessonFolders)
                .forGrading();
        AtomicReference<SubmissionBudget.Ended> ended = new AtomicReference<>();
        try (Session session = Session.start(options)) {
            // The wall-clock budget counts from when the grader took the submission up; the watchdog ends it.
            long left = budget.wall().toMillis() - (System.nanoTime() - started) / 1_000_000;
            ScheduledFuture<?> wallAlarm = watchdog.schedule(
                    () -> {
                        if (ended.compareAndSet(null, SubmissionBudget.Ended.WALL_CLOCK)) {
                            session.killJava();
                            session.interrupt();
                        }
                    },
                    Math.max(0, left),
                    TimeUnit.MILLISECONDS);
            try {
                return gradeIn(session, name, cells, started, ended);
            } finally {
                wallAlarm.cancel(false);
            }
        }
    }

    private GradeReport.Submission gradeIn(
            Session session,
            String name,
            List<SubmissionCells.Submitted> cells,
            long started,
            AtomicReference<SubmissionBudget.Ended> ended) {
        // Learner Java runs in its own agent JVM, sandboxed and limited (JavaLimits), never in the grader's.
        session.isolateJava(java.launch());
        CellResult start = session.execute("%lesson start " + lessonId);
        if (!start.succeeded()) {
            throw new LessonException(
                    "lesson " + lessonId + " did not start: " + start.asText().strip());
        }
        int run = 0;
        int failed = 0;
        int timedOut = 0;
        List<String> notes = new ArrayList<>(
                java.notes(cells.stream().map(SubmissionCells.Submitted::code).toList()));
        // Steps whose checks held after some input while an earlier step had not passed: a slip does not zero
        // every later step (step index -> the input after which it held).
        Map<Integer, Integer> outOfOrder = new TreeMap<>();
        for (int i = 0; i < cells.size(); i++) {
            int n = i + 1;
            if (i >= budget.maxCells()) {
                ended.compareAndSet(null, SubmissionBudget.Ended.CELLS);
            }
            if (ended.get() != null) {
                notes.add(endNote(ended.get(), n, cells.size()));
                break;
            }
            boolean ran = false;
            boolean cellFailed = false;
            // The learner's clock had reached this instant when the input ran (pauses included).
            cells.get(i).at().ifPresent(session::advanceTo);
            // What it read from the learner's disk then, not from the grader's now (a save that recorded it).
            Optional<List<SessionJournal.FileRead>> reads = cells.get(i).reads();
            if (reads.isPresent()) {
                session.readAsSaved(reads.get());
                if (!reads.get().isEmpty()
                        && CellSplitter.split(cells.get(i).code()).stream().anyMatch(c -> c instanceof Cell.Java)) {
                    // Graded Java runs sandboxed, without the learner's files: say so where it may matter.
                    notes.add("cell " + n + " read "
                            + String.join(
                                    ", ",
                                    reads.get().stream()
                                            .map(SessionJournal.FileRead::path)
                                            .toList())
                            + " in Java on the learner's machine; graded Java cannot read those files, so it may "
                            + "go differently here");
                }
            } else {
                session.readLive();
            }
            // Each cell of an input is decided and run on its own, as the session cuts it; counts are per input.
            for (Cell cell : CellSplitter.split(cells.get(i).code())) {
                GradingPolicy.Decision d = GradingPolicy.decide(cell, session::commandRunsWhenGrading);
                if (d instanceof GradingPolicy.Ignore ig) {
                    notes.add("cell " + n + " not run: " + ig.why());
                    continue;
                }
                if (d instanceof GradingPolicy.Refuse rf) {
                    cellFailed = true;
                    notes.add("cell " + n + " refused: " + rf.why());
                    break;
                }
                ran = true;
                Timed r = runTimed(session, cell, n, notes);
                failIfTheLessonFailed(r.result(), name, n);
                timedOut += r.timedOut() ? 1 : 0;
                if (session.javaCpuLimitHit()) {
                    // One agent per submission: its CPU seconds are the submission's; a fresh one would reset them.
                    ended.compareAndSet(null, SubmissionBudget.Ended.CPU);
                }
                if (ended.get() != null) {
                    cellFailed = true;
                    if (n == cells.size()) {
                        notes.add(endNote(ended.get(), n + 1, cells.size()));
                    }
                    break;
                }
                if (!r.result().succeeded()) {
                    cellFailed = true;
                    // The compiled snippet named something a submission may not use (GradingGuard); or the
                    // grading machine could not run Java at all, which the teacher must hear of once, with why.
                    r.result().events().stream()
                            .filter(e -> e instanceof CellEvent.Failure)
                            .map(e -> (CellEvent.Failure) e)
                            .findFirst()
                            .ifPresent(f -> {
                                if (f.kind() == ErrorKind.REFUSED) {
                                    notes.add("cell " + n + " refused: " + f.value());
                                } else if (f.kind() == ErrorKind.UNAVAILABLE
                                        && notes.stream().noneMatch(x -> x.contains("Java did not run"))) {
                                    notes.add("cell " + n + ": Java did not run on the grading machine: " + f.value());
                                }
                            });
                    break;
                }
            }
            run += ran ? 1 : 0;
            failed += cellFailed ? 1 : 0;
            if (ran) {
                noteStepsAhead(session, n, outOfOrder);
            }
        }
        List<GradeReport.Step> steps = score(session, outOfOrder);
        int score = steps.stream().mapToInt(GradeReport.Step::score).sum();
        int max = steps.stream().mapToInt(GradeReport.Step::points).sum();
        return new GradeReport.Submission(
                name,
                GradeReport.Status.GRADED,
                "",
                score,
                max,
                seconds(started),
                steps,
                new GradeReport.Cells(
                        cells.size(),
                        run,
                        failed,
                        timedOut,
                        ended.get() == null ? "" : ended.get().label(),
                        notes));
    }

    /** The note for a submission a budget ended before input {@code n}. */
    private String endNote(SubmissionBudget.Ended why, int n, int total) {
        String rest =
                n > total ? "" : n == total ? "; cell " + n + " not run" : "; cells " + n + "-" + total + " not run";
        return switch (why) {
            case WALL_CLOCK ->
                "ended by its wall-clock budget (" + budget.wall().toSeconds() + " s for the whole submission)" + rest;
            case CPU ->
                "ended by its CPU budget (" + java.cpuSeconds() + " s of Java CPU time for the whole " + "submission)"
                        + rest;
            case CELLS -> "ended by its cell cap (" + budget.maxCells() + " inputs)" + rest;
        };
    }

    /**
     * A lesson that fails to render against a submission's account is the teacher's error, not the learner's: the
     * whole grading stops with it (exit 3), instead of every submission failing for a reason that is not theirs.
     */
    private static void failIfTheLessonFailed(CellResult r, String submission, int cell) {
        for (CellEvent e : r.events()) {
            if (e instanceof CellEvent.Failure f && f.kind() == ErrorKind.LESSON) {
                throw new LessonException(
                        "the lesson failed while grading " + submission + " (after cell " + cell + "): " + f.value());
            }
        }
    }

    /** What one cell did, and whether the watchdog had to stop it. */
    private record Timed(CellResult result, boolean timedOut) {}

    private Timed runTimed(Session session, Cell cell, int n, List<String> notes) {
        if (cell instanceof Cell.Java) {
            // JShell starts at the first Java cell; its start-up is not the submission's time.
            session.prepareJava();
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog.schedule(
                () -> {
                    expired.set(true);
                    session.interrupt();
                },
                cellTimeout.toMillis(),
                TimeUnit.MILLISECONDS);
        CellResult r;
        try {
            r = session.execute(cell.text());
        } finally {
            alarm.cancel(false);
        }
        if (expired.get()) {
            notes.add("cell " + n + " stopped after the " + cellTimeout.toMillis() / 1000.0
                    + " s timeout per cell (a loop that does not end?)");
        }
        return new Timed(r, expired.get());
    }

    /** Notes the steps after the current one whose checks all hold now, after input {@code n}. */
    private static void noteStepsAhead(Session session, int n, Map<Integer, Integer> outOfOrder) {
        LessonProgress p = session.lessonRun().orElseThrow().progress();
        if (p.finished()) {
            return;
        }
        LessonSnapshot now = session.lessonSnapshot().orElseThrow();
        for (int i = p.current() + 1; i < now.steps().size(); i++) {
            if (!outOfOrder.containsKey(i) && now.step(i).passes()) {
                outOfOrder.put(i, n);
            }
        }
    }

    private static List<GradeReport.Step> score(Session session, Map<Integer, Integer> outOfOrder) {
        LessonSnapshot now = session.lessonSnapshot().orElseThrow();
        LessonProgress p = session.lessonRun().orElseThrow().progress();
        List<GradeReport.Step> steps = new ArrayList<>();
        int firstFailed = -1;
        for (int i = 0; i < now.steps().size(); i++) {
            LessonSnapshot.Step st = now.step(i);
            boolean inOrder = p.status(i) == StepStatus.PASSED;
            boolean passed = inOrder || outOfOrder.containsKey(i);
            boolean reached = firstFailed < 0;
            List<GradeReport.Check> checks = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (LessonSnapshot.Outcome o : st.outcomes(i + 1, passed)) {
                String message = o.passed() || reached
                        ? o.message()
                        : "never reached: step " + (firstFailed + 1) + " did not pass";
                if (!o.passed() && reached && !o.waiting()) {
                    failures.add((i + 1) + "." + o.id() + ": " + message);
                }
                checks.add(new GradeReport.Check(o.id(), o.passed(), o.hidden(), message));
            }
            String feedback = inOrder
                    ? "Passed."
                    : passed
                            ? "Passed out of order: its checks held after cell " + outOfOrder.get(i) + ", while step "
                                    + (firstFailed + 1) + " had not passed."
                            : !reached
                                    ? "Never reached: its checks never held, and step " + (firstFailed + 1)
                                            + " did not pass before it."
                                    : p.status(i) == StepStatus.SOLVED
                                            ? "Solved by the tutor, not by the submission."
                                            : String.join(" ", failures);
            if (!passed && firstFailed < 0) {
                firstFailed = i;
            }
            steps.add(new GradeReport.Step(
                    i + 1,
                    st.id(),
                    st.title(),
                    st.points(),
                    passed ? st.points() : 0,
                    passed ? GradeReport.StepStatus.PASSED : GradeReport.StepStatus.FAILED,
                    feedback,
                    checks));
        }
        return steps;
    }

    static double seconds(long startedNanos) {
        return Math.round((System.nanoTime() - startedNanos) / 1_000_000.0) / 1000.0;
    }
}
