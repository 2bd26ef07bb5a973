package org.ec2tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.burt.jmespath.parser.ParseException;
import java.util.List;

/** {@code --output json|text|table} and {@code --query}, applied to a response as the AWS CLI applies them. */
final class OutputFormat {

    private static final JmesPath<JsonNode> JMESPATH = new JacksonRuntime();
    static final List<String> CHOICES = List.of("json", "text", "table", "yaml", "yaml-stream");

    private OutputFormat() {}

    /** Compiles a {@code --query}; a syntax error is the CLI's parameter error. */
    static Expression<JsonNode> compile(String query) {
        try {
            return JMESPATH.compile(lenientLiterals(query));
        } catch (ParseException e) {
            throw CliException.parameter("\nBad value for --query " + query + ": " + e.getMessage());
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
            result = query.search(response);
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
