package org.ec2tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.RuntimeConfiguration;
import io.burt.jmespath.function.FunctionCallException;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.burt.jmespath.parser.ParseException;
import java.util.List;

/** {@code --output json|text|table} and {@code --query}, applied to a response as the AWS CLI applies them. */
final class OutputFormat {

    private static final JmesPath<JsonNode> JMESPATH = new JacksonRuntime(new RuntimeConfiguration.Builder()
            .withFunctionRegistry(JmesPathErrors.functions())
            .build());
    static final List<String> CHOICES = List.of("json", "text", "table", "yaml", "yaml-stream");

    private OutputFormat() {}

    /**
     * How deep a {@code --query} may nest brackets and parentheses. Python's recursive JMESPath parser gives up near
     * its recursion limit (a few hundred levels); the Java parser would exhaust the stack, so the CLI's words come
     * first. Real queries nest a few levels.
     */
    static final int MAX_QUERY_DEPTH = 100;

    /** Compiles a {@code --query}; a syntax error is the CLI's parameter error, worded as the CLI words it. */
    static Expression<JsonNode> compile(String query) {
        if (JsonDepth.exceeds(query, MAX_QUERY_DEPTH)) {
            throw CliException.parameter("\nBad value for --query " + query + ": maximum recursion depth exceeded");
        }
        if (query.isEmpty()) {
            // jmespath's lexer refuses the empty string before parsing (jmespath/lexer.py, EmptyExpressionError).
            throw CliException.parameter("\nBad value for --query : Invalid JMESPath expression: cannot be empty.");
        }
        try {
            // Python's parser is the one the CLI runs: where it finds a syntax error, its words and place are the ones.
            var python = PythonJmesPathSyntax.error(query);
            if (python.isPresent()) {
                throw CliException.parameter("\nBad value for --query " + query + ": " + python.get());
            }
            return JMESPATH.compile(lenientLiterals(query));
        } catch (ParseException e) {
            throw CliException.parameter("\nBad value for --query " + query + ": " + JmesPathErrors.parse(query, e));
        } catch (StackOverflowError e) {
            throw CliException.parameter("\nBad value for --query " + query + ": maximum recursion depth exceeded");
        }
    }

    /** Applies a compiled query; a function called with the wrong types fails as jmespath's does in the CLI. */
    private static JsonNode search(Expression<JsonNode> query, JsonNode response) {
        try {
            return query.search(response);
        } catch (JmesPathErrors.TypeError e) {
            throw CliException.general(e.getMessage());
        } catch (FunctionCallException e) {
            throw CliException.general(JmesPathErrors.call(e));
        } catch (StackOverflowError e) {
            throw CliException.general("maximum recursion depth exceeded");
        }
    }

    /**
     * The AWS CLI's JMESPath accepts a backtick literal that is not valid JSON as a string, and AWS documentation
     * relies on it ({@code Tags[?Key==`Name`]}); quote such literals so the strict parser reads them the same way.
     */
    static String lenientLiterals(String query) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\'') {
                int end = query.indexOf('\'', i + 1);
                end = end < 0 ? query.length() - 1 : end;
                out.append(query, i, end + 1);
                i = end + 1;
                continue;
            }
            if (c != '`') {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < query.length() && (query.charAt(end) != '`' || query.charAt(end - 1) == '\\')) {
                end++;
            }
            if (end >= query.length()) {
                out.append(query.substring(i));
                break;
            }
            String literal = query.substring(i + 1, end);
            out.append('`')
                    .append(
                            isJson(literal.replace("\\`", "`"))
                                    ? literal
                                    : "\""
                                            + literal.stripLeading() // jmespath's lexer: lstrip()
                                                    .replace("\\", "\\\\")
                                                    .replace("\"", "\\\"")
                                            + "\"")
                    .append('`');
            i = end + 1;
        }
        return out.toString();
    }

    private static boolean isJson(String text) {
        try {
            new ObjectMapper().readTree(text);
            return !text.isBlank();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    static String render(
            String operation, JsonNode response, String output, Expression<JsonNode> query, int terminalWidth) {
        JsonNode result = response;
        if (query != null) {
            result = search(query, response);
        } else if (response.isObject() && response.isEmpty()) {
            return ""; // Operations without output print nothing.
        }
        return switch (output) {
            case "text" -> result == null || result.isNull() ? "None\n" : TextOutput.write(result);
            case "table" -> result == null ? "" : TableOutput.write(operation, result, terminalWidth);
            case "yaml" -> YamlOutput.write(result == null ? NullNode.instance : result, false);
            case "yaml-stream" -> YamlOutput.write(result == null ? NullNode.instance : result, true);
            default -> PythonJson.write(result == null ? NullNode.instance : result) + "\n";
        };
    }
}
