package org.ec2tutor.cloud.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A guest script read as bash reads it: quotes and backslashes first, then, outside them only, the separators
 * ({@code ;}, newline, {@code &&}), redirections ({@code >}, {@code >>}), comments ({@code #} starting a word) and
 * line continuations. So {@code echo "a;b"} is one command printing {@code a;b}. An unterminated quote is a syntax
 * error reported after the commands before it, as bash does when it reaches the end of a script. Outside single quotes
 * {@code $NAME}, {@code ${NAME}}, {@code $?} and {@code $(...)} are kept as parts of their word, for the shell to
 * expand when the command runs ({@code TOKEN=$(curl -X PUT ...)}, then {@code -H "...: $TOKEN"}).
 */
record ShellScript(List<Chain> chains, Optional<String> syntaxError) {

    /**
     * A word of a command; {@code operator} marks an unquoted {@code >} or {@code >>}. {@code text} is the word with
     * its expansions written back as {@code $NAME} / {@code $(...)}; {@code parts} says what to expand.
     */
    record Word(String text, boolean operator, List<Part> parts) {

        Word(String text, boolean operator) {
            this(text, operator, List.of(new Literal(text)));
        }

        Word {
            parts = List.copyOf(parts);
        }

        /** Whether the word is only text, nothing to expand. */
        boolean literal() {
            return parts.stream().allMatch(p -> p instanceof Literal);
        }
    }

    /** A piece of a word: text, a variable, or a command whose output takes its place. */
    sealed interface Part permits Literal, Variable, Substitution {}

    record Literal(String text) implements Part {}

    record Variable(String name) implements Part {}

    record Substitution(String script) implements Part {}

    /** Commands joined by {@code &&}: each runs only if the one before succeeded. */
    record Chain(List<List<Word>> commands) {

        boolean is(String... words) {
            return commands.size() == 1
                    && commands.get(0).stream().map(Word::text).toList().equals(List.of(words));
        }
    }

    static ShellScript parse(String script) {
        return new Reader(script).read();
    }

    private static final class Reader {
        private final String s;
        private final List<Chain> chains = new ArrayList<>();
        private List<List<Word>> chain = new ArrayList<>();
        private List<Word> command = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private final StringBuilder literal = new StringBuilder();
        private final List<Part> parts = new ArrayList<>();
        private boolean inWord;
        private int i;

        Reader(String script) {
            this.s = script;
        }

        ShellScript read() {
            for (i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\'' || c == '"') {
                    int start = i;
                    if (!(c == '\'' ? singleQuoted() : doubleQuoted())) {
                        // The unfinished command never runs; the ones before it have.
                        return new ShellScript(
                                List.copyOf(chains),
                                Optional.of("bash: line " + lineOf(start)
                                        + ": unexpected EOF while looking for matching `" + c + "'"));
                    }
                } else if (c == '\\') {
                    escaped();
                } else if (c == '$' && dollar()) {
                    inWord = true; // an expansion is (part of) a word, even if it expands to nothing
                } else if (c == '#' && !inWord) {
                    while (i + 1 < s.length() && s.charAt(i + 1) != '\n') {
                        i++;
                    }
                } else if (c == '\n' || c == ';') {
                    endChain();
                } else if (c == '&' && next() == '&') {
                    i++;
                    endCommand();
                } else if (c == '>') {
                    endWord();
                    boolean twice = next() == '>';
                    command.add(new Word(twice ? ">>" : ">", true));
                    i += twice ? 1 : 0;
                } else if (Character.isWhitespace(c)) {
                    endWord();
                } else {
                    append(c);
                }
            }
            endChain();
            return new ShellScript(List.copyOf(chains), Optional.empty());
        }

        /** Everything up to the next single quote, literally; false if there is none. */
        private boolean singleQuoted() {
            int end = s.indexOf('\'', i + 1);
            if (end < 0) {
                return false;
            }
            word.append(s, i + 1, end);
            literal.append(s, i + 1, end);
            inWord = true;
            i = end;
            return true;
        }

        /**
         * At a {@code $}: reads {@code $(...)}, {@code ${NAME}}, {@code $NAME} or {@code $?} as a part of the word and
         * leaves {@code i} on its last character; false (a plain dollar sign) for anything else.
         */
        private boolean dollar() {
            char n = next();
            if (n == '(') {
                int end = closingParen(i + 2);
                if (end < 0) {
                    return false;
                }
                expansion(new Substitution(s.substring(i + 2, end)), s.substring(i, end + 1));
                i = end;
                return true;
            }
            if (n == '{') {
                int end = s.indexOf('}', i + 2);
                if (end < 0) {
                    return false;
                }
                expansion(new Variable(s.substring(i + 2, end)), s.substring(i, end + 1));
                i = end;
                return true;
            }
            if (n == '?') {
                expansion(new Variable("?"), "$?");
                i++;
                return true;
            }
            int end = i + 1;
            while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                end++;
            }
            if (end == i + 1 || Character.isDigit(n)) {
                return false;
            }
            expansion(new Variable(s.substring(i + 1, end)), s.substring(i, end));
            i = end - 1;
            return true;
        }

        /** The index of the parenthesis closing one opened before {@code from}, skipping quoted text; -1 if none. */
        private int closingParen(int from) {
            int depth = 1;
            for (int j = from; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '\'' || c == '"') {
                    int close = s.indexOf(c, j + 1);
                    if (close < 0) {
                        return -1;
                    }
                    j = close;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return j;
                }
            }
            return -1;
        }

        private void expansion(Part part, String written) {
            if (literal.length() > 0) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            parts.add(part);
            word.append(written);
            inWord = true;
        }

        /** Up to the next unescaped double quote; a backslash escapes only {@code $ ` " \} and newline. */
        private boolean doubleQuoted() {
            inWord = true;
            for (i++; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    return true;
                }
                if (c == '\\' && "$`\"\\\n".indexOf(next()) >= 0) {
                    i++;
                    if (s.charAt(i) != '\n') {
                        word.append(s.charAt(i));
                        literal.append(s.charAt(i));
                    }
                } else if (c != '$' || !dollar()) {
                    word.append(c);
                    literal.append(c);
                }
            }
            return false;
        }

        /** Outside quotes a backslash takes the next character literally; before a newline it joins the lines. */
        private void escaped() {
            if (i + 1 >= s.length()) {
                append('\\');
            } else if (s.charAt(++i) != '\n') {
                append(s.charAt(i));
            }
        }

        private char next() {
            return i + 1 < s.length() ? s.charAt(i + 1) : 0;
        }

        private int lineOf(int index) {
            return (int) s.substring(0, index).chars().filter(ch -> ch == '\n').count() + 1;
        }

        private void append(char c) {
            word.append(c);
            literal.append(c);
            inWord = true;
        }

        private void endWord() {
            if (inWord) {
                if (literal.length() > 0 || parts.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                }
                command.add(new Word(word.toString(), false, parts));
                word.setLength(0);
                literal.setLength(0);
                parts.clear();
                inWord = false;
            }
        }

        private void endCommand() {
            endWord();
            chain.add(List.copyOf(command));
            command = new ArrayList<>();
        }

        private void endChain() {
            endCommand();
            if (chain.stream().anyMatch(c -> !c.isEmpty())) {
                chains.add(new Chain(List.copyOf(chain)));
            }
            chain = new ArrayList<>();
        }
    }
}
