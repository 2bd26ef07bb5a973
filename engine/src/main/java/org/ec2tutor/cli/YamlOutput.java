package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code --output yaml} and {@code yaml-stream} as the AWS CLI writes them (awscli/formatter.py: ruamel.yaml's safe
 * dumper, block style): keys sorted, sequences not indented under their key, empty containers as {@code []} and
 * {@code {}}, strings quoted only where YAML 1.2 would read them as something else; a bare scalar (after
 * {@code --query}) is written as JSON.
 */
final class YamlOutput {

    /** Strings YAML 1.2 (ruamel's resolver) reads as bool, null, int, float or timestamp: those need quotes. */
    private static final Pattern NOT_A_STRING = Pattern.compile("true|True|TRUE|false|False|FALSE|~|null|Null|NULL"
            + "|[-+]?[0-9_]+|0o[0-7_]+|0x[0-9a-fA-F_]+"
            + "|[-+]?(\\.[0-9]+|[0-9][0-9_]*)(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
            + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
            + "(([ \\t]*)Z|[-+][0-9]{1,2}(:[0-9]{2})?)?)?");

    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlOutput() {}

    static String write(JsonNode node, boolean stream) {
        JsonNode value = node;
        if (stream) {
            value = JsonNodeFactory.instance.arrayNode().add(node);
        } else if (node.isObject() && node.isEmpty()) {
            return "";
        }
        if (!value.isContainerNode()) {
            return PythonJson.write(value) + "\n";
        }
        StringBuilder out = new StringBuilder();
        if (value.isEmpty()) {
            return (value.isArray() ? "[]" : "{}") + "\n";
        }
        if (value.isObject()) {
            mapping(value, 0, false, out);
        } else {
            sequence(value, 0, false, out);
        }
        return out.toString();
    }

    private static void mapping(JsonNode map, int indent, boolean inline, StringBuilder out) {
        List<String> keys = new ArrayList<>();
        map.fieldNames().forEachRemaining(keys::add);
        keys.sort(null); // Python sorts str keys by code point; so does String.compareTo for these names.
        boolean first = true;
        for (String key : keys) {
            if (!(first && inline)) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(scalarText(key)).append(':');
            value(map.get(key), indent, true, out);
        }
    }

    private static void sequence(JsonNode list, int indent, boolean inline, StringBuilder out) {
        boolean first = true;
        for (JsonNode item : list) {
            if (!(first && inline)) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append('-');
            value(item, indent, false, out);
        }
    }

    /** A value after {@code key:} or {@code -}; a mapping's sequence stays at the key's indent (indentless). */
    private static void value(JsonNode v, int indent, boolean inMapping, StringBuilder out) {
        if (v.isContainerNode() && v.isEmpty()) {
            out.append(v.isArray() ? " []\n" : " {}\n");
        } else if (v.isObject()) {
            if (inMapping) {
                out.append('\n');
                mapping(v, indent + 2, false, out);
            } else {
                out.append(' ');
                mapping(v, indent + 2, true, out);
            }
        } else if (v.isArray()) {
            if (inMapping) {
                out.append('\n');
                sequence(v, indent, false, out);
            } else {
                out.append(' ');
                sequence(v, indent + 2, true, out);
            }
        } else {
            out.append(' ');
            int column = out.length() - (out.lastIndexOf("\n") + 1);
            out.append(v.isTextual() ? folded(v.textValue(), column, indent + 2) : scalar(v))
                    .append('\n');
        }
    }

    /** ruamel's best width: a value's line is broken at the first single space past this column. */
    private static final int WIDTH = 80;

    /**
     * A string value as ruamel's emitter writes it from {@code column} on (write_plain, write_single_quoted): a
     * single space after the line has passed 80 columns becomes a line break and {@code indent}; in a quoted string
     * a line break is written as an empty line. Double-quoted strings are written on one line.
     */
    static String folded(String text, int column, int indent) {
        String style = scalarText(text);
        boolean quoted = style.startsWith("'");
        if (!quoted && !style.equals(text)) {
            return style;
        }
        StringBuilder out = new StringBuilder(quoted ? "'" : "");
        int col = column + (quoted ? 1 : 0);
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            int ch = end < text.length() ? text.charAt(end) : -1;
            if (spaces) {
                if (ch != ' ') {
                    if (start + 1 == end && col > WIDTH && (!quoted || (start != 0 && end != text.length()))) {
                        out.append('\n').append(" ".repeat(indent));
                        col = indent;
                    } else {
                        out.append(text, start, end);
                        col += end - start;
                    }
                    start = end;
                }
            } else if (breaks) {
                if (ch != '\n') {
                    out.append('\n'); // the first break of a run is an empty line
                    out.append("\n".repeat(end - start)).append(" ".repeat(indent));
                    col = indent;
                    start = end;
                }
            } else if ((ch == -1 || ch == ' ' || ch == '\n' || (quoted && ch == '\'')) && start < end) {
                out.append(text, start, end);
                col += end - start;
                start = end;
            }
            if (quoted && ch == '\'') {
                out.append("''");
                col += 2;
                start = end + 1;
            }
            if (ch != -1) {
                spaces = ch == ' ';
                breaks = ch == '\n';
            }
        }
        return out.append(quoted ? "'" : "").toString();
    }

    private static String scalar(JsonNode v) {
        if (v.isNull() || v.isMissingNode()) {
            return "null";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "true" : "false";
        }
        if (v.isFloatingPointNumber()) {
            return PythonText.repr(v.doubleValue());
        }
        if (v.isNumber()) {
            return v.asText();
        }
        return scalarText(v.textValue());
    }

    private static String scalarText(String s) {
        if (plain(s)) {
            return s;
        }
        // Single quotes hold line breaks too, unless a space touches one (ruamel's analyze_scalar).
        if (s.chars().allMatch(c -> (c >= 0x20 && c != 0x7f) || c == '\n')
                && !s.contains(" \n")
                && !s.contains("\n ")) {
            return "'" + s.replace("'", "''") + "'";
        }
        return PythonJson.write(JsonNodeFactory.instance.textNode(s)); // double-quoted, escaped
    }

    private static boolean plain(String s) {
        if (s.isEmpty() || NOT_A_STRING.matcher(s).matches()) {
            return false;
        }
        char c = s.charAt(0);
        boolean spaceAfter = s.length() == 1 || s.charAt(1) == ' ';
        if (INDICATORS.indexOf(c) >= 0 && !("-?:".indexOf(c) >= 0 && !spaceAfter)) {
            return false;
        }
        if (s.startsWith(" ") || s.endsWith(" ") || s.endsWith(":") || s.contains(": ") || s.contains(" #")) {
            return false;
        }
        return s.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7f);
    }
}
