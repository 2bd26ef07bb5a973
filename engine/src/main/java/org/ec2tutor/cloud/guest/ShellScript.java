package org.ec2tutor.cloud.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A guest script read as bash reads it: quotes and backslashes first, then, outside them only, the separators
 * ({@code ;}, newline, {@code &&}), redirections ({@code >}, {@code >>}), comments ({@code #} starting a word) and
 * line continuations. So {@code echo "a;b"} is one command printing {@code a;b}. An unterminated quote is a syntax
 * error reported after the commands before it, as bash does when it reaches the end of a script.
 */
record ShellScript(List<Chain> chains, Optional<String> syntaxError) {

    /** A word of a command; {@code operator} marks an unquoted {@code >} or {@code >>}. */
    record Word(String text, boolean operator) {}

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
            inWord = true;
            i = end;
            return true;
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
                    }
                } else {
                    word.append(c);
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
            inWord = true;
        }

        private void endWord() {
            if (inWord) {
                command.add(new Word(word.toString(), false));
                word.setLength(0);
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
