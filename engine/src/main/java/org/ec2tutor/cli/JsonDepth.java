package org.ec2tutor.cli;

/**
 * How deeply brackets nest in JSON or a JMESPath expression, counted before a recursive parser sees the text, so
 * deep input is refused with the CLI's words instead of exhausting the stack. Quoted strings and backtick literals
 * do not count.
 */
final class JsonDepth {

    private JsonDepth() {}

    /** Whether {@code text} nests parentheses, brackets or braces more than {@code limit} deep. */
    static boolean exceeds(String text, int limit) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > limit) {
                    return true;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return false;
    }
}
