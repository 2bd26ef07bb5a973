package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Adapter;
import io.burt.jmespath.function.ArgumentConstraint;
import io.burt.jmespath.function.ArgumentTypeException;
import io.burt.jmespath.function.Function;
import io.burt.jmespath.function.FunctionArgument;
import io.burt.jmespath.function.FunctionCallException;
import io.burt.jmespath.function.FunctionRegistry;
import io.burt.jmespath.parser.ParseError;
import io.burt.jmespath.parser.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java JMESPath library's errors in the words of Python's jmespath, which the AWS CLI prints (jmespath
 * {@code exceptions.py}): an expression that ends too early is "Incomplete expression" with a caret, a function of
 * the wrong arity or argument type is named as {@code name()}. Never a Java class name.
 */
final class JmesPathErrors {

    private static final Pattern UNKNOWN_FUNCTION = Pattern.compile("unknown function \"([^\"]*)\"");
    private static final Pattern ARITY =
            Pattern.compile("arity calling \"([^\"]*)\" \\(expected (at least |at most )?(\\d+) but was (\\d+)\\)");
    private static final Pattern ARGUMENT_TYPE = Pattern.compile("calling \"([^\"]*)\": expected (.*) but was (\\w+)");

    private JmesPathErrors() {}

    /** A compile error of {@code query}. */
    static String parse(String query, ParseException e) {
        ParseError first = e.iterator().hasNext() ? e.iterator().next() : new ParseError(e.getMessage(), 0);
        String message = first.message();
        Matcher unknown = UNKNOWN_FUNCTION.matcher(message);
        if (unknown.find()) {
            throw CliException.general("Unknown function: " + unknown.group(1) + "()");
        }
        Matcher arity = ARITY.matcher(message);
        if (arity.find()) {
            int expected = Integer.parseInt(arity.group(3));
            String kind = arity.group(2) == null ? "" : arity.group(2);
            throw CliException.general("Expected " + kind + expected + " argument" + (expected == 1 ? "" : "s")
                    + " for function " + arity.group(1) + "(), received " + arity.group(4));
        }
        int position = Math.max(0, Math.min(first.position(), query.length()));
        if (message.contains("<EOF>") || position >= query.length()) {
            return "Invalid jmespath expression: Incomplete expression:\n" + caret(query, query.length());
        }
        String token = query.substring(position, Math.min(query.length(), position + 1));
        return "Parse error at column " + position + ", token \"" + token + "\", for expression:\n"
                + caret(query, position);
    }

    /** A function called at search time with a value of the wrong type. */
    static String call(FunctionCallException e) {
        Matcher m = ARGUMENT_TYPE.matcher(String.valueOf(e.getMessage()));
        if (e instanceof ArgumentTypeException && m.find()) {
            String expected = Arrays.stream(m.group(2).split(", | or "))
                    .map(t -> "'" + t.strip() + "'")
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            return "In function " + m.group(1) + "(), invalid type for value, expected one of: [" + expected
                    + "], received: \"" + m.group(3) + "\"";
        }
        return "Invalid jmespath expression: the functions in it could not be applied";
    }

    /** Python's names of jmespath's built-in functions (jmespath/functions.py). */
    private static final List<String> FUNCTIONS = List.of(
            "abs",
            "avg",
            "contains",
            "ceil",
            "ends_with",
            "floor",
            "join",
            "keys",
            "length",
            "map",
            "max",
            "max_by",
            "merge",
            "min",
            "min_by",
            "not_null",
            "reverse",
            "sort",
            "sort_by",
            "starts_with",
            "sum",
            "to_array",
            "to_string",
            "to_number",
            "type",
            "values");

    /** The library's functions, each reporting an argument of the wrong type as Python's does: with its value. */
    static FunctionRegistry functions() {
        FunctionRegistry defaults = FunctionRegistry.defaultRegistry();
        return defaults.extend(FUNCTIONS.stream()
                .map(defaults::getFunction)
                .filter(java.util.Objects::nonNull)
                .map(WithValue::new)
                .toArray(Function[]::new));
    }

    /** A function's type error with the offending value, already in the CLI's words. */
    static final class TypeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TypeError(String message) {
            super(message, null, false, false);
        }
    }

    private record WithValue(Function inner) implements Function {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public ArgumentConstraint argumentConstraints() {
            return inner.argumentConstraints();
        }

        @Override
        public <T> T call(Adapter<T> runtime, List<FunctionArgument<T>> arguments) {
            try {
                return inner.call(runtime, arguments);
            } catch (ArgumentTypeException e) {
                Matcher m = ARGUMENT_TYPE.matcher(String.valueOf(e.getMessage()));
                if (!m.find()) {
                    throw e;
                }
                String received = m.group(3);
                for (FunctionArgument<T> a : arguments) {
                    if (a.isValue()
                            && a.value() instanceof JsonNode node
                            && runtime.typeOf(a.value())
                                    .name()
                                    .toLowerCase(Locale.ROOT)
                                    .equals(received)) {
                        throw new TypeError("In function " + m.group(1) + "(), invalid type for value: "
                                + PythonText.value(node) + ", expected one of: [" + expected(m.group(2))
                                + "], received: \"" + received + "\"");
                    }
                }
                throw e;
            }
        }
    }

    private static String expected(String types) {
        return Arrays.stream(types.split(", | or "))
                .map(t -> "'" + t.strip() + "'")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private static String caret(String query, int column) {
        return "\"" + query + "\"\n" + " ".repeat(column + 1) + "^";
    }
}
