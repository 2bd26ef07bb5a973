package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS CLI's shorthand syntax, parsed into a JSON tree of strings, lists and objects:
 * {@code Name=instance-state-name,Values=running,stopped}, {@code Add=[{UserId=444455556666}]},
 * {@code DeviceName=/dev/xvda,Ebs={VolumeSize=30}}. Purely syntactic; {@link SdkJson} then coerces the strings to
 * the model's types. The same recursive descent as the CLI's parser (awscli/shorthand.py), step for step, so that
 * what it tolerates (a doubled comma) and where it stops (an unclosed {@code [} wants a {@code ','}) are the CLI's.
 */
final class Shorthand {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String KEY_CHARS = "-_.#/:";

    // The CLI's character classes, range for range (Python's re and Java's agree on these).
    private static final String START_WORD = "!#-&(-+\\--<>-Z\\\\-z|-\\uffff";
    private static final String FIRST_FOLLOW = "\\s!#-&(-+\\--\\\\^-|~-\\uffff";
    private static final String SECOND_FOLLOW = "\\s!#-&(-+\\--<>-\\uffff";
    private static final String ESCAPED_COMMA = "(\\\\,)";
    private static final Pattern FIRST_VALUE = Pattern.compile(
            "(" + ESCAPED_COMMA + "|[" + START_WORD + "])(" + ESCAPED_COMMA + "|[" + FIRST_FOLLOW + "])*");
    private static final Pattern SECOND_VALUE = Pattern.compile(
            "(" + ESCAPED_COMMA + "|[" + START_WORD + "])(" + ESCAPED_COMMA + "|[" + SECOND_FOLLOW + "])*");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'(?:\\\\\\\\|\\\\'|[^'])*'");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"(?:\\\\\\\\|\\\\\"|[^\"])*\"");

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
        keyval(params, -1);
        int lastIndex = index;
        while (index < input.length()) {
            expect(',', true);
            keyval(params, lastIndex + 1);
            lastIndex = index;
        }
        return params;
    }

    private void keyval(ObjectNode into, int duplicateAt) {
        String key = key();
        expect('=', true);
        JsonNode value = values();
        if (duplicateAt >= 0 && into.has(key)) {
            throw new ShorthandError("Second instance of key \"" + key + "\" encountered for input:\n"
                    + errorLocation(duplicateAt)
                    + "\nThis is often because there is a preceding \",\" instead of a space.");
        }
        into.set(key, value);
    }

    private String key() {
        int start = index;
        while (!atEof() && isKeyChar(input.charAt(index))) {
            index++;
        }
        return input.substring(start, index);
    }

    private static boolean isKeyChar(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || KEY_CHARS.indexOf(c) >= 0;
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

    /** {@code a=b} is a scalar; {@code a=b,c} a list; a value that does not parse after a comma ends the list. */
    private JsonNode csvValue() {
        String first = firstValue();
        consumeWhitespace();
        if (atEof() || current() != ',') {
            return TextNode.valueOf(first);
        }
        expect(',', true);
        ArrayNode values = JSON.arrayNode().add(first);
        while (true) {
            try {
                String next = secondValue();
                consumeWhitespace();
                if (atEof()) {
                    values.add(next);
                    break;
                }
                expect(',', true);
                values.add(next);
            } catch (ShorthandError e) {
                if (atEof()) {
                    throw e;
                }
                backtrackTo(',');
                break;
            }
        }
        return values.size() == 1 ? TextNode.valueOf(first) : values;
    }

    private ArrayNode explicitList() {
        enter();
        expect('[', true);
        ArrayNode list = JSON.arrayNode();
        while (atEof() || current() != ']') {
            list.add(explicitValues());
            consumeWhitespace();
            if (atEof() || current() != ']') {
                expect(',', false);
                consumeWhitespace();
            }
        }
        expect(']', false);
        depth--;
        return list;
    }

    private JsonNode explicitValues() {
        if (!atEof() && current() == '[') {
            return explicitList();
        }
        if (!atEof() && current() == '{') {
            return hashLiteral();
        }
        return TextNode.valueOf(firstValue());
    }

    private ObjectNode hashLiteral() {
        enter();
        expect('{', true);
        ObjectNode map = JSON.objectNode();
        while (atEof() || current() != '}') {
            String key = key();
            expect('=', true);
            JsonNode v = explicitValues();
            consumeWhitespace();
            if (atEof() || current() != '}') {
                expect(',', false);
                consumeWhitespace();
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
        if (!atEof() && current() == '\'') {
            return quoted(SINGLE_QUOTED, "singled quoted", '\'');
        }
        if (!atEof() && current() == '"') {
            return quoted(DOUBLE_QUOTED, "double quoted", '"');
        }
        Matcher m = FIRST_VALUE.matcher(input).region(index, input.length());
        if (m.lookingAt()) {
            index = m.end();
            return m.group().replace("\\,", ",").stripTrailing();
        }
        return "";
    }

    private String secondValue() {
        if (!atEof() && current() == '\'') {
            return quoted(SINGLE_QUOTED, "singled quoted", '\'');
        }
        if (!atEof() && current() == '"') {
            return quoted(DOUBLE_QUOTED, "double quoted", '"');
        }
        return mustConsume(SECOND_VALUE, "second").replace("\\,", ",").stripTrailing();
    }

    private String quoted(Pattern pattern, String name, char quote) {
        String raw = mustConsume(pattern, name);
        return raw.substring(1, raw.length() - 1)
                .replace("\\" + quote, String.valueOf(quote))
                .replace("\\\\", "\\");
    }

    private String mustConsume(Pattern pattern, String name) {
        Matcher m = pattern.matcher(input).region(index, input.length());
        if (m.lookingAt()) {
            index = m.end();
            return m.group();
        }
        throw syntax("<" + name + ">", "<none>");
    }

    private void expect(char c, boolean consumeWhitespace) {
        if (consumeWhitespace) {
            consumeWhitespace();
        }
        if (atEof()) {
            throw syntax(String.valueOf(c), "EOF");
        }
        if (current() != c) {
            throw syntax(String.valueOf(c), String.valueOf(current()));
        }
        index++;
        if (consumeWhitespace) {
            consumeWhitespace();
        }
    }

    private void backtrackTo(char c) {
        while (index >= 0 && input.charAt(index) != c) {
            index--;
        }
    }

    /** Python's {@code string.whitespace}. */
    private void consumeWhitespace() {
        while (!atEof() && " \t\n\r\u000b\f".indexOf(current()) >= 0) {
            index++;
        }
    }

    private boolean atEof() {
        return index >= input.length();
    }

    private char current() {
        return input.charAt(index);
    }

    private ShorthandError syntax(String expected, String actual) {
        return new ShorthandError(
                "Expected: '" + expected + "', received: '" + actual + "' for input:\n" + errorLocation(index));
    }

    /** The input with a caret under {@code at}, on the line it falls in (the CLI's {@code _error_location}). */
    private String errorLocation(int at) {
        String consumed = input;
        String remaining = "";
        int spaces = at;
        String before = input.substring(0, Math.min(at, input.length()));
        if (before.contains("\n")) {
            spaces = at - before.lastIndexOf('\n') - 1;
        }
        if (at <= input.length() && input.substring(at).contains("\n")) {
            int next = at + input.substring(at).indexOf('\n');
            consumed = input.substring(0, next);
            remaining = input.substring(next);
        }
        return consumed + "\n" + " ".repeat(Math.max(0, spaces)) + "^" + remaining;
    }

    /** A syntax error with the position marked, as the CLI prints it. */
    static final class ShorthandError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ShorthandError(String message) {
            super(message, null, false, false);
        }
    }
}
