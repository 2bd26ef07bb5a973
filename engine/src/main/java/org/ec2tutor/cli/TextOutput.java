package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --output text}: tab-separated lines, as the AWS CLI's text formatter writes them. Scalars of a dict go on
 * one line (sorted by key; in lists of dicts, the union of scalar keys), prefixed by the upper-cased name of the list
 * they came from; nested lists and dicts follow, each under its own key.
 */
final class TextOutput {

    private TextOutput() {}

    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        format(node, out, null, null);
        return out.toString();
    }

    private static void format(JsonNode item, StringBuilder out, String identifier, List<String> scalarKeys) {
        if (item.isObject()) {
            formatDict(scalarKeys, item, identifier, out);
        } else if (item.isArray()) {
            formatList(item, identifier, out);
        } else {
            out.append(PythonText.str(item)).append('\n');
        }
    }

    private static void formatList(JsonNode list, String identifier, StringBuilder out) {
        if (list.isEmpty()) {
            return;
        }
        boolean anyDict = false;
        boolean anyList = false;
        for (JsonNode el : list) {
            anyDict |= el.isObject();
            anyList |= el.isArray();
        }
        if (anyDict) {
            List<String> keys = allScalarKeys(list);
            for (JsonNode el : list) {
                format(el, out, identifier, keys);
            }
        } else if (anyList) {
            List<JsonNode> scalars = new ArrayList<>();
            List<JsonNode> nonScalars = new ArrayList<>();
            for (JsonNode el : list) {
                (el.isContainerNode() ? nonScalars : scalars).add(el);
            }
            if (!scalars.isEmpty()) {
                scalarList(scalars, identifier, out);
            }
            for (JsonNode el : nonScalars) {
                format(el, out, identifier, null);
            }
        } else {
            List<JsonNode> scalars = new ArrayList<>();
            list.forEach(scalars::add);
            scalarList(scalars, identifier, out);
        }
    }

    private static void scalarList(List<JsonNode> elements, String identifier, StringBuilder out) {
        if (identifier != null) {
            for (JsonNode el : elements) {
                out.append(identifier.toUpperCase(Locale.ROOT))
                        .append('\t')
                        .append(PythonText.str(el))
                        .append('\n');
            }
        } else {
            List<String> parts = new ArrayList<>();
            elements.forEach(el -> parts.add(PythonText.str(el)));
            out.append(String.join("\t", parts)).append('\n');
        }
    }

    private static void formatDict(List<String> scalarKeys, JsonNode dict, String identifier, StringBuilder out) {
        List<String> scalars = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> nonScalars = new ArrayList<>();
        if (scalarKeys == null) {
            new TreeSet<String>(iterableKeys(dict)).forEach(k -> {
                JsonNode v = dict.get(k);
                if (v.isContainerNode()) {
                    nonScalars.add(Map.entry(k, v));
                } else {
                    scalars.add(PythonText.str(v));
                }
            });
        } else {
            for (String k : scalarKeys) {
                scalars.add(dict.has(k) ? PythonText.str(dict.get(k)) : "");
            }
            TreeSet<String> remaining = new TreeSet<>(iterableKeys(dict));
            remaining.removeAll(scalarKeys);
            remaining.forEach(k -> nonScalars.add(Map.entry(k, dict.get(k))));
        }
        if (!scalars.isEmpty()) {
            if (identifier != null) {
                scalars.add(0, identifier.toUpperCase(Locale.ROOT));
            }
            out.append(String.join("\t", scalars)).append('\n');
        }
        for (Map.Entry<String, JsonNode> e : nonScalars) {
            format(e.getValue(), out, e.getKey(), null);
        }
    }

    private static List<String> allScalarKeys(JsonNode listOfDicts) {
        TreeSet<String> keys = new TreeSet<>();
        for (JsonNode el : listOfDicts) {
            if (el.isObject()) {
                el.properties().forEach(e -> {
                    if (!e.getValue().isContainerNode()) {
                        keys.add(e.getKey());
                    }
                });
            }
        }
        return new ArrayList<>(keys);
    }

    private static List<String> iterableKeys(JsonNode dict) {
        List<String> keys = new ArrayList<>();
        dict.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
