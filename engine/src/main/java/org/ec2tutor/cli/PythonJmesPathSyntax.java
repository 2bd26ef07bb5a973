package org.ec2tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Python jmespath's lexer and Pratt parser (jmespath/lexer.py and parser.py, which the AWS CLI uses), ported only to
 * find a syntax error where that parser finds it and word it as its exceptions do ({@code exceptions.py}): the
 * position, token and expectation of a Java parser's error are its own. It builds no tree: a node is its type name,
 * the only thing the parser looks back at.
 */
final class PythonJmesPathSyntax {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Map<Character, String> SIMPLE = Map.of(
            '.',
            "dot",
            '*',
            "star",
            ']',
            "rbracket",
            ',',
            "comma",
            ':',
            "colon",
            '@',
            "current",
            '(',
            "lparen",
            ')',
            "rparen",
            '{',
            "lbrace",
            '}',
            "rbrace");

    private static final Map<String, Integer> BINDING_POWER = Map.ofEntries(
            Map.entry("eof", 0),
            Map.entry("unquoted_identifier", 0),
            Map.entry("quoted_identifier", 0),
            Map.entry("literal", 0),
            Map.entry("rbracket", 0),
            Map.entry("rparen", 0),
            Map.entry("comma", 0),
            Map.entry("rbrace", 0),
            Map.entry("number", 0),
            Map.entry("current", 0),
            Map.entry("expref", 0),
            Map.entry("colon", 0),
            Map.entry("pipe", 1),
            Map.entry("or", 2),
            Map.entry("and", 3),
            Map.entry("eq", 5),
            Map.entry("gt", 5),
            Map.entry("lt", 5),
            Map.entry("gte", 5),
            Map.entry("lte", 5),
            Map.entry("ne", 5),
            Map.entry("flatten", 9),
            Map.entry("star", 20),
            Map.entry("filter", 21),
            Map.entry("dot", 40),
            Map.entry("not", 45),
            Map.entry("lbrace", 50),
            Map.entry("lbracket", 55),
            Map.entry("lparen", 60));

    private static final int PROJECTION_STOP = 10;
    private static final Set<String> LEDS = Set.of(
            "dot",
            "pipe",
            "or",
            "and",
            "lparen",
            "filter",
            "eq",
            "ne",
            "gt",
            "gte",
            "lt",
            "lte",
            "flatten",
            "lbracket");

    private PythonJmesPathSyntax() {}

    /** The error Python's jmespath gives for {@code expression}, or empty when it parses it. */
    static Optional<String> error(String expression) {
        if (expression.isEmpty()) {
            return Optional.empty();
        }
        try {
            new Parser(new Lexer(expression).tokenize()).parse();
            return Optional.empty();
        } catch (LexerError e) {
            return Optional.of("Bad jmespath expression: " + e.getMessage() + ":\n" + expression + "\n"
                    + " ".repeat(e.position) + "^");
        } catch (Incomplete e) {
            return Optional.of("Invalid jmespath expression: Incomplete expression:\n\"" + expression + "\"\n"
                    + " ".repeat(expression.length() + 1) + "^");
        } catch (ParseError e) {
            return Optional.of(e.getMessage() + ": Parse error at column " + e.token.start() + ", token \""
                    + e.token.value() + "\" (" + e.token.type().toUpperCase(java.util.Locale.ROOT)
                    + "), for expression:\n\"" + expression + "\"\n" + " ".repeat(e.token.start() + 1) + "^");
        } catch (IndexOutOfBoundsException e) {
            return Optional.empty(); // Python's parser fails with an IndexError there; leave the wording to the caller
        }
    }

    /** A token: its type, its value as {@code %s} prints it, and where it starts. */
    private record Token(String type, String value, int start) {}

    private static final class LexerError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int position;

        LexerError(int position, String message) {
            super(message, null, false, false);
            this.position = position;
        }
    }

    private static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Token token;

        ParseError(Token token, String message) {
            super(message, null, false, false);
            this.token = token;
        }
    }

    private static final class Incomplete extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Incomplete() {
            super(null, null, false, false);
        }
    }

    private static final class Lexer {
        private static final int NONE = -1;
        private final String s;
        private int pos;
        private int cur;

        Lexer(String s) {
            this.s = s;
            this.cur = s.charAt(0);
        }

        private int next() {
            if (pos == s.length() - 1) {
                cur = NONE;
            } else {
                pos++;
                cur = s.charAt(pos);
            }
            return cur;
        }

        private static boolean startsIdentifier(int c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        private static boolean digit(int c) {
            return c >= '0' && c <= '9';
        }

        List<Token> tokenize() {
            List<Token> out = new ArrayList<>();
            while (cur != NONE) {
                char c = (char) cur;
                int start = pos;
                if (SIMPLE.containsKey(c)) {
                    out.add(new Token(SIMPLE.get(c), String.valueOf(c), start));
                    next();
                } else if (startsIdentifier(c)) {
                    StringBuilder b = new StringBuilder().append(c);
                    while (startsIdentifier(next()) || digit(cur)) {
                        b.append((char) cur);
                    }
                    out.add(new Token("unquoted_identifier", b.toString(), start));
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    next();
                } else if (c == '[') {
                    int n = next();
                    if (n == ']') {
                        next();
                        out.add(new Token("flatten", "[]", start));
                    } else if (n == '?') {
                        next();
                        out.add(new Token("filter", "[?", start));
                    } else {
                        out.add(new Token("lbracket", "[", start));
                    }
                } else if (c == '\'') {
                    out.add(new Token("literal", until('\'').replace("\\'", "'"), start));
                } else if (c == '|') {
                    out.add(matchOrElse('|', "or", "pipe"));
                } else if (c == '&') {
                    out.add(matchOrElse('&', "and", "expref"));
                } else if (c == '`') {
                    out.add(literal());
                } else if (digit(c) || c == '-') {
                    String number = number();
                    if (number.length() == 1 && c == '-') {
                        throw new LexerError(start, "Unknown token '" + number + "'");
                    }
                    out.add(new Token("number", new BigInteger(number).toString(), start));
                } else if (c == '"') {
                    out.add(quotedIdentifier());
                } else if (c == '<') {
                    out.add(matchOrElse('=', "lte", "lt"));
                } else if (c == '>') {
                    out.add(matchOrElse('=', "gte", "gt"));
                } else if (c == '!') {
                    out.add(matchOrElse('=', "ne", "not"));
                } else if (c == '=') {
                    if (next() == '=') {
                        out.add(new Token("eq", "==", pos - 1));
                        next();
                    } else {
                        throw new LexerError(cur == NONE ? pos : pos - 1, "Unknown token '='");
                    }
                } else {
                    throw new LexerError(pos, "Unknown token " + c);
                }
            }
            out.add(new Token("eof", "", s.length()));
            return out;
        }

        private String number() {
            StringBuilder b = new StringBuilder().append((char) cur);
            while (digit(next())) {
                b.append((char) cur);
            }
            return b.toString();
        }

        private String until(char delimiter) {
            int start = pos;
            StringBuilder b = new StringBuilder();
            next();
            while (cur != delimiter) {
                if (cur == '\\') {
                    b.append('\\');
                    next();
                }
                if (cur == NONE) {
                    throw new LexerError(start, "Unclosed " + delimiter + " delimiter");
                }
                b.append((char) cur);
                next();
            }
            next();
            return b.toString();
        }

        private Token literal() {
            int start = pos;
            String lexeme = until('`').replace("\\`", "`");
            JsonNode value;
            try {
                value = JSON.readTree(lexeme);
            } catch (JsonProcessingException e) {
                try {
                    // JEP-12's deprecated form: text that is not JSON is a string.
                    value = JSON.readTree("\"" + lexeme.stripLeading() + "\"");
                } catch (JsonProcessingException e2) {
                    throw new LexerError(start, "Bad token " + lexeme);
                }
            }
            return new Token("literal", value == null ? "" : PythonText.value(value), start);
        }

        private Token quotedIdentifier() {
            int start = pos;
            String lexeme = "\"" + until('"') + "\"";
            try {
                return new Token("quoted_identifier", JSON.readTree(lexeme).asText(), start);
            } catch (JsonProcessingException e) {
                throw new LexerError(start, "Invalid \\escape");
            }
        }

        private Token matchOrElse(char expected, String matchType, String elseType) {
            int start = pos;
            char current = (char) cur;
            if (next() == expected) {
                next();
                return new Token(matchType, "" + current + expected, start);
            }
            return new Token(elseType, String.valueOf(current), start);
        }
    }

    private static final class Parser {
        private final List<Token> tokens;
        private int index;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        void parse() {
            expression(0);
            if (!type(0).equals("eof")) {
                throw new ParseError(token(0), "Unexpected token: " + token(0).value());
            }
        }

        private Token token(int n) {
            return tokens.get(index + n);
        }

        private String type(int n) {
            return token(n).type();
        }

        private static int power(String type) {
            return BINDING_POWER.get(type);
        }

        private String expression(int bindingPower) {
            Token left = token(0);
            index++;
            String node = nud(left);
            String current = type(0);
            while (bindingPower < power(current)) {
                if (!LEDS.contains(current)) {
                    throw new ParseError(token(0), "invalid token");
                }
                index++;
                node = led(current, node);
                current = type(0);
            }
            return node;
        }

        private String nud(Token t) {
            return switch (t.type()) {
                case "literal" -> "literal";
                case "unquoted_identifier" -> "field";
                case "quoted_identifier" -> {
                    if (type(0).equals("lparen")) {
                        throw new ParseError(
                                new Token(type(0), token(0).value(), 0),
                                "Quoted identifier not allowed for function names.");
                    }
                    yield "field";
                }
                case "star" -> {
                    if (!type(0).equals("rbracket")) {
                        projectionRhs(power("star"));
                    }
                    yield "value_projection";
                }
                case "filter" -> filter();
                case "lbrace" -> multiSelectHash();
                case "lparen" -> {
                    String inner = expression(0);
                    match("rparen");
                    yield inner;
                }
                case "flatten" -> {
                    projectionRhs(power("flatten"));
                    yield "projection";
                }
                case "not" -> {
                    expression(power("not"));
                    yield "not_expression";
                }
                case "lbracket" -> bracket();
                case "current" -> "current_node";
                case "expref" -> {
                    expression(power("expref"));
                    yield "expref";
                }
                default -> {
                    if (t.type().equals("eof")) {
                        throw new Incomplete();
                    }
                    throw new ParseError(t, "invalid token");
                }
            };
        }

        private String bracket() {
            if (type(0).equals("number") || type(0).equals("colon")) {
                return projectIfSlice(indexExpression());
            }
            if (type(0).equals("star") && type(1).equals("rbracket")) {
                index += 2;
                projectionRhs(power("star"));
                return "projection";
            }
            return multiSelectList();
        }

        private String led(String type, String left) {
            return switch (type) {
                case "dot" -> {
                    if (!type(0).equals("star")) {
                        dotRhs(power("dot"));
                        yield "subexpression";
                    }
                    index++;
                    projectionRhs(power("dot"));
                    yield "value_projection";
                }
                case "pipe", "or", "and" -> {
                    expression(power(type));
                    yield type;
                }
                case "lparen" -> function(left);
                case "filter" -> filter();
                case "flatten" -> {
                    projectionRhs(power("flatten"));
                    yield "projection";
                }
                case "lbracket" -> {
                    if (type(0).equals("number") || type(0).equals("colon")) {
                        String right = indexExpression();
                        yield left.equals("index_expression") ? left : projectIfSlice(right);
                    }
                    match("star");
                    match("rbracket");
                    projectionRhs(power("star"));
                    yield "projection";
                }
                default -> { // the comparators
                    expression(power(type));
                    yield "comparator";
                }
            };
        }

        private String function(String left) {
            if (!left.equals("field")) {
                Token name = token(-2);
                throw new ParseError(name, "Invalid function name '" + name.value() + "'");
            }
            while (!type(0).equals("rparen")) {
                expression(0);
                if (type(0).equals("comma")) {
                    match("comma");
                }
            }
            match("rparen");
            return "function_expression";
        }

        private String filter() {
            expression(0);
            match("rbracket");
            if (!type(0).equals("flatten")) {
                projectionRhs(power("filter"));
            }
            return "filter_projection";
        }

        private String indexExpression() {
            if (type(0).equals("colon") || type(1).equals("colon")) {
                int part = 0;
                while (!type(0).equals("rbracket") && part < 3) {
                    if (type(0).equals("colon")) {
                        part++;
                        if (part == 3) {
                            throw new ParseError(token(0), "syntax error");
                        }
                        index++;
                    } else if (type(0).equals("number")) {
                        index++;
                    } else {
                        throw new ParseError(token(0), "syntax error");
                    }
                }
                match("rbracket");
                return "slice";
            }
            index++;
            match("rbracket");
            return "index";
        }

        private String projectIfSlice(String right) {
            if (right.equals("slice")) {
                projectionRhs(power("star"));
                return "projection";
            }
            return "index_expression";
        }

        private String multiSelectList() {
            while (true) {
                expression(0);
                if (type(0).equals("rbracket")) {
                    break;
                }
                match("comma");
            }
            match("rbracket");
            return "multi_select_list";
        }

        private String multiSelectHash() {
            while (true) {
                if (!type(0).equals("quoted_identifier") && !type(0).equals("unquoted_identifier")) {
                    failMatch("['quoted_identifier', 'unquoted_identifier']");
                }
                index++;
                match("colon");
                expression(0);
                if (type(0).equals("comma")) {
                    match("comma");
                } else if (type(0).equals("rbrace")) {
                    match("rbrace");
                    break;
                }
            }
            return "multi_select_dict";
        }

        private void projectionRhs(int bindingPower) {
            String t = type(0);
            if (power(t) < PROJECTION_STOP) {
                return;
            }
            if (t.equals("lbracket") || t.equals("filter")) {
                expression(bindingPower);
            } else if (t.equals("dot")) {
                match("dot");
                dotRhs(bindingPower);
            } else {
                throw new ParseError(token(0), "syntax error");
            }
        }

        private void dotRhs(int bindingPower) {
            String t = type(0);
            if (t.equals("quoted_identifier") || t.equals("unquoted_identifier") || t.equals("star")) {
                expression(bindingPower);
            } else if (t.equals("lbracket")) {
                match("lbracket");
                multiSelectList();
            } else if (t.equals("lbrace")) {
                match("lbrace");
                multiSelectHash();
            } else {
                throw new ParseError(
                        token(0),
                        "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: " + t);
            }
        }

        private void match(String expected) {
            if (type(0).equals(expected)) {
                index++;
            } else {
                failMatch(expected);
            }
        }

        private void failMatch(String expected) {
            if (type(0).equals("eof")) {
                throw new Incomplete();
            }
            throw new ParseError(token(0), "Expecting: " + expected + ", got: " + type(0));
        }
    }
}
