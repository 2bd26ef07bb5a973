package org.ec2tutor.lesson;

import java.util.ArrayList;
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
    public record Step(
            String id,
            String title,
            int points,
            String text,
            List<Check> checks,
            List<String> hints,
            String why,
            List<String> solutionCells,
            Map<String, String> captures) {

        public boolean passes() {
            return checks.stream().allMatch(Check::passed);
        }

        /**
         * What each check says to the learner for step {@code number}: {@code passed} (all of them once the step is
         * {@code done}), the check's message, or for a hidden check only that it failed. Once a check named
         * {@code exists} fails, the step's later failing checks only say they wait for it, since they would repeat
         * that the thing is missing.
         */
        public List<Outcome> outcomes(int number, boolean done) {
            List<Outcome> out = new ArrayList<>();
            boolean missing = false;
            for (Check c : checks) {
                boolean ok = done || c.passed();
                String message = ok
                        ? "passed"
                        : missing
                                ? "not checked until " + number + ".exists passes"
                                : c.hidden() ? "a hidden check did not pass" : c.message();
                out.add(new Outcome(c.id(), ok, c.hidden(), !ok && missing, message));
                missing |= !ok && c.id().equals("exists");
            }
            return out;
        }
    }

    /** One check as shown: {@code waiting} when it only waits for the step's failed {@code exists} check. */
    public record Outcome(String id, boolean passed, boolean hidden, boolean waiting, String message) {}

    /**
     * One check's outcome. {@code message} says what was expected and what the account shows; a hidden check's
     * predicate is not revealed to the learner.
     */
    public record Check(String id, boolean passed, String message, boolean hidden) {}

    public Step step(int index) {
        return steps.get(index);
    }
}
