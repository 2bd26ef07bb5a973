package org.ec2tutor.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code --cli-input-json} and {@code --cli-input-yaml}: the whole input as one document, refused in the CLI's words
 * (awscli/customizations/cliinput.py) when it does not parse.
 */
final class CliInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private CliInput() {}

    /** The parsed document; {@code option} is {@code cli-input-json} or {@code cli-input-yaml}. */
    static JsonNode load(String option, String text) {
        boolean yaml = option.equals("cli-input-yaml");
        try {
            JsonNode node = (yaml ? YAML : JSON).readTree(text);
            return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
        } catch (JacksonException e) {
            throw CliException.parameter(
                    "\nError parsing parameter '" + option + "': Invalid " + (yaml ? "YAML" : "JSON") + " received.");
        }
    }

    static String pythonType(JsonNode node) {
        return SdkJson.pythonType(node);
    }
}
