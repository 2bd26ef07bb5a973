package org.ec2tutor.session;

import java.util.List;

/** The outcome of one cell: its events and whether it succeeded. */
public record CellResult(int executionCount, List<CellEvent> events, boolean succeeded) {

    public CellResult {
        events = List.copyOf(events);
    }

    /** All text the cell sent to standard output, concatenated. */
    public String stdout() {
        StringBuilder b = new StringBuilder();
        for (CellEvent e : events) {
            if (e instanceof CellEvent.Stream s && s.name() == CellEvent.StreamName.STDOUT) {
                b.append(s.text());
            }
        }
        return b.toString();
    }

    /** Everything as the REPL prints it (results and displays as plain text, errors as their traceback). */
    public String asText() {
        StringBuilder b = new StringBuilder();
        for (CellEvent e : events) {
            if (e instanceof CellEvent.Stream s) {
                b.append(s.text());
            } else if (e instanceof CellEvent.Result r) {
                b.append(ensureNewline(r.data().get("text/plain")));
            } else if (e instanceof CellEvent.Display d) {
                b.append(ensureNewline(d.data().get("text/plain")));
            } else if (e instanceof CellEvent.Failure x) {
                x.traceback().forEach(line -> b.append(line).append('\n'));
            }
        }
        return b.toString();
    }

    private static String ensureNewline(String s) {
        return s == null || s.isEmpty() || s.endsWith("\n") ? (s == null ? "" : s) : s + "\n";
    }
}
