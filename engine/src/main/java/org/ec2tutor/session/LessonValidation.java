package org.ec2tutor.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cell.ScriptReader;
import org.ec2tutor.lesson.LessonException;
import org.ec2tutor.lesson.LessonLibrary;
import org.ec2tutor.lesson.LessonPreview;
import org.ec2tutor.lesson.LessonProgress;
import org.ec2tutor.lesson.LessonRun;
import org.ec2tutor.lesson.LessonSnapshot;
import org.ec2tutor.lesson.LessonSource;
import org.ec2tutor.lesson.StepStatus;

/**
 * What {@code ec2-tutor lessons} checks for a teacher: each lesson compiles, starts on its own seed (its setup cells
 * run), and each of its reference solutions ({@code solution-cli.cells} in aws lines, {@code solution-java.cells} in
 * Java through the SDK), when it has one, passes every step by itself, in a session of its own.
 */
public final class LessonValidation {

    /** One lesson's verdict: empty {@code problem} when it is fine; {@code checked} says what was tried. */
    public record Result(String lessonId, String location, String checked, Optional<String> problem) {}

    /** A reference solution: which file, how a learner would run it, and what the verdict calls it. */
    private enum Solution {
        CLI("solution-cli.cells", "its aws solution passes every step"),
        JAVA("solution-java.cells", "its Java solution passes every step");

        private final String file;
        private final String passes;

        Solution(String file, String passes) {
            this.file = file;
            this.passes = passes;
        }

        Optional<String> of(LessonSource source) {
            return this == CLI ? source.cliSolution() : source.javaSolution();
        }

        SessionOptions options(List<Path> folders) {
            SessionOptions options = SessionOptions.scripted(1).withLessonFolders(folders);
            return this == CLI ? options.withoutJava() : options;
        }
    }

    private LessonValidation() {}

    public static List<Result> validate(List<Path> folders) {
        List<Result> results = new ArrayList<>();
        for (LessonSource source : LessonLibrary.standard(folders).all()) {
            results.add(validate(source, folders));
        }
        return results;
    }

    static Result validate(LessonSource source, List<Path> folders) {
        List<String> checked = new ArrayList<>();
        try {
            LessonPreview.of(source);
            checked.add("renders");
        } catch (LessonException e) {
            return new Result(source.id(), source.location(), "", Optional.of(e.getMessage()));
        }
        SessionOptions options = SessionOptions.scripted(1).withoutJava().withLessonFolders(folders);
        try (Session s = Session.start(options)) {
            Optional<String> failed = failure(s.execute("%lesson start " + source.id()));
            if (failed.isPresent()) {
                return new Result(source.id(), source.location(), String.join(", ", checked), failed);
            }
            checked.add("starts on its seed");
        }
        for (Solution kind : Solution.values()) {
            if (kind.of(source).isPresent()) {
                Optional<String> wrong = solutionProblem(source, folders, kind);
                if (wrong.isPresent()) {
                    return new Result(source.id(), source.location(), String.join(", ", checked), wrong);
                }
                checked.add(kind.passes);
            }
        }
        return new Result(source.id(), source.location(), String.join(", ", checked), Optional.empty());
    }

    /**
     * Runs a reference solution as a learner would type it; says which cell failed (a Java cell that does not compile
     * or throws) or which step it leaves not passed.
     */
    private static Optional<String> solutionProblem(LessonSource source, List<Path> folders, Solution kind) {
        try (Session s = Session.start(kind.options(folders))) {
            List<String> cells = ScriptReader.scriptCells(kind.of(source).orElseThrow());
            if (cells.isEmpty() || !cells.get(0).strip().startsWith("%lesson start")) {
                s.execute("%lesson start " + source.id());
            }
            for (String cell : cells) {
                CellResult r = s.execute(cell);
                Optional<String> lessonFailed = r.events().stream()
                        .filter(e -> e instanceof CellEvent.Failure f && f.kind() == ErrorKind.LESSON)
                        .map(e -> ((CellEvent.Failure) e).value())
                        .findFirst();
                if (lessonFailed.isPresent()) {
                    return Optional.of(
                            lessonFailed.get() + " (while running " + kind.file + ": " + firstLine(cell) + ")");
                }
                Optional<String> cellFailed = failure(r);
                if (kind == Solution.JAVA && cellFailed.isPresent()) {
                    // An aws solution may show a refusal on purpose; a Java solution that does not compile or throws
                    // is broken (a learner copying it would be stuck there).
                    return Optional.of(kind.file + " fails at " + firstLine(cell) + ": " + firstLine(cellFailed.get()));
                }
            }
            Optional<LessonProgress> progress = s.lessonRun().map(LessonRun::progress);
            if (progress.isEmpty()) {
                return Optional.of(kind.file + " left the lesson (it should start it and stay in it)");
            }
            LessonProgress p = progress.get();
            LessonSnapshot now = s.lessonSnapshot().orElseThrow();
            for (int i = 0; i < p.steps(); i++) {
                if (p.status(i) != StepStatus.PASSED) {
                    int number = i + 1;
                    LessonSnapshot.Step st = now.step(i);
                    String why = st.outcomes(number, false).stream()
                            .filter(o -> !o.passed())
                            .map(o -> number + "." + o.id() + ": " + o.message())
                            .findFirst()
                            .orElse("it is " + p.status(i).label());
                    return Optional.of(kind.file + " does not pass step " + number + " (" + st.title() + "): " + why);
                }
            }
            return Optional.empty();
        } catch (LessonException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static Optional<String> failure(CellResult r) {
        return r.events().stream()
                .filter(e -> e instanceof CellEvent.Failure)
                .map(e -> ((CellEvent.Failure) e).value())
                .findFirst();
    }
}
