package org.ec2tutor.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts any input into cells, the same way for a REPL entry, a notebook cell, a script file, a lesson's setup and a
 * submission: a {@code %command} line is a cell; a shell command is a cell (with its {@code \} continuations, or
 * while a quote or {@code $(} is open); Java runs until its brackets, strings and comments close and its statement
 * ends ({@code ;} or {@code }} not continued by the next line), or until a blank, {@code %} or shell line. Blank lines
 * and {@code #} comment lines between cells are dropped.
 */
public final class CellSplitter {

    /** A line that carries on the Java statement above it ({@code else}, {@code .method()}, an operator...). */
    private static final Pattern CONTINUES_JAVA = Pattern.compile(
            "^(else\\b|catch\\b|finally\\b|while\\b|\\.|\\)|]|\\+|-(?!-)|\\*|/(?![/*])|&|\\||\\?|:|,|->).*");

    /** A cell and where its text starts in the input. */
    public record Located(Cell cell, int start) {
        public int end() {
            return start + cell.text().length();
        }
    }

    private CellSplitter() {}

    /** The cells of {@code input}, in order. */
    public static List<Cell> split(String input) {
        return locate(input).stream().map(Located::cell).toList();
    }

    /** The cell that holds {@code cursor} (or ends right before it), for completion and help. */
    public static Optional<Located> at(String input, int cursor) {
        Located found = null;
        for (Located l : locate(input)) {
            if (l.start() <= cursor) {
                found = l;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The cells of {@code input} with their offsets. */
    public static List<Located> locate(String input) {
        List<Located> cells = new ArrayList<>();
        List<Line> lines = Line.of(input);
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            String t = line.text().strip();
            if (t.isEmpty() || t.startsWith("#")) {
                i++;
            } else if (isMagic(t)) {
                cells.add(new Located(
                        magic(line.text()), line.start() + line.text().indexOf('%')));
                i++;
            } else if (ShellSyntax.startsCommand(t)) {
                int last = shellEnd(lines, i);
                cells.add(located(new Cell.Shell(join(lines, i, last)), lines.get(i)));
                i = last + 1;
            } else {
                int last = i;
                while (last + 1 < lines.size()
                        && !endsJava(join(lines, i, last), lines.get(last + 1).text())) {
                    last++;
                }
                cells.add(located(new Cell.Java(join(lines, i, last).stripTrailing()), lines.get(i)));
                i = last + 1;
            }
        }
        return cells;
    }

    private static boolean isMagic(String stripped) {
        return stripped.length() > 1 && stripped.charAt(0) == '%' && Character.isLetter(stripped.charAt(1));
    }

    private static Cell.Magic magic(String line) {
        String t = line.strip();
        int space = 1;
        while (space < t.length() && !Character.isWhitespace(t.charAt(space))) {
            space++;
        }
        return new Cell.Magic(t, t.substring(1, space), t.substring(space).strip());
    }

    /**
     * The last line of the shell command starting at {@code first}: it goes on while a quote, {@code $(} or a trailing
     * backslash is open. When the input ends with it still open, the command is its first line and that line's
     * backslash continuations only, so bash's "unexpected EOF" names it and the lines after it stay cells of their own
     * rather than being swallowed.
     */
    private static int shellEnd(List<Line> lines, int first) {
        ShellSyntax.Scan scan = new ShellSyntax.Scan();
        scan.feed(lines.get(first).text());
        int last = first;
        while (!scan.complete() && last + 1 < lines.size()) {
            last++;
            scan.feed("\n");
            scan.feed(lines.get(last).text());
        }
        if (scan.complete()) {
            return last;
        }
        int end = first;
        while (end + 1 < lines.size() && lines.get(end).text().stripTrailing().endsWith("\\")) {
            end++;
        }
        return end;
    }

    /** Whether the Java cell so far ends before {@code next}. */
    private static boolean endsJava(String javaSoFar, String next) {
        if (!JavaSyntax.balanced(javaSoFar)) {
            return false;
        }
        String n = next.strip();
        if (n.isEmpty() || n.startsWith("#") || isMagic(n) || ShellSyntax.startsCommand(n)) {
            return true;
        }
        String end = javaSoFar.stripTrailing();
        return (end.endsWith(";") || end.endsWith("}"))
                && !CONTINUES_JAVA.matcher(n).matches();
    }

    private static Located located(Cell cell, Line first) {
        return new Located(cell, first.start());
    }

    private static String join(List<Line> lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from) {
                b.append('\n');
            }
            b.append(lines.get(k).text());
        }
        return b.toString();
    }

    /** One line of the input without its line break (and without a carriage return before it). */
    private record Line(String text, int start) {
        static List<Line> of(String input) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            while (start <= input.length()) {
                int nl = input.indexOf('\n', start);
                int end = nl < 0 ? input.length() : nl;
                String text = input.substring(start, end);
                lines.add(new Line(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, start));
                if (nl < 0) {
                    break;
                }
                start = nl + 1;
            }
            return lines;
        }
    }
}
