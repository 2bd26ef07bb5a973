package org.ec2tutor.cloud.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The little JSON the domain reads and writes itself (bucket policies, CloudTrail records and log files): values are
 * {@code Map<String, Object>} (insertion order kept), {@code List<Object>}, {@code String}, {@code Number},
 * {@code Boolean} and {@code null}. The cloud may not use Jackson (docs/architecture.md), and these documents are
 * small.
 */
public final class Json {

    private Json() {}

    /** The compact form AWS writes ({@code {"a":1,"b":[true,null]}}). */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Number n) {
            out.append(BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            quote(value.toString(), out);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The value {@code text} holds, or empty when it is not one well-formed JSON value. */
    public static Optional<Object> parse(String text) {
        Reader r = new Reader(text);
        try {
            r.space();
            Object v = r.value();
            r.space();
            return r.pos == text.length() ? Optional.ofNullable(v).or(() -> Optional.of(NULL)) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** What {@link #parse} answers for a document that is just {@code null}. */
    public static final Object NULL = new Object();

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        void space() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Object value() {
            char c = s.charAt(pos);
            if (c == '{') {
                pos++;
                Map<String, Object> map = new LinkedHashMap<>();
                space();
                if (s.charAt(pos) == '}') {
                    pos++;
                    return map;
                }
                while (true) {
                    space();
                    if (s.charAt(pos) != '"') {
                        throw new IllegalArgumentException("key expected");
                    }
                    String key = string();
                    space();
                    expect(':');
                    space();
                    map.put(key, value());
                    space();
                    if (s.charAt(pos) == ',') {
                        pos++;
                    } else {
                        expect('}');
                        return map;
                    }
                }
            }
            if (c == '[') {
                pos++;
                List<Object> list = new ArrayList<>();
                space();
                if (s.charAt(pos) == ']') {
                    pos++;
                    return list;
                }
                while (true) {
                    space();
                    list.add(value());
                    space();
                    if (s.charAt(pos) == ',') {
                        pos++;
                    } else {
                        expect(']');
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", pos)) {
                pos += 4;
                return true;
            }
            if (s.startsWith("false", pos)) {
                pos += 5;
                return false;
            }
            if (s.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            int start = pos;
            while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("value expected");
            }
            return new BigDecimal(s.substring(start, pos));
        }

        private void expect(char c) {
            if (s.charAt(pos) != c) {
                throw new IllegalArgumentException(c + " expected");
            }
            pos++;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> out.append(e);
                    }
                } else if (c < 0x20) {
                    throw new IllegalArgumentException("control character in string");
                } else {
                    out.append(c);
                }
            }
        }
    }
}
