package org.ec2tutor.kernel.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The signatures of the messages a kernel accepted, so a captured message sent again is refused. A restart keeps the
 * connection file, hence the key, so the history is kept in a file beside it and read at the next start: a message
 * captured before a restart is refused after it too. Clients never send the same signed bytes twice (every header has
 * a new msg_id), so nothing a client does is refused. Bounded: the newest {@link #CAPACITY} signatures.
 */
public final class SignatureHistory {

    static final int CAPACITY = 1 << 16;
    private static final String SUFFIX = ".ec2-tutor-signatures";

    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private final Optional<Path> file;
    private final Consumer<String> log;
    private FileChannel out;
    private int linesInFile;

    private SignatureHistory(Optional<Path> file, Consumer<String> log) {
        this.file = file;
        this.log = log;
    }

    /** A history this process alone keeps (tests, and a kernel whose connection file's folder is not writable). */
    public static SignatureHistory inMemory() {
        return new SignatureHistory(Optional.empty(), m -> {});
    }

    /**
     * The history kept beside {@code connectionFile} ({@code .NAME.ec2-tutor-signatures}); histories whose connection
     * file is gone (Jupyter deletes it when a kernel shuts down for good) are removed. If the folder cannot be
     * written, the history is kept in memory and {@code log} says so.
     */
    public static SignatureHistory beside(Path connectionFile, Consumer<String> log) {
        Path abs = connectionFile.toAbsolutePath();
        Path dir = abs.getParent();
        removeOrphans(dir);
        SignatureHistory h = new SignatureHistory(Optional.of(dir.resolve("." + abs.getFileName() + SUFFIX)), log);
        h.open();
        return h;
    }

    private static void removeOrphans(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(SUFFIX)) {
                    Path connection = dir.resolve(name.substring(1, name.length() - SUFFIX.length()));
                    if (!Files.exists(connection)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            // A folder we cannot list keeps its files; they are small.
        }
    }

    private void open() {
        Path f = file.orElseThrow();
        try {
            if (Files.exists(f)) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.US_ASCII);
                lines.subList(Math.max(0, lines.size() - CAPACITY), lines.size())
                        .forEach(this::remember);
                linesInFile = lines.size();
            }
            out = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException | SecurityException e) {
            log.accept("cannot keep the message history in " + f + " (" + e.getMessage()
                    + "): a message replayed after a restart would not be recognised");
            out = null;
        }
    }

    /** Records {@code signature}; false if it was seen before (a replay). */
    public synchronized boolean add(String signature) {
        if (seen.contains(signature)) {
            return false;
        }
        remember(signature);
        persist(signature);
        return true;
    }

    private void remember(String signature) {
        seen.add(signature);
        if (seen.size() > CAPACITY) {
            seen.remove(seen.iterator().next());
        }
    }

    /** Appends before the message is acted on; the file is rewritten with the newest entries when it doubles. */
    private void persist(String signature) {
        if (out == null) {
            return;
        }
        try {
            if (linesInFile >= 2 * CAPACITY) {
                out.close();
                Files.write(file.orElseThrow(), new ArrayList<>(seen), StandardCharsets.US_ASCII);
                linesInFile = seen.size();
                out = FileChannel.open(file.orElseThrow(), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                return;
            }
            out.write(ByteBuffer.wrap((signature + "\n").getBytes(StandardCharsets.US_ASCII)));
            linesInFile++;
        } catch (IOException e) {
            log.accept("cannot write the message history (" + e.getMessage() + "); keeping it in memory");
            out = null;
        }
    }

    /** Closes the file; the history stays for the next start. */
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // Every line was written already; nothing is lost.
            }
            out = null;
        }
    }
}
