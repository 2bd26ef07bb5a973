package org.ec2tutor.grade;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import org.ec2tutor.lesson.LessonException;
import org.ec2tutor.lesson.LessonLibrary;
import org.ec2tutor.lesson.LessonPreview;
import org.ec2tutor.lesson.LessonSnapshot;
import org.ec2tutor.lesson.LessonSource;

/**
 * {@code ec2-tutor grade}: grades many submissions of one lesson in one JVM, in parallel on the available cores,
 * each in its own fresh session. A submission that cannot be read or graded is reported as an error; the others are
 * graded regardless. The report lists submissions in the order given, so it does not depend on scheduling.
 */
public final class Grader {

    /**
     * How a grading run is set up.
     *
     * @param java how each submission's Java runs: a fresh agent JVM per submission, with these limits
     * @param budget what each submission may spend in total
     */
    public record Options(
            String lessonId,
            List<Path> lessonFolders,
            Duration cellTimeout,
            int threads,
            JavaLimits java,
            SubmissionBudget budget) {

        public static Options of(String lessonId) {
            return new Options(
                    lessonId,
                    List.of(),
                    Duration.ofSeconds(30),
                    Math.max(1, Runtime.getRuntime().availableProcessors()),
                    JavaLimits.DEFAULT,
                    SubmissionBudget.DEFAULT);
        }

        public Options withCellTimeout(Duration timeout) {
            return new Options(lessonId, lessonFolders, timeout, threads, java, budget);
        }

        public Options withLessonFolders(List<Path> folders) {
            return new Options(lessonId, folders, cellTimeout, threads, java, budget);
        }

        public Options withThreads(int n) {
            return new Options(lessonId, lessonFolders, cellTimeout, n, java, budget);
        }

        public Options withJava(JavaLimits limits) {
            return new Options(lessonId, lessonFolders, cellTimeout, threads, limits, budget);
        }

        public Options withBudget(SubmissionBudget b) {
            return new Options(lessonId, lessonFolders, cellTimeout, threads, java, b);
        }
    }

    private Grader() {}

    /**
     * Grades {@code submissions} (files) against the lesson.
     *
     * @throws LessonException if the lesson itself cannot be found or loaded, or fails while grading a submission (a
     *     teacher's error): the grader cannot run
     */
    public static GradeReport grade(Options options, List<Path> submissions) {
        LessonSource source = LessonLibrary.standard(options.lessonFolders())
                .find(options.lessonId())
                .orElseThrow(() ->
                        new LessonException("No lesson " + options.lessonId() + "; ec2-tutor lessons lists them."));
        LessonSnapshot lesson = LessonPreview.of(source);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "grader");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "grader-watchdog");
            t.setDaemon(true);
            return t;
        });
        try {
            SubmissionGrader grader = new SubmissionGrader(
                    options.lessonId(),
                    options.lessonFolders(),
                    options.cellTimeout(),
                    watchdog,
                    options.java(),
                    options.budget());
            List<Future<GradeReport.Submission>> futures = new ArrayList<>();
            AtomicLongArray startedAt = new AtomicLongArray(submissions.size());
            for (int i = 0; i < submissions.size(); i++) {
                Path file = submissions.get(i);
                int k = i;
                futures.add(pool.submit(() -> {
                    startedAt.set(k, System.nanoTime());
                    return gradeOne(grader, lesson, file, startedAt.get(k));
                }));
            }
            List<GradeReport.Submission> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), startedAt, i, options.budget(), lesson, submissions.get(i)));
            }
            return new GradeReport(
                    GradeReport.FORMAT,
                    lesson.meta().id(),
                    lesson.meta().version(),
                    lesson.meta().seed(),
                    results);
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
    }

    /**
     * A submission's report once it is graded. The watchdog ends a submission at its wall-clock budget; what it
     * cannot stop (a snippet javac takes minutes to compile, in this JVM) is left behind after a grace period, so
     * the batch and its report always finish.
     */
    private static GradeReport.Submission await(
            Future<GradeReport.Submission> f,
            AtomicLongArray startedAt,
            int i,
            SubmissionBudget budget,
            LessonSnapshot lesson,
            Path file) {
        long limit = budget.wall().plus(SubmissionBudget.GRACE).toNanos();
        while (true) {
            try {
                return f.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long s = startedAt.get(i);
                if (s != 0 && System.nanoTime() - s > limit) {
                    f.cancel(true);
                    return error(
                            lesson,
                            file.toString(),
                            "ended by its wall-clock budget (" + budget.wall().toSeconds()
                                    + " s), in a step the grader could not stop (compiling a snippet?)");
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof LessonException teachers) {
                    throw teachers; // the teacher's error stops the whole grading (exit 3), not this submission
                }
                return error(lesson, file.toString(), "the grader failed on it: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return error(lesson, file.toString(), "the grader was interrupted");
            }
        }
    }

    private static GradeReport.Submission gradeOne(
            SubmissionGrader grader, LessonSnapshot lesson, Path file, long started) {
        List<SubmissionCells.Submitted> cells;
        try {
            cells = SubmissionCells.read(file);
            SubmissionCells.checkLesson(file, lesson.meta().id(), lesson.meta().version());
        } catch (SubmissionCells.Unreadable e) {
            return error(lesson, file.toString(), e.getMessage());
        }
        Optional<String> refused = grader.java().refusal(SubmissionCells.codes(cells));
        if (refused.isPresent()) {
            return error(lesson, file.toString(), refused.get());
        }
        try {
            return grader.grade(file.toString(), cells, started);
        } catch (LessonException e) {
            throw e;
        } catch (RuntimeException e) {
            return error(lesson, file.toString(), "the grader failed on it: " + e);
        }
    }

    /** A submission that could not be graded: every step failed, with the reason. */
    private static GradeReport.Submission error(LessonSnapshot lesson, String name, String why) {
        List<GradeReport.Step> steps = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonSnapshot.Step st = lesson.step(i);
            steps.add(new GradeReport.Step(
                    i + 1,
                    st.id(),
                    st.title(),
                    st.points(),
                    0,
                    GradeReport.StepStatus.FAILED,
                    "Not graded: " + why,
                    List.of()));
        }
        int max = steps.stream().mapToInt(GradeReport.Step::points).sum();
        return new GradeReport.Submission(
                name, GradeReport.Status.ERROR, why, 0, max, 0, steps, GradeReport.Cells.none());
    }
}
