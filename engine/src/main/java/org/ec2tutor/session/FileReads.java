package org.ec2tutor.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ec2tutor.cli.Workspace;

/**
 * What cells read from the learner's disk ({@code file://} options, {@code cat}). Live, every read is taken from the
 * disk and remembered for the journal entry of the cell that made it; while a saved cell is replayed, its recorded
 * reads are served instead, so a file that changed or disappeared since gives the same result as the first time.
 *
 * <p>A file in the working directory (or below it) is recorded by its path relative to it, so a save resumed or graded
 * in another folder, on another machine, still finds what its cells read; any other file by its absolute path.
 */
final class FileReads implements Workspace.Outside {

    /** What a read the saved cell did not make gets while its recorded reads are served. */
    enum Unrecorded {
        /** The disk answers (resume: the replay already names the cell as different). */
        DISK,
        /** There is no such file (grading: this machine's disk is not the learner's). */
        MISSING
    }

    /** The largest file a cell may read (a paramfile, {@code cat}); {@code file:///dev/zero} would never end. */
    static final int MAX_BYTES = 1 << 20;

    /**
     * When grading, nothing outside the submission's own workspace is read: a graded {@code aws} line sees only the
     * files its submission's cells wrote ({@code echo ... > FILE}), never the grader's disk.
     */
    private final boolean grading;

    private final Path directory;
    private final List<SessionJournal.FileRead> taken = new ArrayList<>();
    /** The replayed cell's recorded reads by absolute path; empty when running live. */
    private Optional<Map<Path, SessionJournal.FileRead>> serving = Optional.empty();

    private Unrecorded unrecorded = Unrecorded.DISK;

    FileReads(Path directory) {
        this(false, directory);
    }

    FileReads(boolean grading, Path directory) {
        this.grading = grading;
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public Optional<String> read(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (serving.isPresent()) {
            Optional<SessionJournal.FileRead> recorded = recorded(serving.get(), key);
            if (recorded.isPresent()) {
                return Optional.ofNullable(recorded.get().text());
            }
            if (unrecorded == Unrecorded.MISSING) {
                return Optional.empty();
            }
        }
        if (grading) {
            throw new IOException("a graded submission reads only files its own cells wrote (echo ... > FILE),"
                    + " not the grader's disk");
        }
        Optional<String> text = readBounded(key);
        taken.add(new SessionJournal.FileRead(recordedName(key), text.orElse(null)));
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

    /**
     * The recorded read of {@code file}: by its path here, else a read recorded relative to the learner's working
     * directory that {@code file} ends with (the cell named it by an absolute path into that folder, which is another
     * folder here). Only the replayed cell's own reads are searched, so a suffix names the same file.
     */
    private static Optional<SessionJournal.FileRead> recorded(Map<Path, SessionJournal.FileRead> reads, Path file) {
        SessionJournal.FileRead exact = reads.get(file);
        if (exact != null) {
            return Optional.of(exact);
        }
        return reads.values().stream()
                .filter(r -> !Path.of(r.path()).isAbsolute() && file.endsWith(Path.of(r.path())))
                .findFirst();
    }

    /** The name a read is recorded by: relative to the working directory when it is inside it. */
    private String recordedName(Path absolute) {
        return absolute.startsWith(directory) ? directory.relativize(absolute).toString() : absolute.toString();
    }

    /** A string literal of Java source (no text blocks: a file name is one line). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.){1,4096})\"");
    /** A literal handed straight to the JDK's file API: recorded even when there is no such file. */
    private static final Pattern PATH_LITERAL = Pattern.compile(
            "(?:Path\\.of|Paths\\.get|new\\s+File(?:Reader|InputStream)?)\\s*\\(\\s*\"((?:[^\"\\\\\n]|\\\\.){1,4096})\"");
    /** Larger files are not kept in the save (a learner's Java would not read them as user data). */
    private static final long MAX_RECORDED = 1 << 20;

    /**
     * Notes the files a live Java cell names: learner Java reads the disk through the JDK itself, which the session
     * cannot answer on replay, so it records what such a file held (string literals that name a file here, and
     * literals given to {@code Path.of}, {@code Paths.get} or {@code new File} even when missing) and a replay can say
     * exactly which of them changed since.
     */
    void javaNamed(String code) {
        if (serving.isPresent()) {
            return; // a saved cell replayed: what it read is in its entry already
        }
        Map<String, Boolean> names = new LinkedHashMap<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            names.putIfAbsent(unescape(m.group(1)), false);
        }
        Matcher p = PATH_LITERAL.matcher(code);
        while (p.find()) {
            names.put(unescape(p.group(1)), true);
        }
        names.forEach((name, pathApi) -> {
            Path file;
            try {
                file = directory.resolve(name).normalize();
            } catch (InvalidPathException e) {
                return;
            }
            if (Files.isRegularFile(file)) {
                try {
                    if (Files.size(file) <= MAX_RECORDED) {
                        taken.add(new SessionJournal.FileRead(
                                recordedName(file), Workspace.readDisk(file).orElse(null)));
                    }
                } catch (IOException | UncheckedIOException e) {
                    // Unreadable (or not text): not recorded; the replay reads it as Java does.
                }
            } else if (pathApi && !Files.exists(file)) {
                taken.add(new SessionJournal.FileRead(recordedName(file), null));
            }
        });
    }

    private static String unescape(String literal) {
        return literal.replace("\\\\", "\\").replace("\\\"", "\"");
    }

    /**
     * What differs now from what a replayed Java cell read when it first ran ({@code setup.sh changed since}); Java
     * reads the disk itself, so these are the files whose difference a replay cannot undo.
     */
    List<String> changedSince(List<SessionJournal.FileRead> recorded) {
        List<String> changed = new ArrayList<>();
        for (SessionJournal.FileRead r : recorded) {
            Optional<String> now;
            try {
                now = Workspace.readDisk(directory.resolve(r.path()).normalize());
            } catch (IOException | UncheckedIOException | InvalidPathException e) {
                now = Optional.empty();
            }
            if (r.text() == null && now.isPresent()) {
                changed.add(r.path() + " exists now (it was missing)");
            } else if (r.text() != null && now.isEmpty()) {
                changed.add(r.path() + " is missing now");
            } else if (r.text() != null && !r.text().equals(now.get())) {
                changed.add(r.path() + " changed since");
            }
        }
        return changed;
    }

    /** A live cell starts: nothing read yet. */
    void startCell() {
        taken.clear();
    }

    /** What the cell that just ran read from the disk, in order, one entry per file (the first read of it). */
    List<SessionJournal.FileRead> takeReads() {
        Map<String, SessionJournal.FileRead> first = new LinkedHashMap<>();
        for (SessionJournal.FileRead r : taken) {
            first.putIfAbsent(r.path(), r);
        }
        taken.clear();
        return List.copyOf(first.values());
    }

    /** Replays a saved cell: its recorded reads answer instead of the disk; others as {@code others} says. */
    void serve(List<SessionJournal.FileRead> recorded, Unrecorded others) {
        Map<Path, SessionJournal.FileRead> byPath = new HashMap<>();
        for (SessionJournal.FileRead r : recorded) {
            // Relative: recorded in the learner's working directory, read here in ours. Absolute: as it was.
            byPath.putIfAbsent(directory.resolve(r.path()).normalize(), r);
        }
        serving = Optional.of(byPath);
        unrecorded = others;
        taken.clear();
    }

    /** Back to live reads. */
    void live() {
        serving = Optional.empty();
        unrecorded = Unrecorded.DISK;
        taken.clear();
    }
}
