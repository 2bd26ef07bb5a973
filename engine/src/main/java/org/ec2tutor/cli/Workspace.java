package org.ec2tutor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files shell lines and {@code aws} options see. A file the shell writes ({@code echo x > f}) lives here, in
 * memory, never on the learner's disk; any other name is read from the working directory through {@link Outside}, so
 * a session can record what it read and serve the same bytes when it is replayed.
 */
public final class Workspace {

    /** Reads a file from outside the workspace; empty when there is no such file. */
    @FunctionalInterface
    public interface Outside {
        Optional<String> read(Path file) throws IOException;
    }

    private final Path directory;
    private final Outside outside;
    private final Map<Path, String> written = new TreeMap<>();
    /** Modes set with chmod; any other file has {@link #DEFAULT_MODE}. */
    private final Map<Path, Integer> modes = new TreeMap<>();

    /**
     * A file's mode until chmod changes it: 0644, what {@code >} gives under the usual umask 022 and what a browser
     * download has. A file on disk counts as 0644 too, so the session never depends on the disk's permissions.
     */
    public static final int DEFAULT_MODE = 0644;

    public Workspace(Path directory, Outside outside) {
        this.directory = directory.toAbsolutePath().normalize();
        this.outside = outside;
    }

    /** A workspace over {@code directory} that reads the disk directly (scripts and tests that record nothing). */
    public static Workspace over(Path directory) {
        return new Workspace(directory, Workspace::readDisk);
    }

    /** The disk's contents of {@code file}, or empty when there is no such file. */
    public static Optional<String> readDisk(Path file) throws IOException {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public Path directory() {
        return directory;
    }

    private Path resolve(String name) {
        return directory.resolve(name).normalize();
    }

    /**
     * The text of {@code name}: what the shell wrote there, else the file outside.
     *
     * @throws NoSuchFileException when neither has it
     */
    public String read(String name) throws IOException {
        Path file = resolve(name);
        String mine = written.get(file);
        if (mine != null) {
            return mine;
        }
        return outside.read(file).orElseThrow(() -> new NoSuchFileException(name));
    }

    public boolean isFile(String name) {
        try {
            read(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes (or appends to) {@code name} in the workspace; the disk is never touched. */
    public void write(String name, String text, boolean append) {
        Path file = resolve(name);
        written.merge(file, text, (old, added) -> append ? old + added : added);
    }

    /** Whether {@code name} was written by the shell (it is not on the learner's disk). */
    public boolean wrote(String name) {
        return written.containsKey(resolve(name));
    }

    /** The names {@code ls} shows: files the shell wrote here, and the working directory's own files. */
    public List<String> list() {
        TreeSet<String> names = new TreeSet<>();
        for (Path p : written.keySet()) {
            if (directory.equals(p.getParent())) {
                names.add(p.getFileName().toString());
            }
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            // An unreadable working directory lists only what the shell wrote.
        }
        return new ArrayList<>(names);
    }

    /** The permission bits of {@code name} as the session sees them (chmod's, else {@link #DEFAULT_MODE}). */
    public int mode(String name) {
        return modes.getOrDefault(resolve(name), DEFAULT_MODE);
    }

    /** Sets the permission bits of {@code name} in the session (the disk is never touched). */
    public void chmod(String name, int mode) {
        modes.put(resolve(name), mode);
    }

    /** Forgets the files the shell wrote and the modes it set (a new session). */
    public void clear() {
        written.clear();
        modes.clear();
    }
}
