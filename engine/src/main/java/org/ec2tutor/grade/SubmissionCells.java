package org.ec2tutor.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cell.ScriptReader;
import org.ec2tutor.session.SessionJournal;

/**
 * The cells of a submission: a notebook's code cells ({@code .ipynb}), a saved REPL session's cells ({@code .json},
 * as {@code ~/.ec2-tutor/session.json} holds them), or a session script (anything else).
 */
final class SubmissionCells {

    /** A submission that cannot be read; the message says why, for the report. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private SubmissionCells() {}

    /**
     * Refuses a notebook exported for another lesson or another version of it ({@code metadata.ec2_tutor}, written by
     * {@code ec2-tutor lesson export}): its steps would not be the ones graded.
     */
    static void checkLesson(Path file, String lesson, int version) throws Unreadable {
        if (!file.getFileName().toString().endsWith(".ipynb")) {
            return;
        }
        JsonNode meta;
        try {
            meta = new ObjectMapper()
                    .readTree(Files.readString(file, StandardCharsets.UTF_8))
                    .path("metadata")
                    .path("ec2_tutor");
        } catch (IOException e) {
            return; // read() reports what is wrong with the file
        }
        if (meta.isMissingNode()) {
            return;
        }
        String made = meta.path("lesson").asText("");
        int madeVersion = meta.path("version").asInt(version);
        if (!made.equals(lesson) || madeVersion != version) {
            throw new Unreadable(file + " was exported for lesson " + made + " version " + madeVersion
                    + "; it is being graded against " + lesson + " version " + version + ".");
        }
    }

    /**
     * One input of a submission and, for a saved session, the simulated instant it ran at: the grader lets the clock
     * reach it first, as it had for the learner (a step that passed after a pause passes in the grade too). A save
     * that records what its cells read from the learner's disk (format 2) gives them too: the grader serves them
     * instead of reading its own disk.
     */
    record Submitted(String code, Optional<Instant> at, Optional<List<SessionJournal.FileRead>> reads) {

        static Submitted untimed(String code) {
            return new Submitted(code, Optional.empty(), Optional.empty());
        }
    }

    /** The inputs' code alone, without their times. */
    static List<String> codes(List<Submitted> cells) {
        return cells.stream().map(Submitted::code).toList();
    }

    static List<Submitted> read(Path file) throws Unreadable {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".json")) {
                return sessionCells(file);
            }
            // Notebooks run on a manual clock in the kernel, so their cells' wall-clock times are not the
            // learner's simulated times: they are replayed untimed, exactly as the kernel ran them.
            return ScriptReader.cells(file).stream().map(Submitted::untimed).toList();
        } catch (ScriptReader.ScriptException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    private static List<Submitted> sessionCells(Path file) throws Unreadable {
        JsonNode saved;
        try {
            saved = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreadable(file + " is not a saved ec2-tutor session: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        JsonNode cells = saved == null ? null : saved.get("cells");
        if (cells == null || !cells.isArray()) {
            throw new Unreadable(file + " is not a saved ec2-tutor session: it has no \"cells\" list");
        }
        // Format 1 recorded no reads: its cells read the grader's disk, as they read the learner's on resume.
        boolean recordsReads = saved.path("version").asInt(1) >= 2;
        List<Submitted> out = new ArrayList<>();
        for (JsonNode c : cells) {
            if (!c.path("code").isTextual()) {
                throw new Unreadable(file + " is not a saved ec2-tutor session: a cell has no \"code\"");
            }
            if (!c.path("stopped").asBoolean(false)) {
                out.add(new Submitted(
                        c.get("code").asText(),
                        instant(file, c.path("at")),
                        recordsReads ? Optional.of(reads(file, c.path("reads"))) : Optional.empty()));
            }
        }
        return out;
    }

    private static List<SessionJournal.FileRead> reads(Path file, JsonNode reads) throws Unreadable {
        List<SessionJournal.FileRead> out = new ArrayList<>();
        if (reads.isMissingNode() || reads.isNull()) {
            return out;
        }
        if (!reads.isArray()) {
            throw new Unreadable(file + " is not a saved ec2-tutor session: a cell's \"reads\" is not a list");
        }
        for (JsonNode r : reads) {
            if (!r.path("path").isTextual()
                    || !(r.path("text").isTextual() || r.path("text").isNull())) {
                throw new Unreadable(file + " is not a saved ec2-tutor session: a cell's read has no path or text");
            }
            out.add(new SessionJournal.FileRead(
                    r.get("path").asText(),
                    r.get("text").isNull() ? null : r.get("text").asText()));
        }
        return out;
    }

    private static Optional<Instant> instant(Path file, JsonNode at) throws Unreadable {
        if (!at.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(at.asText()));
        } catch (DateTimeParseException e) {
            throw new Unreadable(
                    file + " is not a saved ec2-tutor session: a cell's \"at\" is not an instant: " + at.asText());
        }
    }
}
