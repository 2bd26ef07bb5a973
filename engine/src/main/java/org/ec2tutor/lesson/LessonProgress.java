package org.ec2tutor.lesson;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The learner's progress through one lesson: the current step, each step's status, hints shown, check attempts and
 * the values passed steps captured. It lives in the session and is restored by replaying the saved session.
 */
public final class LessonProgress {

    private final StepStatus[] statuses;
    private final int[] hintsShown;
    private final int[] attempts;
    private final Map<String, String> captured = new LinkedHashMap<>();
    private int current;

    LessonProgress(int steps) {
        statuses = new StepStatus[steps];
        Arrays.fill(statuses, StepStatus.PENDING);
        hintsShown = new int[steps];
        attempts = new int[steps];
    }

    /** The index of the current step; equal to the number of steps once the lesson is finished. */
    public int current() {
        return current;
    }

    public int steps() {
        return statuses.length;
    }

    public boolean finished() {
        return current >= statuses.length;
    }

    public StepStatus status(int step) {
        return statuses[step];
    }

    public int hintsShown(int step) {
        return hintsShown[step];
    }

    public int attempts(int step) {
        return attempts[step];
    }

    public Map<String, String> captured() {
        return Map.copyOf(captured);
    }

    /** How many steps are done (passed or solved). */
    public long done() {
        return Arrays.stream(statuses).filter(StepStatus::done).count();
    }

    void finish(int step, StepStatus status, Map<String, String> captures) {
        statuses[step] = status;
        captured.putAll(captures);
        if (step == current) {
            current++;
        }
    }

    void skip() {
        statuses[current] = StepStatus.SKIPPED;
        current++;
    }

    void countHint(int step) {
        hintsShown[step]++;
    }

    void countAttempt(int step) {
        attempts[step]++;
    }
}
