package org.ec2tutor.lesson;

import java.util.List;

/** The lessons to test: whatever the built-in library lists, so a new lesson is tested as soon as it ships. */
public final class BuiltInLessons {

    private BuiltInLessons() {}

    /** For {@code @MethodSource("org.ec2tutor.lesson.BuiltInLessons#ids")}. */
    public static List<String> ids() {
        return LessonLibrary.builtIn().all().stream().map(LessonSource::id).toList();
    }
}
