package org.ec2tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.TraitType;

/**
 * The command-line options of one operation, derived from its request's field metadata: {@code --kebab-name} per
 * member, booleans as {@code --x}/{@code --no-x}, lists as separate words, structures as shorthand or JSON, plus the
 * AWS CLI's customizations that learners meet (run-instances {@code --count} and plain-text {@code --user-data},
 * create-image {@code --reboot}, {@code --enable-api-termination}).
 */
final class OperationArguments {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** How an option takes its value. */
    enum Kind {
        FLAG,
        SCALAR,
        SCALAR_LIST,
        COMPLEX_LIST,
        STRUCTURE,
        MAP,
        COUNT
    }

    /** One option: the member it sets (null for a custom option), and for a flag the value it sets. */
    record Argument(String cliName, SdkField<?> field, Kind kind, boolean flagValue, boolean valueStructure) {
        Argument(String cliName, SdkField<?> field, Kind kind, boolean flagValue) {
            this(cliName, field, kind, flagValue, false);
        }

        String memberName() {
            return field == null ? null : field.memberName();
        }
    }

    private final Ec2Operation operation;
    private final Map<String, Argument> byName = new LinkedHashMap<>();

    OperationArguments(Ec2Operation operation) {
        this.operation = operation;
        for (SdkField<?> field : operation.newBuilder().sdkFields()) {
            if (operation.name().equals("RunInstances")
                    && (field.memberName().equals("MinCount")
                            || field.memberName().equals("MaxCount"))) {
                continue; // replaced by --count (awscli/customizations/ec2/addcount.py)
            }
            String name = CliNames.kebab(field.memberName());
            Kind kind = kindOf(field);
            if (kind == Kind.FLAG) {
                byName.put(name, new Argument(name, field, Kind.FLAG, true));
                String negated = renamedNegation(name);
                byName.put(negated, new Argument(negated, field, Kind.FLAG, false));
            } else if (isBooleanValueStructure(field)) {
                // {Value: boolean} structures are flags too (awscli/customizations/toplevelbool.py), e.g.
                // modify-instance-attribute --disable-api-termination | --no-disable-api-termination.
                byName.put(name, new Argument(name, field, Kind.FLAG, true, true));
                byName.put("no-" + name, new Argument("no-" + name, field, Kind.FLAG, false, true));
            } else {
                byName.put(name, new Argument(name, field, kind, false));
            }
        }
        if (operation.name().equals("RunInstances")) {
            byName.put("count", new Argument("count", null, Kind.COUNT, false));
        }
    }

    /** The AWS CLI renames a few negated flags (awscli/customizations/argrename.py). */
    private String renamedNegation(String name) {
        if (operation.name().equals("CreateImage") && name.equals("no-reboot")) {
            return "reboot";
        }
        if (operation.name().equals("RunInstances") && name.equals("disable-api-termination")) {
            return "enable-api-termination";
        }
        return "no-" + name;
    }

    private static boolean isBooleanValueStructure(SdkField<?> field) {
        if (field.marshallingType() != MarshallingType.SDK_POJO) {
            return false;
        }
        List<SdkField<?>> members = field.constructor().get().sdkFields();
        return members.size() == 1
                && members.get(0).memberName().equals("Value")
                && members.get(0).marshallingType() == MarshallingType.BOOLEAN;
    }

    private static Kind kindOf(SdkField<?> field) {
        MarshallingType<?> t = field.marshallingType();
        if (t == MarshallingType.BOOLEAN) {
            return Kind.FLAG;
        }
        if (t == MarshallingType.LIST) {
            SdkField<?> member =
                    field.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            MarshallingType<?> mt = member.marshallingType();
            return mt == MarshallingType.SDK_POJO || mt == MarshallingType.LIST || mt == MarshallingType.MAP
                    ? Kind.COMPLEX_LIST
                    : Kind.SCALAR_LIST;
        }
        if (t == MarshallingType.SDK_POJO) {
            return Kind.STRUCTURE;
        }
        if (t == MarshallingType.MAP) {
            return Kind.MAP;
        }
        return Kind.SCALAR;
    }

    Map<String, Argument> arguments() {
        return byName;
    }

    /** Members a user must give, after the customizations that make some optional (run-instances' counts). */
    List<String> requiredMembers() {
        if (operation.name().equals("RunInstances")) {
            return List.of();
        }
        return operation.requiredMembers();
    }

    String cliNameOf(String member) {
        for (Argument a : byName.values()) {
            if (member.equals(a.memberName()) && (a.kind() != Kind.FLAG || a.flagValue())) {
                return a.cliName();
            }
        }
        return CliNames.kebab(member);
    }

    /** Turns the raw words given to each option into the operation's input, member by member. */
    ObjectNode toInput(Map<Argument, List<String>> given, Path cwd) {
        ObjectNode input = JSON.objectNode();
        for (Map.Entry<Argument, List<String>> e : given.entrySet()) {
            Argument a = e.getKey();
            String option = "--" + a.cliName();
            List<String> words = new ArrayList<>();
            for (String w : e.getValue()) {
                words.add(ParamFiles.expand(option, w, cwd));
            }
            switch (a.kind()) {
                case FLAG -> {
                    if (a.valueStructure()) {
                        input.putObject(a.memberName()).put("Value", a.flagValue());
                    } else {
                        input.put(a.memberName(), a.flagValue());
                    }
                }
                case COUNT -> count(words.get(0), input);
                case SCALAR -> input.set(a.memberName(), scalar(a, words.get(0)));
                case SCALAR_LIST -> input.set(a.memberName(), scalarList(option, words));
                case COMPLEX_LIST -> input.set(a.memberName(), complexList(option, words));
                default -> input.set(a.memberName(), structure(option, a, words.get(0)));
            }
        }
        if (operation.name().equals("RunInstances")) {
            if (!input.has("MinCount") && !input.has("MaxCount")) {
                input.put("MinCount", 1).put("MaxCount", 1);
            }
            if (input.has("UserData")) {
                // The CLI base64-encodes user data for you (EC2 User Guide, "Specify user data with the AWS CLI").
                String text = input.get("UserData").asText();
                input.put("UserData", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return input;
    }

    private static void count(String value, ObjectNode input) {
        String[] parts = value.split(":", -1);
        try {
            int min = Integer.parseInt(parts[0].strip());
            int max = parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1].strip()) : min;
            input.put("MinCount", min).put("MaxCount", max);
        } catch (NumberFormatException e) {
            throw CliException.parameter(
                    "\nError parsing parameter '--count': invalid literal for int() with base 10: '" + value + "'");
        }
    }

    private static JsonNode scalar(Argument a, String value) {
        MarshallingType<?> t = a.field().marshallingType();
        if (t == MarshallingType.INTEGER || t == MarshallingType.LONG) {
            try {
                return JSON.numberNode(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                throw CliException.parameter("\nError parsing parameter '--" + a.cliName()
                        + "': invalid literal for int() with base 10: '" + value + "'");
            }
        }
        return JSON.textNode(value);
    }

    private static JsonNode scalarList(String option, List<String> words) {
        if (words.size() == 1 && words.get(0).strip().startsWith("[")) {
            return json(option, words.get(0));
        }
        ArrayNode list = JSON.arrayNode();
        words.forEach(list::add);
        return list;
    }

    private static JsonNode complexList(String option, List<String> words) {
        String first = words.get(0).strip();
        if (words.size() == 1 && first.startsWith("[")) {
            return json(option, first);
        }
        ArrayNode list = JSON.arrayNode();
        for (String w : words) {
            list.add(w.strip().startsWith("{") ? json(option, w) : shorthand(option, w));
        }
        return list;
    }

    private static JsonNode structure(String option, Argument a, String value) {
        String v = value.strip();
        if (v.startsWith("{") || v.startsWith("[")) {
            return json(option, v);
        }
        // A structure whose only member is a string "Value" takes the bare value: --instance-type t3.small.
        List<SdkField<?>> members =
                a.kind() == Kind.STRUCTURE ? a.field().constructor().get().sdkFields() : List.of();
        if (members.size() == 1
                && members.get(0).memberName().equals("Value")
                && members.get(0).marshallingType() == MarshallingType.STRING
                && !value.contains("=")) {
            return JSON.objectNode().put("Value", value);
        }
        return shorthand(option, value);
    }

    private static JsonNode shorthand(String option, String value) {
        try {
            return Shorthand.parse(value);
        } catch (Shorthand.ShorthandError e) {
            throw CliException.parameter("\nError parsing parameter '" + option + "': " + e.getMessage());
        }
    }

    static JsonNode json(String option, String value) {
        try {
            return MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw CliException.parameter("\nError parsing parameter '" + option + "': Invalid JSON: "
                    + pythonJsonError(e) + "\nJSON received: " + value);
        }
    }

    /** Jackson's parse error in the words of Python's json module, which the CLI quotes. */
    static String pythonJsonError(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        String what;
        if (m.contains("double-quote to start field name")) {
            what = "Expecting property name enclosed in double quotes";
        } else if (m.contains("expecting comma") || m.contains("was expecting a colon")) {
            what = m.contains("colon") ? "Expecting ':' delimiter" : "Expecting ',' delimiter";
        } else {
            what = "Expecting value";
        }
        var loc = e.getLocation();
        long offset = loc == null ? 0 : Math.max(0, loc.getCharOffset());
        int line = loc == null ? 1 : loc.getLineNr();
        int column = loc == null ? 1 : Math.max(1, loc.getColumnNr());
        return what + ": line " + line + " column " + column + " (char " + offset + ")";
    }

    /** {@code file://PATH} as the value of any parameter reads the file (the CLI's paramfile). */
    static final class ParamFiles {
        private ParamFiles() {}

        static String expand(String option, String value, Path cwd) {
            if (!value.startsWith("file://")) {
                return value;
            }
            String name = value.substring("file://".length());
            Path path = cwd.resolve(name);
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw CliException.parameter("\nError parsing parameter '" + option + "': Unable to load paramfile "
                        + value + ": [Errno 2] No such file or directory: '" + name + "'");
            } catch (IOException e) {
                throw CliException.parameter("\nError parsing parameter '" + option + "': Unable to load paramfile "
                        + value + ": " + e.getMessage());
            }
        }
    }
}
