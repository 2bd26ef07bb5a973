package org.ec2tutor.grade;

import java.util.List;

/**
 * The one result model of a grading run; every output format is written from it. Versioned: {@code format} changes
 * when a field changes meaning. Everything in it is deterministic except the {@code executionSeconds} fields.
 *
 * @param format the version of this model as JSON, currently 1
 */
public record GradeReport(int format, String lesson, int lessonVersion, long seed, List<Submission> submissions) {

    public static final int FORMAT = 1;

    public GradeReport {
        submissions = List.copyOf(submissions);
    }

    /** A submission that could be run is {@code graded}, whatever its score; one that could not is an {@code error}. */
    public enum Status {
        GRADED,
        ERROR
    }

    /**
     * One submission's result.
     *
     * @param error why it could not be graded (empty when graded)
     * @param cells what happened to its cells
     */
    public record Submission(
            String name,
            Status status,
            String error,
            int score,
            int maxScore,
            double executionSeconds,
            List<Step> steps,
            Cells cells) {

        public Submission {
            steps = List.copyOf(steps);
        }

        /** Checks of all steps (one JUnit test case each); an ungraded submission counts as one. */
        public int checkCount() {
            return status == Status.ERROR
                    ? 1
                    : steps.stream().mapToInt(s -> s.checks().size()).sum();
        }

        public int failedChecks() {
            return status == Status.ERROR
                    ? 0
                    : (int) steps.stream()
                            .flatMap(s -> s.checks().stream())
                            .filter(c -> !c.passed())
                            .count();
        }
    }

    /** How a step ended: passed by the submission, or not (a step the tutor solved or skipped earns nothing). */
    public enum StepStatus {
        PASSED,
        FAILED
    }

    /**
     * One step of the lesson.
     *
     * @param feedback what passed, or the step's messages and what the state was instead
     */
    public record Step(
            int number,
            String id,
            String title,
            int points,
            int score,
            StepStatus status,
            String feedback,
            List<Check> checks) {

        public Step {
            checks = List.copyOf(checks);
        }
    }

    /** One check: a hidden check that failed says so without its message (which would reveal the predicate). */
    public record Check(String id, boolean passed, boolean hidden, String message) {}

    /**
     * The submission's cells: how many ran, failed (an error output, or refused by the grading policy), were stopped
     * at the per-cell timeout; {@code notes} says which cells were not run or were stopped, and why; {@code endedBy}
     * names the budget that ended the submission early ("wall-clock budget", "CPU budget", "cell cap"), "" if none.
     */
    public record Cells(int total, int run, int failed, int timedOut, String endedBy, List<String> notes) {

        public Cells {
            notes = List.copyOf(notes);
        }

        static Cells none() {
            return new Cells(0, 0, 0, 0, "", List.of());
        }
    }

    public int checkCount() {
        return submissions.stream().mapToInt(Submission::checkCount).sum();
    }

    public int failedChecks() {
        return submissions.stream().mapToInt(Submission::failedChecks).sum();
    }

    public int errors() {
        return (int)
                submissions.stream().filter(s -> s.status() == Status.ERROR).count();
    }
}
