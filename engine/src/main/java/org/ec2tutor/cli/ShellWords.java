package org.ec2tutor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits one shell command into words as bash does for the forms documentation uses: single quotes (literal),
 * double quotes (with {@code $} expansion and {@code \"}), backslash escapes, {@code $NAME}, {@code ${NAME}},
 * {@code $(command)} (run through {@code substitute}), field splitting of unquoted expansions, and a {@code #}
 * comment at the start of a word.
 */
final class ShellWords {

    /** A syntax error, worded as bash words it. */
    static class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private final String input;
    private final ShellVariables variables;
    private final Function<String, String> substitute;
    private final boolean fieldSplitting;
    private int index;

    private ShellWords(
            String input, ShellVariables variables, Function<String, String> substitute, boolean fieldSplitting) {
        this.input = input;
        this.variables = variables;
        this.substitute = substitute;
        this.fieldSplitting = fieldSplitting;
    }

    static List<String> split(String command, ShellVariables variables, Function<String, String> substitute) {
        return new ShellWords(command, variables, substitute, true).words();
    }

    /**
     * The value of {@code NAME=VALUE}: one word, expansions not split (bash does no field splitting in
     * assignments, so {@code IDS=$(... --output text)} keeps its tabs).
     */
    static List<String> assignmentValue(String value, ShellVariables variables, Function<String, String> substitute) {
        return new ShellWords(value, variables, substitute, false).words();
    }

    private List<String> words() {
        List<String> words = new ArrayList<>();
        while (true) {
            while (index < input.length() && Character.isWhitespace(input.charAt(index))) {
                index++;
            }
            if (index >= input.length() || input.charAt(index) == '#') {
                return words;
            }
            word(words);
        }
    }

    /** Reads one word; unquoted expansions may split it into several. */
    private void word(List<String> out) {
        StringBuilder current = new StringBuilder();
        boolean started = false;
        while (index < input.length() && !Character.isWhitespace(input.charAt(index))) {
            char c = input.charAt(index);
            if (c == '\'') {
                int end = input.indexOf('\'', index + 1);
                if (end < 0) {
                    throw new SyntaxError("unexpected EOF while looking for matching `''");
                }
                current.append(input, index + 1, end);
                index = end + 1;
                started = true;
            } else if (c == '"') {
                index++;
                doubleQuoted(current);
                started = true;
            } else if (c == '\\') {
                if (index + 1 < input.length()) {
                    current.append(input.charAt(index + 1));
                }
                index += 2;
                started = true;
            } else if (c == '$' && index + 1 < input.length() && input.charAt(index + 1) == '\'') {
                index += 2;
                ansiC(current);
                started = true;
            } else if (c == '$') {
                String expanded = dollar();
                if (expanded == null) {
                    current.append('$');
                    started = true;
                    continue;
                }
                if (!fieldSplitting) {
                    current.append(expanded);
                    started = true;
                    continue;
                }
                // Unquoted expansions are split on whitespace into separate words.
                String[] fields = expanded.strip().isEmpty()
                        ? new String[0]
                        : expanded.strip().split("\\s+");
                if (fields.length == 0) {
                    continue;
                }
                if (Character.isWhitespace(expanded.charAt(0)) && started) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                current.append(fields[0]);
                started = true;
                for (int i = 1; i < fields.length; i++) {
                    out.add(current.toString());
                    current.setLength(0);
                    current.append(fields[i]);
                }
            } else {
                current.append(c);
                index++;
                started = true;
            }
        }
        if (started) {
            out.add(current.toString());
        }
    }

    /** bash's {@code $'...'}: backslash escapes such as {@code \n} and {@code \t} become the characters. */
    private void ansiC(StringBuilder current) {
        while (true) {
            if (index >= input.length()) {
                throw new SyntaxError("unexpected EOF while looking for matching `''");
            }
            char c = input.charAt(index++);
            if (c == '\'') {
                return;
            }
            if (c != '\\' || index >= input.length()) {
                current.append(c);
                continue;
            }
            char e = input.charAt(index++);
            switch (e) {
                case 'n' -> current.append('\n');
                case 't' -> current.append('\t');
                case 'r' -> current.append('\r');
                case 'a' -> current.append('\u0007');
                case 'b' -> current.append('\b');
                case 'e', 'E' -> current.append('\u001b');
                case 'f' -> current.append('\f');
                case 'v' -> current.append('\u000b');
                case '\\', '\'', '"', '?' -> current.append(e);
                case 'x' -> {
                    int end = index;
                    while (end < input.length() && end < index + 2 && Character.digit(input.charAt(end), 16) >= 0) {
                        end++;
                    }
                    if (end == index) {
                        current.append("\\x");
                    } else {
                        current.append((char) Integer.parseInt(input.substring(index, end), 16));
                        index = end;
                    }
                }
                default -> current.append('\\').append(e);
            }
        }
    }

    private void doubleQuoted(StringBuilder current) {
        while (true) {
            if (index >= input.length()) {
                throw new SyntaxError("unexpected EOF while looking for matching `\"'");
            }
            char c = input.charAt(index);
            if (c == '"') {
                index++;
                return;
            }
            if (c == '\\' && index + 1 < input.length() && "\"\\$`".indexOf(input.charAt(index + 1)) >= 0) {
                current.append(input.charAt(index + 1));
                index += 2;
            } else if (c == '$') {
                String expanded = dollar();
                current.append(expanded == null ? "$" : expanded);
            } else {
                current.append(c);
                index++;
            }
        }
    }

    /** Expands at a {@code $}; returns null (and consumes it) when it is a literal dollar sign. */
    private String dollar() {
        index++;
        if (index >= input.length()) {
            return null;
        }
        char c = input.charAt(index);
        if (c == '?') {
            index++;
            return Integer.toString(variables.status());
        }
        if (c == '(') {
            int end = matchingParen(index);
            String command = input.substring(index + 1, end);
            index = end + 1;
            // Command substitution drops trailing newlines.
            return substitute.apply(command).replaceAll("\n+$", "");
        }
        if (c == '{') {
            int end = input.indexOf('}', index);
            if (end < 0) {
                throw new SyntaxError("${" + input.substring(index + 1) + ": bad substitution");
            }
            String name = input.substring(index + 1, end);
            if (!ShellVariables.isValidName(name)) {
                throw new SyntaxError("${" + name + "}: bad substitution");
            }
            index = end + 1;
            return variables.expand(name);
        }
        int start = index;
        while (index < input.length()
                && (Character.isLetterOrDigit(input.charAt(index)) || input.charAt(index) == '_')) {
            index++;
        }
        if (start == index) {
            return null;
        }
        return variables.expand(input.substring(start, index));
    }

    private int matchingParen(int open) {
        int depth = 0;
        for (int i = open; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\'') {
                int end = input.indexOf('\'', i + 1);
                i = end < 0 ? input.length() : end;
            } else if (c == '"') {
                i++;
                while (i < input.length() && input.charAt(i) != '"') {
                    if (input.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new SyntaxError("unexpected EOF while looking for matching `)'");
    }
}
