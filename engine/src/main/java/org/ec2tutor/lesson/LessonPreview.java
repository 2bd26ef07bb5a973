package org.ec2tutor.lesson;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ec2tutor.cloud.Cloud;

/**
 * A lesson rendered against an empty account: enough to know its title, steps and setup before it starts. Cached
 * by the file's text, so listing lessons stays cheap.
 */
public final class LessonPreview {

    private static final Map<String, LessonSnapshot> CACHE = new ConcurrentHashMap<>();

    private LessonPreview() {}

    /**
     * Compiles and renders a lesson file, reusing the result while its text is unchanged.
     *
     * @throws LessonException if the file does not compile or render
     */
    public static LessonSnapshot of(LessonSource source) {
        String key = source.location() + "\n" + source.text();
        LessonSnapshot cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Cloud empty = Cloud.create(1);
        LessonSnapshot s = LessonTemplate.compile(source.location(), source.text())
                .render(LessonFacts.of(empty, empty.accounts().learner()), Map.of(), Map.of());
        CACHE.put(key, s);
        return s;
    }
}
