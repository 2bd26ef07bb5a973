package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
