package org.ec2tutor.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
            throw new UncheckedIOException("cannot save the session to " + file + ": " + e.getMessage(), e);
        }
    }

    public static SessionJournal load(Path file) throws UnreadableSaveFile, NoSuchFileException {
        try {
            SessionJournal j = MAPPER.readValue(file.toFile(), SessionJournal.class);
            if (j.version() != SessionJournal.VERSION) {
                throw new UnreadableSaveFile(file + " was saved by a session format version " + j.version()
                        + "; this ec2-tutor reads version " + SessionJournal.VERSION + ". The file was left as it is.");
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
