package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The AWS CLI's shorthand syntax, parsed into a JSON tree of strings, lists and objects:
 * {@code Name=instance-state-name,Values=running,stopped}, {@code Add=[{UserId=444455556666}]},
 * {@code DeviceName=/dev/xvda,Ebs={VolumeSize=30}}. Purely syntactic; {@link SdkJson} then coerces the strings to
 * the model's types. The grammar is the one the AWS CLI documents ("Using shorthand syntax").
 */
final class Shorthand {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String KEY_CHARS = "-_.#/:";

    /**
     * How deep {@code [...]} and {@code {...}} may nest. The CLI's recursive parser stops near Python's recursion limit
     * with "maximum recursion depth exceeded"; no EC2 parameter nests more than a few levels.
     */
    static final int MAX_DEPTH = 64;

    private final String input;
    private int index;
    private int depth;

    private Shorthand(String input) {
        this.input = input;
    }

    static ObjectNode parse(String value) {
        return new Shorthand(value).parameter();
    }

    private ObjectNode parameter() {
        ObjectNode params = JSON.objectNode();
        keyval(params);
        while (index < input.length()) {
            expect(',', true);
            keyval(params);
        }
        return params;
    }

    private void keyval(ObjectNode into) {
        int start = index;
        String key = key();
        expect('=', true);
        if (into.has(key)) {
            throw error(
                    "Second instance of key \"" + key + "\" encountered for input:\n" + input
                            + "\nThis is often because there is a preceding \",\" instead of a space.",
                    start);
        }
        into.set(key, values());
    }

    private String key() {
        int start = index;
        while (!atEof() && (Character.isLetterOrDigit(current()) || KEY_CHARS.indexOf(current()) >= 0)) {
            index++;
        }
        return input.substring(start, index);
    }

    private JsonNode values() {
        if (atEof()) {
            return TextNode.valueOf("");
        }
        if (current() == '[') {
            return explicitList();
        }
        if (current() == '{') {
            return hashLiteral();
        }
        return csvValue();
    }

    /** {@code a=b} is a scalar; {@code a=b,c} a list, unless what follows a comma is the next key. */
    private JsonNode csvValue() {
        String first = firstValue();
        skipWhitespace();
        ArrayNode values = JSON.arrayNode().add(first);
        while (!atEof() && current() == ',') {
            int comma = index;
            index++;
            skipWhitespace();
            String next = secondValue();
            if (next == null) {
                index = comma;
                break;
            }
            values.add(next);
            skipWhitespace();
        }
        return values.size() == 1 ? TextNode.valueOf(first) : values;
    }

    private ArrayNode explicitList() {
        enter();
        expect('[', true);
        ArrayNode list = JSON.arrayNode();
        while (!atEof() && current() != ']') {
            list.add(explicitValue());
            skipWhitespace();
            if (!atEof() && current() != ']') {
                expect(',', false);
                skipWhitespace();
            }
        }
        expect(']', false);
        depth--;
        return list;
    }

    private JsonNode explicitValue() {
        if (current() == '[') {
            return explicitList();
        }
        if (current() == '{') {
            return hashLiteral();
        }
        return TextNode.valueOf(firstValue());
    }

    private ObjectNode hashLiteral() {
        enter();
        expect('{', true);
        ObjectNode map = JSON.objectNode();
        while (!atEof() && current() != '}') {
            String key = key();
            expect('=', true);
            JsonNode v = explicitValue();
            skipWhitespace();
            if (!atEof() && current() != '}') {
                expect(',', false);
                skipWhitespace();
            }
            map.set(key, v);
        }
        expect('}', false);
        depth--;
        return map;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw CliException.general("maximum recursion depth exceeded");
        }
    }

    private String firstValue() {
        if (!atEof() && (current() == '\'' || current() == '"')) {
            return quoted();
        }
        return plainValue(false);
    }

    /** A value after a comma; null when what follows is a key (it contains '=' before the next ','). */
    private String secondValue() {
        if (atEof()) {
            return null;
        }
        if (current() == '\'' || current() == '"') {
            return quoted();
        }
        int start = index;
        String v = plainValue(true);
        if (!atEof() && current() == '=') {
            index = start;
            return null;
        }
        return v;
    }

    /** Unquoted characters up to a comma (a backslash escapes one); in a list also up to ] or }. */
    private String plainValue(boolean second) {
        StringBuilder out = new StringBuilder();
        while (!atEof()) {
            char c = current();
            if (c == '\\' && index + 1 < input.length() && input.charAt(index + 1) == ',') {
                out.append(',');
                index += 2;
                continue;
            }
            if (c == ',' || c == ']' || c == '}' || (second && c == '=')) {
                break;
            }
            out.append(c);
            index++;
        }
        return out.toString().stripTrailing();
    }

    private String quoted() {
        char quote = current();
        int start = index;
        index++;
        StringBuilder out = new StringBuilder();
        while (!atEof()) {
            char c = current();
            if (c == '\\'
                    && index + 1 < input.length()
                    && (input.charAt(index + 1) == quote || input.charAt(index + 1) == '\\')) {
                out.append(input.charAt(index + 1));
                index += 2;
                continue;
            }
            if (c == quote) {
                index++;
                return out.toString();
            }
            out.append(c);
            index++;
        }
        throw error("Expected: '" + quote + "', received: 'EOF'", start);
    }

    private void expect(char c, boolean skipWhitespace) {
        if (skipWhitespace) {
            skipWhitespace();
        }
        if (atEof()) {
            throw error("Expected: '" + c + "', received: 'EOF'", index);
        }
        if (current() != c) {
            throw error("Expected: '" + c + "', received: '" + current() + "'", index);
        }
        index++;
        if (skipWhitespace) {
            skipWhitespace();
        }
    }

    private void skipWhitespace() {
        while (!atEof() && Character.isWhitespace(current())) {
            index++;
        }
    }

    private boolean atEof() {
        return index >= input.length();
    }

    private char current() {
        return input.charAt(index);
    }

    private ShorthandError error(String what, int at) {
        return new ShorthandError(what + " for input:\n" + input + "\n" + " ".repeat(Math.max(0, at)) + "^");
    }

    /** A syntax error with the position marked, as the CLI prints it. */
    static final class ShorthandError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ShorthandError(String message) {
            super(message, null, false, false);
        }
    }
}
