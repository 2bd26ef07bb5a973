package org.ec2tutor.render;

import java.util.List;

/** What the lesson commands show, as plain values for the {@code lesson/*} templates. */
public final class LessonViews {

    private LessonViews() {}

    /** A step to do: its place in the lesson, title and instruction (Markdown). {@code intro} only on step 1. */
    public record Step(
            String lessonId, String lessonTitle, int number, int total, String title, String text, String intro) {}

    /** A step that just passed, with why it matters; {@code byTutor} when %solve did it. */
    public record Passed(int number, String title, String why, boolean byTutor) {}

    /** The lesson is over: how many steps the learner passed themselves. */
    public record Finished(String lessonId, String lessonTitle, long passed, long solved, int total) {}

    /** One check line: passed or not, and what it says (a hidden check says only that it failed). */
    public record CheckLine(boolean passed, String label, String message) {}

    /** After a cell that changed the account: the current step's first failing visible check, in one line. */
    public record Feedback(int number, String message) {}

    public record Checks(int number, String title, List<CheckLine> lines) {}

    public record ProgressRow(int number, String title, String status, int hints, int attempts, boolean current) {}

    public record Progress(String lessonId, String lessonTitle, long done, int total, List<ProgressRow> rows) {}

    public record LessonRow(String id, String title, int minutes, int steps, String status, String origin) {}

    public record Lessons(List<LessonRow> rows) {}
}
