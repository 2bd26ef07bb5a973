package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * SDK model objects to and from JSON trees, driven only by their field metadata ({@link SdkPojo#sdkFields()}), so
 * keys and order are the model's, exactly as the AWS CLI prints and reads them. Input follows the CLI's rules: member
 * names as in the model, strings from shorthand coerced to the member's type, unknown members refused.
 */
public final class SdkJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** AWS CLI v2's default timestamp format (cli_timestamp_format = iso8601). */
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    /**
     * Members the Java SDK renamed from the service model (its EC2 customization config). The CLI speaks the model's
     * names; found by comparing every SDK model class with botocore's EC2 model (2026).
     */
    private static final Map<String, String> MODEL_NAMES =
            Map.of("PublicLaunchPermissions", "Public", "ReturnValue", "Return", "isPublic", "Public");

    private SdkJson() {}

    /** The name the CLI and the service model use for a member. */
    static String modelName(SdkField<?> field) {
        return MODEL_NAMES.getOrDefault(field.memberName(), field.memberName());
    }

    // --- output ------------------------------------------------------------------------------------------------

    /** A response (or any model object) as the CLI prints it in JSON: member names, order and formats. */
    public static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode out = JSON.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
                continue;
            }
            out.set(modelName(field), valueToJson(field, value));
        }
        return inModelOrder(out);
    }

    /** A structure's members in the service model's order, where the SDK's renaming moved one. */
    static ObjectNode inModelOrder(ObjectNode out) {
        if (out.has("Public") && out.has("CreationDate") && out.has("ImageId")) {
            // The SDK moved the renamed Image.Public to the end; the model (and the CLI) has it after CreationDate.
            ObjectNode ordered = JSON.objectNode();
            out.properties().forEach(e -> {
                if (!e.getKey().equals("Public")) {
                    ordered.set(e.getKey(), e.getValue());
                    if (e.getKey().equals("CreationDate")) {
                        ordered.set("Public", out.get("Public"));
                    }
                }
            });
            return ordered;
        }
        return out;
    }

    private static JsonNode valueToJson(SdkField<?> field, Object value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.LIST) {
            SdkField<?> member =
                    field.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            ArrayNode array = JSON.arrayNode();
            for (Object element : (List<?>) value) {
                array.add(element == null ? JSON.nullNode() : valueToJson(member, element));
            }
            return array;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member =
                    field.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            ObjectNode map = JSON.objectNode();
            ((Map<?, ?>) value).forEach((k, v) -> map.set(String.valueOf(k), valueToJson(member, v)));
            return map;
        }
        return scalarToJson(value);
    }

    private static JsonNode scalarToJson(Object value) {
        if (value instanceof SdkPojo pojo) {
            return toJson(pojo);
        }
        if (value instanceof String s) {
            return JSON.textNode(s);
        }
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return JSON.numberNode(i);
        }
        if (value instanceof Long l) {
            return JSON.numberNode(l);
        }
        if (value instanceof Double d) {
            return JSON.numberNode(d);
        }
        if (value instanceof Float f) {
            // AWS sends "252.29" and botocore reads it as a double; widening the SDK's float would print
            // 252.2899932861328, so go through the float's shortest decimal form.
            return JSON.numberNode(Double.parseDouble(Float.toString(f)));
        }
        if (value instanceof BigDecimal d) {
            return JSON.numberNode(d);
        }
        if (value instanceof Instant t) {
            // Python's isoformat: microseconds only when there are any.
            return JSON.textNode((t.truncatedTo(ChronoUnit.SECONDS).equals(t) ? ISO : ISO_MICROS).format(t));
        }
        if (value instanceof SdkBytes bytes) {
            return JSON.textNode(Base64.getEncoder().encodeToString(bytes.asByteArray()));
        }
        return JSON.textNode(String.valueOf(value));
    }

    // --- input -------------------------------------------------------------------------------------------------

    /**
     * Sets every member of {@code json} on {@code builder}. {@code path} names the parameter in error messages, as
     * botocore's validation does ({@code Filters[0]}).
     */
    static void bind(SdkPojo builder, ObjectNode json, String path) {
        Map<String, SdkField<?>> fields = new LinkedHashMap<>();
        for (SdkField<?> f : builder.sdkFields()) {
            fields.put(modelName(f), f);
        }
        Iterator<Map.Entry<String, JsonNode>> it = json.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            SdkField<?> field = fields.get(e.getKey());
            if (field == null) {
                throw invalid("Unknown parameter in " + (path.isEmpty() ? "input" : path) + ": \"" + e.getKey()
                        + "\", must be one of: " + fields.keySet().stream().collect(Collectors.joining(", ")));
            }
            String childPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            field.set(builder, fromJson(field, e.getValue(), childPath));
        }
    }

    /**
     * botocore's parameter validation of input that arrived as JSON (or YAML), whose values keep their types: a
     * number where the model wants a string is refused, not converted (shorthand, all strings, is converted instead).
     * Every mismatch is reported, one line each, as botocore's {@code ParamValidator} words them.
     */
    static void checkTypes(SdkPojo builder, ObjectNode json, String path) {
        List<String> errors = new ArrayList<>();
        checkStructure(builder, json, path, errors);
        if (!errors.isEmpty()) {
            throw invalid(String.join("\n", errors));
        }
    }

    /** The same check of one member's value, given as JSON on the command line. */
    static void checkTypes(SdkField<?> field, JsonNode value, String path) {
        List<String> errors = new ArrayList<>();
        checkValue(field, value, path, errors);
        if (!errors.isEmpty()) {
            throw invalid(String.join("\n", errors));
        }
    }

    private static void checkStructure(SdkPojo builder, JsonNode json, String path, List<String> errors) {
        Map<String, SdkField<?>> fields = new LinkedHashMap<>();
        for (SdkField<?> f : builder.sdkFields()) {
            fields.put(modelName(f), f);
        }
        json.properties().forEach(e -> {
            SdkField<?> f = fields.get(e.getKey());
            if (f != null) {
                checkValue(f, e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), errors);
            }
        });
    }

    private static void checkValue(SdkField<?> f, JsonNode node, String path, List<String> errors) {
        if (node == null || node.isNull()) {
            return;
        }
        MarshallingType<?> t = f.marshallingType();
        String actual = pythonType(node);
        String valid = null;
        if (t == MarshallingType.LIST) {
            if (!node.isArray()) {
                valid = "<class 'list'>, <class 'tuple'>";
            } else {
                SdkField<?> member =
                        f.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
                for (int i = 0; i < node.size(); i++) {
                    checkValue(member, node.get(i), path + "[" + i + "]", errors);
                }
            }
        } else if (t == MarshallingType.SDK_POJO) {
            if (!node.isObject()) {
                valid = "<class 'dict'>";
            } else {
                checkStructure(f.constructor().get(), node, path, errors);
            }
        } else if (t == MarshallingType.MAP) {
            if (!node.isObject()) {
                valid = "<class 'dict'>";
            }
        } else if (t == MarshallingType.STRING && !node.isTextual()) {
            valid = "<class 'str'>";
        } else if ((t == MarshallingType.INTEGER || t == MarshallingType.LONG) && !node.isIntegralNumber()) {
            valid = "<class 'int'>";
        } else if (t == MarshallingType.BOOLEAN && !node.isBoolean()) {
            valid = "<class 'bool'>";
        } else if ((t == MarshallingType.DOUBLE || t == MarshallingType.FLOAT) && !node.isNumber()) {
            valid = validType(t);
        }
        if (valid != null) {
            errors.add("Invalid type for parameter " + path + ", value: " + PythonText.value(node) + ", type: <class '"
                    + actual + "'>, valid types: " + valid);
        }
    }

    /**
     * Shorthand's text where the model wants a number, converted as the CLI's shorthand visitor converts it (Python's
     * {@code int()} or {@code float()}). The CLI does not catch their {@code ValueError}: exit 255 and its bare
     * message, not a parameter validation error.
     */
    static JsonNode shorthandNumbers(SdkField<?> f, JsonNode node) {
        MarshallingType<?> t = f.marshallingType();
        if (t == MarshallingType.LIST && node.isArray()) {
            SdkField<?> member =
                    f.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, shorthandNumbers(member, node.get(i)));
            }
        } else if (t == MarshallingType.SDK_POJO && node.isObject()) {
            for (SdkField<?> member : f.constructor().get().sdkFields()) {
                String name = modelName(member);
                if (node.has(name)) {
                    ((ObjectNode) node).set(name, shorthandNumbers(member, node.get(name)));
                }
            }
        } else if (node.isTextual() && (t == MarshallingType.INTEGER || t == MarshallingType.LONG)) {
            String text = node.asText();
            if (!text.strip().matches("[+-]?\\d+")) {
                throw CliException.general("invalid literal for int() with base 10: '" + text + "'");
            }
            return JSON.numberNode(new BigInteger(text.strip()));
        } else if (node.isTextual() && (t == MarshallingType.DOUBLE || t == MarshallingType.FLOAT)) {
            String text = node.asText();
            try {
                return JSON.numberNode(Double.parseDouble(text.strip()));
            } catch (NumberFormatException e) {
                throw CliException.general("could not convert string to float: '" + text + "'");
            }
        }
        return node;
    }

    /** The Python type name of a decoded JSON value. */
    static String pythonType(JsonNode node) {
        if (node == null || node.isNull()) {
            return "NoneType";
        }
        if (node.isArray()) {
            return "list";
        }
        if (node.isObject()) {
            return "dict";
        }
        if (node.isBoolean()) {
            return "bool";
        }
        if (node.isIntegralNumber()) {
            return "int";
        }
        if (node.isNumber()) {
            return "float";
        }
        return "str";
    }

    static Object fromJson(SdkField<?> field, JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.LIST) {
            SdkField<?> member =
                    field.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            // A single value where a list is expected becomes a one-element list (the CLI's shorthand rule).
            List<Object> out = new ArrayList<>();
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    out.add(fromJson(member, node.get(i), path + "[" + i + "]"));
                }
            } else {
                out.add(fromJson(member, node, path + "[0]"));
            }
            return out;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member =
                    field.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            requireObject(node, path);
            Map<String, Object> out = new LinkedHashMap<>();
            node.properties()
                    .forEach(e -> out.put(e.getKey(), fromJson(member, e.getValue(), path + "." + e.getKey())));
            return out;
        }
        if (type == MarshallingType.SDK_POJO) {
            requireObject(node, path);
            SdkPojo builder = field.constructor().get();
            bind(builder, (ObjectNode) node, path);
            return ((SdkBuilder<?, ?>) builder).build();
        }
        return scalarFromJson(type, node, path);
    }

    private static Object scalarFromJson(MarshallingType<?> type, JsonNode node, String path) {
        if (node.isContainerNode()) {
            throw invalidType(path, PythonText.value(node), node.isArray() ? "list" : "dict", validType(type));
        }
        String text = node.asText();
        try {
            if (type == MarshallingType.STRING) {
                return text;
            }
            if (type == MarshallingType.INTEGER || type == MarshallingType.LONG) {
                return integral(type, node, text, path);
            }
            if (type == MarshallingType.DOUBLE) {
                return Double.parseDouble(text.strip());
            }
            if (type == MarshallingType.FLOAT) {
                return Float.parseFloat(text.strip());
            }
            if (type == MarshallingType.BIG_DECIMAL) {
                return new BigDecimal(text.strip());
            }
            if (type == MarshallingType.BOOLEAN) {
                if (node.isBoolean()) {
                    return node.booleanValue();
                }
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
                }
                throw invalidType(path, text, "str", "<class 'bool'>");
            }
            if (type == MarshallingType.INSTANT) {
                return parseInstant(text, path);
            }
            if (type == MarshallingType.SDK_BYTES) {
                return SdkBytes.fromByteArray(Base64.getDecoder().decode(text));
            }
        } catch (NumberFormatException e) {
            throw invalidType(path, text, "str", validType(type));
        } catch (IllegalArgumentException e) {
            throw invalid("Invalid base64: \"" + text + "\" for parameter " + path);
        }
        return text;
    }

    /**
     * An integer member's value. Python's int has no bound, so the CLI sends any integer it is given and EC2 refuses
     * one its field cannot hold; a value is never wrapped into the field's range.
     */
    private static Object integral(MarshallingType<?> type, JsonNode node, String text, String path) {
        BigInteger value = node.isIntegralNumber() ? node.bigIntegerValue() : new BigInteger(text.strip());
        boolean isInt = type == MarshallingType.INTEGER;
        if (value.bitLength() > (isInt ? 31 : 63)) {
            throw new OutOfRange(path.substring(path.lastIndexOf('.') + 1), value.toString());
        }
        return isInt ? (Object) value.intValue() : (Object) value.longValue();
    }

    /**
     * An integer beyond its member's range: EC2 answers {@code InvalidParameterValue}, worded as the endpoint's query
     * binder words it for the same request ({@code Value (V) for parameter NAME is invalid.}).
     */
    static final class OutOfRange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfRange(String member, String value) {
            super("Value (" + value + ") for parameter " + member + " is invalid.", null, false, false);
        }
    }

    static Instant parseInstant(String text, String path) {
        String t = text.strip();
        try {
            if (t.matches("\\d+(\\.\\d+)?")) {
                return Instant.ofEpochMilli(Math.round(Double.parseDouble(t) * 1000));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Instant.parse(t + "T00:00:00Z");
            }
            return OffsetDateTime.parse(t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$") ? t : t + "Z")
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("Invalid timestamp for parameter " + path + ": \"" + text + "\"");
        }
    }

    private static String validType(MarshallingType<?> type) {
        if (type == MarshallingType.INTEGER || type == MarshallingType.LONG) {
            return "<class 'int'>";
        }
        if (type == MarshallingType.BOOLEAN) {
            return "<class 'bool'>";
        }
        if (type == MarshallingType.DOUBLE || type == MarshallingType.FLOAT) {
            return "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>";
        }
        return "<class 'str'>";
    }

    private static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw invalidType(path, node.asText(node.toString()), node.isArray() ? "list" : "str", "<class 'dict'>");
        }
    }

    private static CliException invalidType(String path, String value, String actual, String valid) {
        return invalid("Invalid type for parameter " + path + ", value: " + value + ", type: <class '" + actual
                + "'>, valid types: " + valid);
    }

    private static CliException invalid(String message) {
        return CliException.parameter("\nParameter validation failed:\n" + message);
    }
}
