package org.ec2tutor.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One lesson being taken: its compiled template and the learner's progress. The session supplies the facts of the
 * account whenever the lesson is evaluated; passing the current step latches it, records what it captures and moves
 * on, and the following steps are checked at once (one cell may do several steps).
 */
public final class LessonRun {

    /** What one evaluation found: the lesson as rendered now and the steps that passed in it, in order. */
    public record Evaluation(LessonSnapshot snapshot, List<Integer> newlyPassed) {}

    private final LessonSource source;
    private final LessonTemplate template;
    private final LessonProgress progress;
    private final long seed;

    private LessonRun(LessonSource source, LessonTemplate template, int steps, long seed) {
        this.source = source;
        this.template = template;
        this.progress = new LessonProgress(steps);
        this.seed = seed;
    }

    /**
     * Starts {@code source}: compiles it and renders it once against {@code facts} to learn its steps.
     *
     * @throws LessonException if the file does not compile or render
     */
    public static LessonRun start(
            LessonSource source, LessonFacts facts, Map<String, String> vars, Optional<Long> seed) {
        LessonTemplate template = LessonTemplate.compile(source.location(), source.text());
        LessonSnapshot first = template.render(facts, Map.of(), vars);
        if (!first.meta().id().equals(source.id())) {
            throw new LessonException(source.location() + ": <@lesson id=\""
                    + first.meta().id() + "\"> does not match its file name " + source.id() + ".");
        }
        if (first.steps().isEmpty()) {
            throw new LessonException(source.location() + ": the lesson has no <@step>.");
        }
        return new LessonRun(
                source, template, first.steps().size(), seed.orElse(first.meta().seed()));
    }

    public LessonSource source() {
        return source;
    }

    public LessonProgress progress() {
        return progress;
    }

    /** The seed the lesson's account was made with. */
    public long seed() {
        return seed;
    }

    /** Renders the lesson against {@code facts}, without changing progress. */
    public LessonSnapshot render(LessonFacts facts, Map<String, String> vars) {
        LessonSnapshot s = template.render(facts, progress.captured(), vars);
        if (s.steps().size() != progress.steps()) {
            throw new LessonException(source.location() + ": the number of steps changed from " + progress.steps()
                    + " to " + s.steps().size() + " while the lesson ran; steps must not depend on the account.");
        }
        return s;
    }

    /** Checks the current step and, while it passes, latches it and checks the next. */
    public Evaluation evaluate(LessonFacts facts, Map<String, String> vars) {
        List<Integer> passed = new ArrayList<>();
        LessonSnapshot s = render(facts, vars);
        while (!progress.finished() && s.step(progress.current()).passes()) {
            int step = progress.current();
            progress.finish(step, StepStatus.PASSED, s.step(step).captures());
            passed.add(step);
            // Later steps may read what this one captured.
            s = render(facts, vars);
        }
        return new Evaluation(s, passed);
    }

    /** Counts an explicit check of {@code step}. */
    public void countAttempt(int step) {
        progress.countAttempt(step);
    }

    /** The next hint of the current step, with its number, or empty when all were shown. */
    public Optional<String> nextHint(LessonSnapshot s) {
        int step = progress.current();
        List<String> hints = s.step(step).hints();
        if (progress.hintsShown(step) >= hints.size()) {
            return Optional.empty();
        }
        String hint = hints.get(progress.hintsShown(step));
        progress.countHint(step);
        return Optional.of(hint);
    }

    /** Marks the current step solved by the tutor (its solution cells made it pass). */
    public void markSolved(LessonSnapshot s) {
        int step = progress.current();
        progress.finish(step, StepStatus.SOLVED, s.step(step).captures());
    }

    /** Moves past the current step without passing it. */
    public void skip() {
        progress.skip();
    }

    /** {@code first-instance 2/4}, or {@code first-instance done}. */
    public String position() {
        return source.id() + (progress.finished() ? " done" : " " + (progress.current() + 1) + "/" + progress.steps());
    }
}
