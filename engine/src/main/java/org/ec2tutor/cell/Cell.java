package org.ec2tutor.session;

/** The kinds of cell, decided by {@link #classify}: a magic, shell-style lines (aws, variables, echo), or Java. */
public sealed interface Cell {

    String text();

    record Magic(String text, String name, String arguments) implements Cell {}

    record Shell(String text) implements Cell {}

    record Java(String text) implements Cell {}

    /** {@code %name args} (or the REPL's {@code /name args}, translated before), shell lines, else Java. */
    static Cell classify(String text) {
        String t = text.strip();
        if (t.startsWith("%") && t.length() > 1 && Character.isLetter(t.charAt(1))) {
            int space = firstWhitespace(t);
            return new Magic(text, t.substring(1, space), t.substring(space).strip());
        }
        if (org.ec2tutor.cli.AwsShell.looksLikeShell(text)) {
            return new Shell(text);
        }
        return new Java(text);
    }

    private static int firstWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return s.length();
    }
}
