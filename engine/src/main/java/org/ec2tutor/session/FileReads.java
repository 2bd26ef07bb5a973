package org.ec2tutor.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** The largest file a cell may read (a paramfile, {@code cat}); {@code file:///dev/zero} would never end. */
    static final int MAX_BYTES = 1 << 20;

    /**
     * When grading, nothing outside the submission's own workspace is read: a graded {@code aws} line sees only the
     * files its submission's cells wrote ({@code echo ... > FILE}), never the grader's disk.
     */
    private final boolean grading;

    /** Where relative names are resolved, so a saved cell's reads can be matched by the name the cell used. */
    private final Path directory;

    /** A graded saved cell's recorded reads (their paths are the learner's); empty otherwise. */
    private List<SessionJournal.FileRead> byName = List.of();

    FileReads(boolean grading, Path directory) {
        this.grading = grading;
        this.directory = directory.toAbsolutePath().normalize();
    }

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
        Path asNamed = file.startsWith(directory) ? directory.relativize(file) : file;
        for (SessionJournal.FileRead r : byName) {
            if (Path.of(r.path()).endsWith(asNamed)) {
                return Optional.ofNullable(r.text());
            }
        }
        if (grading) {
            throw new IOException("a graded submission reads only files its own cells wrote (echo ... > FILE),"
                    + " not the grader's disk");
        }
        Optional<String> text = readBounded(file);
        taken.add(new SessionJournal.FileRead(key, text.orElse(null)));
        return text;
    }

    private static Optional<String> readBounded(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("file too large: a cell may read at most " + MAX_BYTES / 1024 / 1024 + " MiB");
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
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

    /** A graded saved cell: its recorded reads answer by the name the cell used (its folder was the learner's). */
    void serveByName(List<SessionJournal.FileRead> recorded) {
        byName = List.copyOf(recorded);
    }

    /** Back to live reads. */
    void live() {
        serving = Optional.empty();
        taken.clear();
    }
}
