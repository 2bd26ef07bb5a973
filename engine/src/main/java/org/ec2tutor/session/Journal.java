package org.ec2tutor.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells that made the session what it is, in order, each with the simulated instant it started at: replaying
 * them on the same seed rebuilds the session. Saved after every change when the session has a save file.
 */
final class Journal {

    private final List<SessionJournal.Entry> entries = new ArrayList<>();
    private final Optional<Path> saveFile;
    /** Set when a command rewrote the journal itself (went back to a step): the cell running now is not recorded. */
    private boolean rewritten;

    Journal(Optional<Path> saveFile) {
        this.saveFile = saveFile;
    }

    void record(SessionJournal.Entry entry) {
        if (!rewritten) {
            entries.add(entry);
        }
    }

    /** Whether the cell that just ran rewrote the journal; clears the mark. */
    boolean takeRewritten() {
        boolean was = rewritten;
        rewritten = false;
        return was;
    }

    /** The cell running now rewrote the journal (it went back to an earlier point): it is not recorded. */
    void markRewritten() {
        rewritten = true;
    }

    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    List<SessionJournal.Entry> entries() {
        return List.copyOf(entries);
    }

    /** Writes {@code journal} to the save file, if the session has one (atomically). */
    void save(SessionJournal journal) {
        saveFile.ifPresent(file -> SessionStore.save(file, journal));
    }
}
