package org.ec2tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
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
        COUNT,
        /** One of the CLI's own scalar options that build a member (awscli/customizations/ec2). */
        CUSTOM,
        /** One of the CLI's own list options ({@code nargs='+'}) that build a member. */
        CUSTOM_LIST
    }

    /** The security-group operations whose --protocol/--port/--cidr/... build IpPermissions (secgroupsimplify.py). */
    private static final List<String> SECURITY_GROUP_RULES = List.of(
            "AuthorizeSecurityGroupIngress",
            "AuthorizeSecurityGroupEgress",
            "RevokeSecurityGroupIngress",
            "RevokeSecurityGroupEgress");

    private static final List<String> RULE_OPTIONS = List.of("protocol", "port", "cidr", "source-group", "group-owner");

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
            // awscli/customizations/ec2/runinstances.py: these fill NetworkInterfaces[0].
            byName.put(
                    "secondary-private-ip-address-count",
                    new Argument("secondary-private-ip-address-count", null, Kind.CUSTOM, false));
            byName.put(
                    "secondary-private-ip-addresses",
                    new Argument("secondary-private-ip-addresses", null, Kind.CUSTOM_LIST, false));
            byName.put(
                    "associate-public-ip-address", new Argument("associate-public-ip-address", null, Kind.FLAG, true));
            byName.put(
                    "no-associate-public-ip-address",
                    new Argument("no-associate-public-ip-address", null, Kind.FLAG, false));
        }
        if (SECURITY_GROUP_RULES.contains(operation.name())) {
            RULE_OPTIONS.forEach(o -> byName.put(o, new Argument(o, null, Kind.CUSTOM, false)));
        }
        if (operation.streaming() == Ec2Operation.Streaming.INPUT) {
            byName.put("body", new Argument("body", null, Kind.CUSTOM, false));
        }
        if (operation.name().equals("GetPasswordData")) {
            byName.put("priv-launch-key", new Argument("priv-launch-key", null, Kind.CUSTOM, false));
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

    Ec2Operation operation() {
        return operation;
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
    ObjectNode toInput(Map<Argument, List<String>> given, Workspace files) {
        ObjectNode input = JSON.objectNode();
        for (Map.Entry<Argument, List<String>> e : given.entrySet()) {
            Argument a = e.getKey();
            String option = "--" + a.cliName();
            List<String> words = new ArrayList<>();
            for (String w : e.getValue()) {
                words.add(
                        a.field() != null && a.field().marshallingType() == MarshallingType.SDK_BYTES
                                ? ParamFiles.expandBinary(option, w, files)
                                : ParamFiles.expand(option, w, files));
            }
            switch (a.kind()) {
                case FLAG -> {
                    if (a.field() == null) {
                        networkInterface(input).put("AssociatePublicIpAddress", a.flagValue());
                    } else if (a.valueStructure()) {
                        input.putObject(a.memberName()).put("Value", a.flagValue());
                    } else {
                        input.put(a.memberName(), a.flagValue());
                    }
                }
                case COUNT -> count(words.get(0), input);
                case CUSTOM -> custom(a.cliName(), words.get(0), input, files);
                case CUSTOM_LIST -> secondaryAddresses(words, input);
                case SCALAR -> input.set(a.memberName(), scalar(a, words.get(0)));
                case SCALAR_LIST -> input.set(a.memberName(), typed(a, words, scalarList(option, words)));
                case COMPLEX_LIST -> input.set(a.memberName(), typed(a, words, complexList(option, words)));
                default -> input.set(a.memberName(), typed(a, words, structure(option, a, words.get(0))));
            }
        }
        if (operation.name().equals("RunInstances")) {
            if (!input.has("MinCount") && !input.has("MaxCount")) {
                input.put("MinCount", 1).put("MaxCount", 1);
            }
            moveIntoInterface(input);
            if (input.has("UserData")) {
                // The CLI base64-encodes user data for you (EC2 User Guide, "Specify user data with the AWS CLI").
                String text = input.get("UserData").asText();
                input.put("UserData", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return input;
    }

    /** runinstances.py's _fix_args: with a simple interface option, subnet, groups and address go on the interface. */
    private static void moveIntoInterface(ObjectNode input) {
        if (!(input.get("NetworkInterfaces") instanceof ArrayNode list)
                || list.isEmpty()
                || !(list.get(0) instanceof ObjectNode nic)
                || !(nic.has("PrivateIpAddresses")
                        || nic.has("SecondaryPrivateIpAddressCount")
                        || nic.has("AssociatePublicIpAddress"))) {
            return;
        }
        if (input.has("SubnetId")) {
            nic.set("SubnetId", input.remove("SubnetId"));
        }
        if (input.has("SecurityGroupIds")) {
            nic.set("Groups", input.remove("SecurityGroupIds"));
        }
        if (input.has("PrivateIpAddress")) {
            // The primary address first, then any --secondary-private-ip-addresses (runinstances.py).
            ArrayNode addresses = nic.has("PrivateIpAddresses") ? (ArrayNode) nic.get("PrivateIpAddresses") : null;
            ArrayNode all = nic.putArray("PrivateIpAddresses");
            all.addObject().put("Primary", true).set("PrivateIpAddress", input.remove("PrivateIpAddress"));
            if (addresses != null) {
                all.addAll(addresses);
            }
        }
        for (String m : List.of("Ipv6AddressCount", "Ipv6Addresses")) {
            if (input.has(m)) {
                nic.set(m, input.remove(m));
            }
        }
    }

    /** runinstances.py's --secondary-private-ip-addresses: each a non-primary entry of PrivateIpAddresses. */
    private static void secondaryAddresses(List<String> words, ObjectNode input) {
        if (words.isEmpty()) {
            return;
        }
        ObjectNode nic = networkInterface(input);
        ArrayNode list = nic.has("PrivateIpAddresses")
                ? (ArrayNode) nic.get("PrivateIpAddresses")
                : nic.putArray("PrivateIpAddresses");
        for (String w : words) {
            list.addObject().put("PrivateIpAddress", w);
        }
    }

    /** NetworkInterfaces[0], made with DeviceIndex 0 the first time (runinstances.py). */
    private static ObjectNode networkInterface(ObjectNode input) {
        if (!input.has("NetworkInterfaces")) {
            input.putArray("NetworkInterfaces").addObject().put("DeviceIndex", 0);
        }
        return (ObjectNode) input.get("NetworkInterfaces").get(0);
    }

    private static ObjectNode ipPermission(ObjectNode input) {
        if (!input.has("IpPermissions")) {
            input.putArray("IpPermissions").addObject();
        }
        return (ObjectNode) input.get("IpPermissions").get(0);
    }

    private static void custom(String name, String value, ObjectNode input, Workspace files) {
        if (value.isEmpty() || name.equals("body")) {
            return; // --body is the streamed payload, not a member: OperationCommand sends it
        }
        switch (name) {
            case "secondary-private-ip-address-count" -> {
                int count;
                try {
                    count = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    throw CliException.usage(
                            "argument --secondary-private-ip-address-count: invalid int value: '" + value + "'");
                }
                if (count != 0) {
                    networkInterface(input).put("SecondaryPrivateIpAddressCount", count);
                }
            }
            case "protocol" -> ipPermission(input).put("IpProtocol", protocol(value));
            case "port" -> port(value, ipPermission(input));
            case "cidr" -> {
                ObjectNode p = ipPermission(input);
                (p.has("IpRanges") ? (ArrayNode) p.get("IpRanges") : p.putArray("IpRanges"))
                        .addObject()
                        .put("CidrIp", value);
            }
            case "source-group" -> groupPair(input).put(value.startsWith("sg-") ? "GroupId" : "GroupName", value);
            case "group-owner" -> groupPair(input).put("UserId", value);
            case "priv-launch-key" -> {
                // decryptpassword.py reads the key before the call; a missing file ends the command (exit 255).
                if (!files.isFile(value)) {
                    throw new CliException(
                            "\npriv-launch-key should be a path to the local SSH private key file used to launch "
                                    + "the instance.",
                            255,
                            false);
                }
            }
            default -> throw new IllegalStateException("no custom option " + name);
        }
    }

    private static ObjectNode groupPair(ObjectNode input) {
        ObjectNode p = ipPermission(input);
        if (!p.has("UserIdGroupPairs")) {
            p.putArray("UserIdGroupPairs").addObject();
        }
        return (ObjectNode) p.get("UserIdGroupPairs").get(0);
    }

    private static String protocol(String value) {
        try {
            int n = Integer.parseInt(value);
            if ((n < 0 || n > 255) && n != -1) {
                throw CliException.parameter(
                        "\nprotocol numbers must be in the range 0-255 or -1 to specify all protocols");
            }
            return value;
        } catch (NumberFormatException e) {
            if (!List.of("tcp", "udp", "icmp", "all").contains(value)) {
                throw CliException.parameter(
                        "\nprotocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number.");
            }
            return value.equals("all") ? "-1" : value;
        }
    }

    private static void port(String value, ObjectNode permission) {
        String from;
        String to;
        if (value.equals("-1") || value.equals("all")) {
            from = "-1";
            to = "-1";
        } else if (value.contains("-")) {
            from = value.substring(0, value.indexOf('-'));
            to = value.substring(value.indexOf('-') + 1);
        } else {
            from = value;
            to = value;
        }
        try {
            permission.put("FromPort", Integer.parseInt(from.strip()));
            permission.put("ToPort", Integer.parseInt(to.strip()));
        } catch (NumberFormatException e) {
            throw CliException.parameter("\nport parameter should be of the form <from[-to]> (e.g. 22 or 22-25)");
        }
    }

    /** secgroupsimplify.py's check: the simple options and --ip-permissions do not mix (its words, key included). */
    void checkCustomOptions(Map<Argument, List<String>> given) {
        boolean interfaces = given.keySet().stream().anyMatch(a -> "NetworkInterfaces".equals(a.memberName()));
        boolean simple = given.keySet().stream()
                .anyMatch(a -> a.field() == null && a.cliName().contains("ip-address"));
        if (interfaces && simple) {
            throw CliException.parameter(
                    "\nMixing the --network-interfaces option with the simple, scalar options is " + "not supported.");
        }
        boolean ipPermissions = given.keySet().stream().anyMatch(a -> "IpPermissions".equals(a.memberName()));
        if (ipPermissions && SECURITY_GROUP_RULES.contains(operation.name())) {
            for (String o : RULE_OPTIONS) {
                if (given.keySet().stream().anyMatch(a -> a.cliName().equals(o))) {
                    throw CliException.parameter("\nThe --" + o.replace('-', '_')
                            + " option is not compatible with the --ip-permissions option ");
                }
            }
        }
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
                return JSON.numberNode(new BigInteger(value.strip())); // any size, as Python's int()
            } catch (NumberFormatException e) {
                // argprocess converts with int() and does not catch its ValueError: exit 255, the bare message.
                throw CliException.general("invalid literal for int() with base 10: '" + value + "'");
            }
        }
        return SdkJson.shorthandNumbers(a.field(), JSON.textNode(value));
    }

    /** A value given as one JSON document keeps its types, which botocore then validates (shorthand is all text). */
    private static JsonNode typed(Argument a, List<String> words, JsonNode value) {
        String first = words.isEmpty() ? "" : words.get(0).strip();
        if (words.size() == 1 && (first.startsWith("[") || first.startsWith("{"))) {
            SdkJson.checkTypes(a.field(), value, a.memberName());
            return value;
        }
        return SdkJson.shorthandNumbers(a.field(), value);
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
        if (words.isEmpty()) {
            return JSON.arrayNode();
        }
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
            if (JsonDepth.exceeds(value, Shorthand.MAX_DEPTH)) {
                // Python's json module, which the CLI uses, stops at its recursion limit with these words.
                throw CliException.general("maximum recursion depth exceeded while decoding a JSON "
                        + (value.stripLeading().startsWith("[") ? "array" : "object") + " from a unicode string");
            }
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

    /**
     * {@code file://PATH} as the value of any parameter reads the file as text (the CLI's paramfile); {@code fileb://}
     * reads its bytes, for blob parameters such as ImportKeyPair's {@code --public-key-material}.
     */
    static final class ParamFiles {
        private ParamFiles() {}

        /**
         * A blob parameter's value: {@code fileb://PATH} gives the file's bytes as they are, here as base64, the form
         * the blob binder reads (as CLI v2 reads an inline blob); anything else as {@link #expand}. The workspace
         * keeps files as text (what a session records for its resume), so a blob file is read as UTF-8 text: keys and
         * user data, not arbitrary binaries.
         */
        static String expandBinary(String option, String value, Workspace files) {
            if (!value.startsWith("fileb://")) {
                return expand(option, value, files);
            }
            String name = value.substring("fileb://".length());
            try {
                return Base64.getEncoder().encodeToString(files.read(name).getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw CliException.parameter("\nError parsing parameter '" + option + "': Unable to load paramfile "
                        + value + ": [Errno 2] No such file or directory: '" + name + "'");
            } catch (IOException e) {
                throw CliException.parameter("\nError parsing parameter '" + option + "': Unable to load paramfile "
                        + value + ": " + e.getMessage());
            }
        }

        static String expand(String option, String value, Workspace files) {
            if (!value.startsWith("file://")) {
                return value;
            }
            String name = value.substring("file://".length());
            try {
                return files.read(name);
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
