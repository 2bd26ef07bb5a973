package org.ec2tutor.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A session as saved: its seed, account and Region, and every cell with the simulated instant it started at and what
 * it read from the learner's disk. The cloud is deterministic, so replaying the cells on the same seed, each at its
 * instant and served the bytes it read the first time, restores the whole state (cloud, clock, shell variables,
 * workspace files, Java definitions) exactly, whatever happened to the learner's files since.
 *
 * @param version format version: 1 recorded no reads (its cells read the disk again), 2 records them; readers refuse
 *     versions they do not know
 * @param hintsOff the learner turned the feedback line after a cell off ({@code %hints off}); written only then, so a
 *     save without it (and every older one) has hints on
 */
public record SessionJournal(
        int version,
        long seed,
        String profile,
        String region,
        List<Entry> cells,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hintsOff) {

    public static final int VERSION = 2;

    /** The first version that records what cells read from disk. */
    static final int RECORDS_READS = 2;

    /**
     * One executed cell. {@code at} is ISO-8601; {@code stopped} marks a cell that was interrupted (not replayed);
     * {@code failed} says it failed when first run, so a replay can tell what went differently; {@code reads} is what
     * it read from the learner's disk.
     */
    public record Entry(
            String at,
            String code,
            boolean stopped,
            boolean failed,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FileRead> reads) {

        public Entry {
            reads = reads == null ? List.of() : List.copyOf(reads);
        }
    }

    /** A file a cell read: its absolute path and its text then ({@code null}: there was no such file). */
    public record FileRead(
            String path,
            @JsonInclude(JsonInclude.Include.ALWAYS) String text) {}

    public SessionJournal {
        cells = List.copyOf(cells);
    }

    /** This journal with the learner's {@code %hints} setting. */
    public SessionJournal withHintsOff(boolean off) {
        return new SessionJournal(version, seed, profile, region, cells, off);
    }
}
