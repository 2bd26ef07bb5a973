package org.ec2tutor.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The inputs {@code %history} lists: the newest {@link #KEPT}, each cut to {@link #CELL_CHARS} characters with a
 * marker saying how long it was. The journal keeps every cell whole (replay needs it); this list is only for reading,
 * so a long session of huge cells (a fuzz run pasting 150 KB lines) does not keep each one a second time.
 */
final class CellHistory {

    /** The newest inputs kept: what {@code %history} shows. */
    static final int KEPT = 1_000;

    /** The characters kept of each input: {@code %history}'s output stays a few hundred KB. */
    static final int CELL_CHARS = 500;

    private final Deque<String> newest = new ArrayDeque<>();
    private int count;

    void add(String input) {
        String s = input.strip();
        newest.addLast(
                s.length() > CELL_CHARS ? s.substring(0, CELL_CHARS) + " ... (" + s.length() + " characters)" : s);
        if (newest.size() > KEPT) {
            newest.removeFirst();
        }
        count++;
    }

    /** How many inputs were ever added: the number of the newest is this. */
    int count() {
        return count;
    }

    /** The inputs kept, oldest first (the first is input number {@code count() - newest().size() + 1}). */
    List<String> newest() {
        return List.copyOf(newest);
    }
}
