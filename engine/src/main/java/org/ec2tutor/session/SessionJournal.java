package org.ec2tutor.session;

import java.util.List;

/**
 * A session as saved: its seed, account and Region, and every cell with the simulated instant it started at. The
 * cloud is deterministic, so replaying the cells on the same seed, each at its instant, restores the whole state
 * (cloud, clock, shell variables, Java definitions) exactly.
 *
 * @param version format version; readers refuse versions they do not know
 */
public record SessionJournal(int version, long seed, String profile, String region, List<Entry> cells) {

    public static final int VERSION = 1;

    /**
     * One executed cell. {@code at} is ISO-8601; {@code stopped} marks a cell that was interrupted (not replayed);
     * {@code failed} says it failed when first run, so a replay can tell what went differently.
     */
    public record Entry(String at, String code, boolean stopped, boolean failed) {}

    public SessionJournal {
        cells = List.copyOf(cells);
    }
}
