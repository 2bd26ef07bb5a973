package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;

/** Scalars as Python's {@code str()} renders them, which the CLI's text and table output use. */
final class PythonText {

    private PythonText() {}

    static String str(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "None";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        if (node.isFloatingPointNumber()) {
            return repr(node.doubleValue());
        }
        return node.asText();
    }

    /** A value as Python's {@code str()} prints it: containers as their repr ({@code ['a', 1]}, {@code {'k': True}}). */
    static String value(JsonNode node) {
        return node.isContainerNode() ? repr(node) : str(node);
    }

    /** Python's {@code repr()} of a decoded JSON value. */
    static String repr(JsonNode node) {
        if (node.isTextual()) {
            String s = node.asText();
            if (s.contains("'") && !s.contains("\"")) {
                return "\"" + s.replace("\\", "\\\\") + "\"";
            }
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(repr(node.get(i)));
            }
            return out.append(']').toString();
        }
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (var e : node.properties()) {
                out.append(first ? "" : ", ")
                        .append(repr(JsonNodeFactory.instance.textNode(e.getKey())))
                        .append(": ")
                        .append(repr(e.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        return str(node);
    }

    /** Python's shortest round-trip repr of a float: 0.096, 1.0, 1e-05. */
    static String repr(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return BigDecimal.valueOf(d).setScale(1).toPlainString();
        }
        String s = Double.toString(d);
        if (s.contains("E")) {
            BigDecimal bd = new BigDecimal(s);
            return bd.toString().replace("E", "e").replace("e-", "e-0").replaceAll("e-0(\\d\\d)", "e-$1");
        }
        return s;
    }
}
