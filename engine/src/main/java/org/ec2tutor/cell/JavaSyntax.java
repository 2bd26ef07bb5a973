package org.ec2tutor.cell;

/**
 * The little of Java's lexical structure that cutting cells needs: whether brackets, strings, text blocks and comments
 * are closed, and Java with its comments and literals blanked out (for checks that must not read inside strings).
 */
public final class JavaSyntax {

    private JavaSyntax() {}

    /** Whether every bracket, string, character literal, text block and block comment of {@code code} is closed. */
    public static boolean balanced(String code) {
        Scan s = scan(code, null);
        return s.depth <= 0 && !s.open;
    }

    /** How deep brackets nest at most in {@code code} (outside strings and comments). */
    public static int nesting(String code) {
        return scan(code, null).maxDepth;
    }

    /** {@code code} with comments removed and each literal emptied ({@code "Thread"} becomes {@code ""}). */
    public static String withoutCommentsAndLiterals(String code) {
        StringBuilder b = new StringBuilder();
        scan(code, b);
        return b.toString();
    }

    private static final class Scan {
        int depth;
        int maxDepth;
        boolean open;
    }

    private static Scan scan(String code, StringBuilder kept) {
        Scan s = new Scan();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                while (i < n && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                s.open |= end < 0;
                i = end < 0 ? n : end + 2;
                append(kept, " ");
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                while (end > 0 && code.charAt(end - 1) == '\\') {
                    end = code.indexOf("\"\"\"", end + 1);
                }
                s.open |= end < 0;
                i = end < 0 ? n : end + 3;
                append(kept, "\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && code.charAt(j) != c && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                s.open |= j >= n || code.charAt(j) != c;
                i = Math.min(n, j + 1);
                append(kept, String.valueOf(c) + c);
            } else {
                if (c == '{' || c == '(' || c == '[') {
                    s.depth++;
                    s.maxDepth = Math.max(s.maxDepth, s.depth);
                } else if (c == '}' || c == ')' || c == ']') {
                    s.depth--;
                }
                append(kept, String.valueOf(c));
                i++;
            }
        }
        return s;
    }

    private static void append(StringBuilder kept, String text) {
        if (kept != null) {
            kept.append(text);
        }
    }
}
