package org.ec2tutor.endpoint;

/** XML text escaping for element content and attribute values. */
final class Xml {

    private Xml() {}

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escapeTo(s, out);
        return out.toString();
    }

    static void escapeTo(String s, StringBuilder out) {
        if (!needsEscaping(s)) {
            out.append(s); // almost every value: ids, states, names
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }

    private static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
