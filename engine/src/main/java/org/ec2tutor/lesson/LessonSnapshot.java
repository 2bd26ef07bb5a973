package org.ec2tutor.lesson;

import java.util.List;
import java.util.Map;

/**
 * A lesson as one render of its template declared it, against the account as it was then: metadata, setup cells,
 * and every step with its text and check results.
 */
public record LessonSnapshot(Meta meta, String intro, List<String> setupCells, List<Step> steps) {

    public LessonSnapshot {
        setupCells = List.copyOf(setupCells);
        steps = List.copyOf(steps);
    }

    /** The {@code <@lesson>} attributes. */
    public record Meta(String id, int version, String title, int minutes, long seed) {}

    /**
     * One step: instruction text (Markdown), checks evaluated at render time, graduated hints, the "why this
     * matters" shown when it passes, the solution cells {@code %solve} runs, and values it captures when it passes.
     */
    public record Step(String id, String title, int points, String text, List<Check> checks, List<String> hints,
            String why, List<String> solutionCells, Map<String, String> captures) {

        public boolean passes() {
            return checks.stream().allMatch(Check::passed);
        }
    }

    /**
     * One check's outcome. {@code message} says what was expected and what the account shows; a hidden check's
     * predicate is not revealed to the learner.
     */
    public record Check(String id, boolean passed, String message, boolean hidden) {}

    public Step step(int index) {
        return steps.get(index);
    }
}
