package org.ec2tutor.session;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cell.Cell;
import org.ec2tutor.cell.CellSplitter;
import org.ec2tutor.cell.JavaSyntax;
import org.ec2tutor.cell.ShellSyntax;
import org.ec2tutor.cli.CliCompleter;
import org.ec2tutor.jshell.JavaEvaluator;

/**
 * What front ends ask while the learner types: whether an input is complete, completion candidates and help at the
 * cursor. It looks at the cell that holds the cursor, as {@link CellSplitter} cuts the input; it never runs one.
 */
final class Completion {

    private final SessionContext session;
    private final JavaCells java;
    private final CliCompleter.Values liveValues;

    Completion(SessionContext session, JavaCells java, CliCompleter.Values liveValues) {
        this.session = session;
        this.java = java;
        this.liveValues = liveValues;
    }

    Session.Completeness isComplete(String code) {
        if (session.state().connection().isPresent()) { // the guest's shell reads it
            return ShellSyntax.complete(code) ? Session.Completeness.COMPLETE : Session.Completeness.INCOMPLETE;
        }
        List<Cell> cells = CellSplitter.split(code);
        if (cells.isEmpty()) {
            return Session.Completeness.COMPLETE;
        }
        Cell last = cells.get(cells.size() - 1);
        if (last instanceof Cell.Shell) {
            return ShellSyntax.complete(last.text()) ? Session.Completeness.COMPLETE : Session.Completeness.INCOMPLETE;
        }
        if (!(last instanceof Cell.Java)) {
            return Session.Completeness.COMPLETE;
        }
        Optional<JavaEvaluator> j = java.ready();
        if (j.isEmpty()) {
            // Consoles wait one second for an answer: never block on JShell still starting.
            return JavaSyntax.balanced(last.text()) ? Session.Completeness.COMPLETE : Session.Completeness.INCOMPLETE;
        }
        return switch (j.get().completeness(last.text())) {
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> Session.Completeness.INCOMPLETE;
            case UNKNOWN -> Session.Completeness.INVALID;
            default -> Session.Completeness.COMPLETE;
        };
    }

    Session.Completions complete(String code, int cursor) {
        String line = code.substring(0, Math.min(cursor, code.length()));
        int lineStart = line.lastIndexOf('\n') + 1;
        String current = line.substring(lineStart);
        String trimmed = current.stripLeading();
        int wordsStart = lineStart + current.length() - trimmed.length();
        if (trimmed.startsWith("%")) {
            return commandCompletions(trimmed, wordsStart);
        }
        if (trimmed.startsWith("aws ") || trimmed.equals("aws")) {
            var c = CliCompleter.complete(trimmed, trimmed.length(), liveValues);
            return new Session.Completions(c.candidates(), wordsStart + c.start());
        }
        Optional<CellSplitter.Located> at = CellSplitter.at(code, cursor);
        Optional<JavaEvaluator> j = java.ready();
        if (at.isPresent() && at.get().cell() instanceof Cell.Java && j.isPresent()) {
            int start = at.get().start();
            var c = j.get().complete(at.get().cell().text(), cursor - start);
            return new Session.Completions(c.candidates(), c.anchor() + start);
        }
        return new Session.Completions(List.of(), cursor);
    }

    /** {@code %na} completes command names; after a name, the command's own argument candidates. */
    private Session.Completions commandCompletions(String typed, int start) {
        int space = typed.indexOf(' ');
        if (space < 0) {
            List<String> names = session.commands().all().stream()
                    .map(c -> "%" + c.name())
                    .filter(n -> n.startsWith(typed))
                    .toList();
            return new Session.Completions(names, start);
        }
        Optional<Command> command = session.commands().find(typed.substring(1, space));
        if (command.isEmpty()) {
            return new Session.Completions(List.of(), start + typed.length());
        }
        String args = typed.substring(space + 1);
        boolean newWord = args.isEmpty() || Character.isWhitespace(args.charAt(args.length() - 1));
        List<String> words = CommandArgs.words(args);
        List<String> before = newWord ? words : words.subList(0, words.size() - 1);
        String word = newWord ? "" : words.get(words.size() - 1);
        List<String> candidates = command.get().arguments().candidates(session, before).stream()
                .filter(c -> c.startsWith(word))
                .toList();
        return new Session.Completions(candidates, start + typed.length() - word.length());
    }

    /** Help for what is at {@code cursor}: an aws operation's options, a command's usage, a Java symbol's docs. */
    Optional<String> inspect(String code, int cursor) {
        Optional<CellSplitter.Located> at = CellSplitter.at(code, cursor);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Cell cell = at.get().cell();
        if (cell instanceof Cell.Shell) {
            int lineStart = code.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
            int lineEnd = code.indexOf('\n', cursor);
            return CliCompleter.help(code.substring(lineStart, lineEnd < 0 ? code.length() : lineEnd)
                    .strip());
        }
        if (cell instanceof Cell.Magic m) {
            return session.commands().find(m.name()).map(c -> c.usage() + "\n  " + c.summary());
        }
        Optional<JavaEvaluator> j = java.ready();
        if (j.isEmpty()) {
            return Optional.empty();
        }
        List<String> docs = j.get().documentation(cell.text(), cursor - at.get().start());
        return docs.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", docs));
    }
}
