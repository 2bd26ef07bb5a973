package org.ec2tutor.session;

/** Whether shell-style lines are complete: no trailing backslash, no open quote or {@code $(}. */
final class ShellCompleteness {

    private ShellCompleteness() {}

    /** Brackets, parentheses and quotes closed: the cheap check while JShell is still starting. */
    static boolean balanced(String code) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return depth <= 0 && !inString;
    }

    static Session.Completeness of(String code) {
        if (code.stripTrailing().endsWith("\\")) {
            return Session.Completeness.INCOMPLETE;
        }
        boolean single = false;
        boolean dbl = false;
        int parens = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (single) {
                single = c != '\'';
            } else if (c == '\\') {
                i++;
            } else if (c == '\'' && !dbl) {
                single = true;
            } else if (c == '"') {
                dbl = !dbl;
            } else if (c == '$' && i + 1 < code.length() && code.charAt(i + 1) == '(') {
                parens++;
                i++;
            } else if (c == ')' && parens > 0) {
                parens--;
            }
        }
        return single || dbl || parens > 0 ? Session.Completeness.INCOMPLETE : Session.Completeness.COMPLETE;
    }
}
