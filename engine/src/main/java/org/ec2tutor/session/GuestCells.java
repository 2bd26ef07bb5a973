package org.ec2tutor.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ec2tutor.cell.Cell;
import org.ec2tutor.cell.CellSplitter;
import org.ec2tutor.cell.ShellSyntax;

/**
 * The session's cells while the learner is logged in to an instance with ssh: a {@code %command} line is still the
 * tutor's command; every other line (with its continuations) runs in the guest, as a terminal sends it to the remote
 * shell. {@code exit} ends the connection and the lines after it are the session's again.
 */
final class GuestCells {

    private GuestCells() {}

    /** The cells of {@code input} while connected, with their offsets. */
    static List<CellSplitter.Located> locate(String input) {
        List<CellSplitter.Located> cells = new ArrayList<>();
        int start = -1;
        int pos = 0;
        while (pos <= input.length()) {
            int nl = input.indexOf('\n', pos);
            int end = nl < 0 ? input.length() : nl;
            String line = input.substring(pos, end);
            String t = line.strip();
            if (start < 0 && t.startsWith("%")) {
                cells.addAll(shift(CellSplitter.locate(line), pos));
            } else if (start < 0 && (t.isEmpty() || t.startsWith("#"))) {
                // blank lines and comments run nothing
            } else {
                if (start < 0) {
                    start = pos;
                }
                String text = input.substring(start, end);
                if (ShellSyntax.complete(text)) {
                    cells.add(new CellSplitter.Located(new Cell.Shell(text), start));
                    start = -1;
                }
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (start >= 0) {
            cells.add(new CellSplitter.Located(new Cell.Shell(input.substring(start)), start));
        }
        return cells;
    }

    static List<CellSplitter.Located> shift(List<CellSplitter.Located> cells, int offset) {
        return cells.stream()
                .map(c -> new CellSplitter.Located(c.cell(), c.start() + offset))
                .toList();
    }

    /** Runs one line in the connected guest; a failing command fails the cell, as at the session's own prompt. */
    static boolean run(SessionState state, String text, Consumer<CellEvent> emit) {
        Optional<GuestConnection> connection = state.connection();
        GuestConnection.Ran ran = connection.orElseThrow().run(text);
        if (ran.closed()) {
            state.closeConnection();
        }
        if (!ran.stdout().isEmpty()) {
            emit.accept(CellEvent.out(ran.stdout()));
        }
        if (ran.exitCode() == 0 || (ran.closed() && ran.exitCode() != 255)) {
            if (!ran.stderr().isEmpty()) {
                emit.accept(CellEvent.err(ran.stderr()));
            }
            return true;
        }
        List<String> lines = ran.stderr().strip().lines().toList();
        String last =
                lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("exit status " + ran.exitCode());
        emit.accept(new CellEvent.Failure(
                ErrorKind.COMMAND, "CommandError", last, lines.isEmpty() ? List.of(last) : lines));
        return false;
    }
}
