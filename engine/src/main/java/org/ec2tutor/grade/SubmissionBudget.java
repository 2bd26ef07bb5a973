package org.ec2tutor.grade;

import java.time.Duration;

/**
 * What one submission may spend in total, enforced from outside the code it runs: the grader's watchdog ends a
 * submission past its wall-clock budget (killing its agent), its agent is killed by the kernel past its CPU seconds
 * ({@link JavaLimits#cpuSeconds()}, one agent per submission) and inputs beyond the cap are not run. A submission
 * ended so keeps the steps it passed before; its report says which budget ended it.
 *
 * @param wall the submission's total wall-clock time ({@code --submission-seconds}, default 300 s): its cells,
 *     aws lines, % commands and Java, compiling included
 * @param maxCells how many inputs are run ({@code --max-cells}, default 500)
 */
public record SubmissionBudget(Duration wall, int maxCells) {

    public static final SubmissionBudget DEFAULT = new SubmissionBudget(Duration.ofMinutes(5), 500);

    /** A compile the watchdog cannot stop holds its grader thread; past this after the budget, the batch goes on. */
    static final Duration GRACE = Duration.ofSeconds(10);

    public SubmissionBudget withWall(Duration d) {
        return new SubmissionBudget(d, maxCells);
    }

    public SubmissionBudget withMaxCells(int n) {
        return new SubmissionBudget(wall, n);
    }

    /** The budget that ended a submission, as the report names it. */
    enum Ended {
        WALL_CLOCK("wall-clock budget"),
        CPU("CPU budget"),
        CELLS("cell cap");

        private final String label;

        Ended(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
