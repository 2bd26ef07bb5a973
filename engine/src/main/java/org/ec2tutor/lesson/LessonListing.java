package org.ec2tutor.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.render.LessonViews;
import org.ec2tutor.render.Renderer;

/** The lesson list of {@code %lessons} and {@code ec2-tutor lessons}: every lesson, its size and its status. */
public final class LessonListing {

    private LessonListing() {}

    /**
     * The list as a view; {@code current} gives the status of the lesson being taken, if any, {@code recorded} what
     * the learner did in other lessons (in other sessions too).
     */
    public static LessonViews.Lessons view(
            LessonLibrary library, Optional<LessonRun> current, Map<String, String> recorded) {
        List<LessonViews.LessonRow> rows = new ArrayList<>();
        for (LessonSource source : library.all()) {
            String title;
            int minutes = 0;
            int steps = 0;
            try {
                LessonSnapshot s = LessonPreview.of(source);
                title = s.meta().title();
                minutes = s.meta().minutes();
                steps = s.steps().size();
            } catch (LessonException e) {
                title = "(does not load: " + e.getMessage() + ")";
            }
            String status = current.filter(r -> r.source().id().equals(source.id()))
                    .map(r -> r.progress().finished()
                            ? "done"
                            : "step " + (r.progress().current() + 1) + " of "
                                    + r.progress().steps())
                    .orElse(recorded.getOrDefault(source.id(), "not started"));
            rows.add(new LessonViews.LessonRow(
                    source.id(),
                    title,
                    minutes,
                    steps,
                    status,
                    source.location().startsWith("lessons/") ? "" : source.location()));
        }
        return new LessonViews.Lessons(rows);
    }

    /** The list as text, as {@code ec2-tutor lessons} prints it. */
    public static String text(LessonLibrary library) {
        return Renderer.instance()
                .render("lesson/lessons.txt.ftl", Map.of("view", view(library, Optional.empty(), Map.of())));
    }
}
