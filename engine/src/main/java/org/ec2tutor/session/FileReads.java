package org.ec2tutor.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cli.Workspace;

/**
 * What cells read from the learner's disk ({@code file://} options, {@code cat}). Live, every read is taken from the
 * disk and remembered for the journal entry of the cell that made it; while a saved cell is replayed, its recorded
 * reads are served instead, so a file that changed or disappeared since gives the same result as the first time.
 */
final class FileReads implements Workspace.Outside {

    private final List<SessionJournal.FileRead> taken = new ArrayList<>();
    /** The replayed cell's recorded reads by absolute path; empty when running live. */
    private Optional<Map<String, SessionJournal.FileRead>> serving = Optional.empty();

    @Override
    public Optional<String> read(Path file) throws IOException {
        String key = file.toString();
        if (serving.isPresent()) {
            SessionJournal.FileRead recorded = serving.get().get(key);
            if (recorded != null) {
                return Optional.ofNullable(recorded.text());
            }
            // A read the first run did not make (the cell went differently): the disk answers, and the replay
            // already reports the cell as different.
        }
        Optional<String> text = Workspace.readDisk(file);
        taken.add(new SessionJournal.FileRead(key, text.orElse(null)));
        return text;
    }

    /** A live cell starts: nothing read yet. */
    void startCell() {
        taken.clear();
    }

    /** What the cell that just ran read from the disk, in order, one entry per file (the first read of it). */
    List<SessionJournal.FileRead> takeReads() {
        Map<String, SessionJournal.FileRead> first = new java.util.LinkedHashMap<>();
        for (SessionJournal.FileRead r : taken) {
            first.putIfAbsent(r.path(), r);
        }
        taken.clear();
        return List.copyOf(first.values());
    }

    /** Replays a saved cell: its recorded reads answer instead of the disk. */
    void serve(List<SessionJournal.FileRead> recorded) {
        Map<String, SessionJournal.FileRead> byPath = new HashMap<>();
        for (SessionJournal.FileRead r : recorded) {
            byPath.putIfAbsent(r.path(), r);
        }
        serving = Optional.of(byPath);
        taken.clear();
    }

    /** Back to live reads. */
    void live() {
        serving = Optional.empty();
        taken.clear();
    }
}
