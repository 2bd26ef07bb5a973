package org.ec2tutor.session;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a learner finished, in any session: {@code progress.json} under the home, lesson id to the most steps ever
 * done and whether it was finished. It only ever grows (a new session does not undo a finished lesson), and a file
 * that cannot be read or written is ignored: it is a summary, the sessions hold the truth.
 */
final class LearnerProgress {

    /** One lesson: the most steps done at once, of how many, and whether it was ever finished. */
    record Lesson(long done, int steps, boolean finished) {

        String status() {
            return finished ? "done" : "started (" + done + " of " + steps + " steps done)";
        }

        Lesson merge(Lesson other) {
            return new Lesson(Math.max(done, other.done), Math.max(steps, other.steps), finished || other.finished);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<TreeMap<String, Lesson>> TYPE = new TypeReference<>() {};

    private final Optional<Path> file;

    LearnerProgress(Optional<Path> file) {
        this.file = file;
    }

    Map<String, Lesson> read() {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(file.get().toFile(), TYPE);
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** Records where the learner is in {@code lesson}, keeping the best of this and what was recorded before. */
    void record(String lesson, Lesson now) {
        if (file.isEmpty()) {
            return;
        }
        TreeMap<String, Lesson> all = new TreeMap<>(read());
        Lesson merged = all.containsKey(lesson) ? all.get(lesson).merge(now) : now;
        if (merged.equals(all.get(lesson))) {
            return;
        }
        all.put(lesson, merged);
        try {
            Path target = file.get().toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(
                    target.getParent(), target.getFileName().toString(), ".tmp");
            MAPPER.writeValue(tmp.toFile(), all);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A summary only: the session's own save reports a home that cannot be written.
        }
    }
}
