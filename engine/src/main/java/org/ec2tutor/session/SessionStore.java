package org.ec2tutor.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and writes session journals as JSON. Writes are atomic (a temporary file in the same folder, then a move), so
 * a crash never leaves half a file; a file that cannot be read is reported and left exactly as it is.
 */
public final class SessionStore {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A save file that exists but is not a session this version can read. */
    public static final class UnreadableSaveFile extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableSaveFile(String message) {
            super(message);
        }
    }

    private SessionStore() {}

    public static void save(Path file, SessionJournal journal) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            MAPPER.writeValue(tmp.toFile(), journal);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + reason(e), e);
        }
    }

    /** A saved session in a folder of sessions: its name (the file name without {@code .json}) and what it holds. */
    public record Saved(String name, Path file, int cells, String lastAt) {}

    /**
     * The sessions saved in {@code folder}, newest first; files that cannot be read are listed with -1 cells, never
     * skipped, so the learner sees them.
     */
    public static List<Saved> list(Path folder) {
        List<Saved> saved = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(SessionStore::modified)
                            .reversed()
                            .thenComparing(Path::toString))
                    .toList();
            for (Path f : sorted) {
                String name = f.getFileName().toString();
                name = name.substring(0, name.length() - ".json".length());
                try {
                    SessionJournal j = load(f);
                    List<SessionJournal.Entry> cells = j.cells();
                    saved.add(new Saved(
                            name,
                            f,
                            cells.size(),
                            cells.isEmpty() ? "" : cells.get(cells.size() - 1).at()));
                } catch (UnreadableSaveFile | NoSuchFileException e) {
                    saved.add(new Saved(name, f, -1, ""));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return saved;
    }

    /** The saved sessions of a folder, newest first, the current one marked; {@code ec2-tutor sessions} prints it. */
    public static String describe(Path folder, Optional<Path> current) {
        List<Saved> saved = list(folder);
        if (saved.isEmpty()) {
            return "No saved sessions in " + folder + ".\n";
        }
        StringBuilder b = new StringBuilder("Saved sessions in " + folder + " (newest first):\n");
        for (Saved one : saved) {
            boolean here = current.map(c -> c.toAbsolutePath().equals(one.file().toAbsolutePath()))
                    .orElse(false);
            String what = one.cells() < 0
                    ? "cannot be read"
                    : one.cells() + " cells" + (one.lastAt().isEmpty() ? "" : ", last at " + one.lastAt());
            b.append(String.format("%s %-24s %s%n", here ? "*" : " ", one.name(), what));
        }
        b.append("ec2-tutor --resume NAME continues one; ec2-tutor --new starts a new one.\n");
        return b.toString();
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Deletes the temporary files a save killed half-way left in {@code folder} (a save writes {@code NAME.json*.tmp},
     * then moves it over {@code NAME.json}: the move is atomic, so the {@code .json} files are whole). Returns how many.
     */
    public static int cleanTemporaryFiles(Path folder) {
        int n = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                    .toList()) {
                if (Files.deleteIfExists(f)) {
                    n++;
                }
            }
        } catch (IOException e) {
            return n;
        }
        return n;
    }

    /**
     * Moves a save that cannot be read out of the way under a name that is not listed as a session
     * ({@code NAME.json.unreadable}, or {@code -2}, {@code -3}...), never over another file. Returns where it went.
     */
    public static Path keepAside(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
        int n = 2;
        while (Files.exists(aside)) {
            aside = file.resolveSibling(file.getFileName() + ".unreadable-" + n++);
        }
        Files.move(file, aside);
        return aside;
    }

    /** Why a file operation failed, in words (Java's own message is often only the path). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    public static SessionJournal load(Path file) throws UnreadableSaveFile, NoSuchFileException {
        try {
            SessionJournal j = MAPPER.readValue(file.toFile(), SessionJournal.class);
            if (j.version() < 1 || j.version() > SessionJournal.VERSION) {
                throw new UnreadableSaveFile(file + " was saved by a session format version " + j.version()
                        + "; this ec2-tutor reads versions 1 to " + SessionJournal.VERSION
                        + ". The file was left as it is.");
            }
            return j;
        } catch (NoSuchFileException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new UnreadableSaveFile(file + " is not a readable ec2-tutor session (" + e.getOriginalMessage()
                    + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "). The file was left as it is.");
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw new UnreadableSaveFile("cannot read " + file + ": " + e.getMessage());
        }
    }
}
