package org.ec2tutor.cell;

import java.util.Set;
import java.util.regex.Pattern;

/** What a shell-style line looks like, and whether shell text is complete (no open quote, {@code $(} or {@code \}). */
public final class ShellSyntax {

    private static final Pattern ASSIGNMENT =
            Pattern.compile("^(?:export\\s+)?[A-Za-z_][A-Za-z0-9_]*=.*$", Pattern.DOTALL);
    private static final Pattern SUBSTITUTION = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=\\$\\(.*$", Pattern.DOTALL);

    /** Commands a beginner types that run in an instance's shell, not at the tutor's prompt. */
    private static final Set<String> INSTANCE_COMMANDS = Set.of(
            "dnf",
            "yum",
            "apt",
            "apt-get",
            "curl",
            "wget",
            "systemctl",
            "service",
            "sudo",
            "ps",
            "top",
            "df",
            "free",
            "uname",
            "whoami",
            "mkdir",
            "rm",
            "cp",
            "mv",
            "chmod",
            "touch",
            "nano",
            "vi",
            "vim",
            "python3",
            "git");
    /** Commands the prompt runs itself: files on the session's workspace, and ssh to an instance. */
    private static final Set<String> FILE_COMMANDS = Set.of("cat", "ls", "pwd", "ssh");
    /** After a command word, what makes the line a shell command rather than Java ({@code ls;} or {@code cat.x()}). */
    private static final Pattern COMMAND_TAIL = Pattern.compile("^(\\s+[^=;(.\\[+*/%&|^].*)?$", Pattern.DOTALL);

    private ShellSyntax() {}

    /** Whether {@code command} runs in an instance's shell (the prompt says where to run it instead). */
    public static boolean runsInInstance(String command) {
        return INSTANCE_COMMANDS.contains(command);
    }

    /** A beginner's shell command: a file command or one that belongs in an instance, not Java. */
    private static boolean beginnerCommand(String line) {
        int space = 0;
        while (space < line.length() && !Character.isWhitespace(line.charAt(space))) {
            space++;
        }
        String word = line.substring(0, space);
        return (FILE_COMMANDS.contains(word) || INSTANCE_COMMANDS.contains(word))
                && !line.endsWith(";")
                && COMMAND_TAIL.matcher(line.substring(space)).matches();
    }

    /**
     * Whether one line starts a shell command: {@code aws}, {@code echo}, {@code export}, {@code NAME=value} (not Java's
     * {@code x=f(1);}), {@code NAME=$(...)}, or a beginner's {@code ls}, {@code cat}, {@code dnf}... that is not Java.
     */
    public static boolean startsCommand(String line) {
        String l = line.strip();
        return l.equals("aws")
                || l.startsWith("aws ")
                || l.equals("echo")
                || l.startsWith("echo ")
                || l.startsWith("export ")
                || beginnerCommand(l)
                || SUBSTITUTION.matcher(l).matches()
                || (ASSIGNMENT.matcher(l).matches() && !l.contains(";") && !l.contains("("));
    }

    /** Whether {@code text} ends a command: no trailing backslash, no open quote, no open {@code $(}. */
    public static boolean complete(String text) {
        Scan scan = new Scan();
        scan.feed(text);
        return scan.complete();
    }

    /**
     * Reads shell text piece by piece, remembering open quotes and {@code $(}, so a splitter can ask after each line
     * whether the command is complete without reading the lines before again (linear in the text).
     */
    public static final class Scan {
        private boolean single;
        private boolean dbl;
        private boolean escaped;
        private int parens;
        private boolean trailingBackslash;

        /** Adds the next piece of text (a line break between lines is part of the text fed). */
        public void feed(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (escaped) {
                    escaped = false;
                } else if (single) {
                    single = c != '\'';
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '\'' && !dbl) {
                    single = true;
                } else if (c == '"') {
                    dbl = !dbl;
                } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
                    parens++;
                    i++;
                } else if (c == ')' && parens > 0) {
                    parens--;
                }
            }
            String t = text.toString().stripTrailing();
            if (!t.isEmpty()) { // blank text leaves a backslash before it open, as stripTrailing() of the whole would
                trailingBackslash = t.endsWith("\\");
            }
        }

        /** Whether the text so far ends a command. */
        public boolean complete() {
            return !trailingBackslash && !single && !dbl && parens == 0;
        }
    }
}
