#!/usr/bin/env python3
"""Writes SDK-style model classes (SdkPojo with sdkFields, builders, LocationTrait/ListTrait/MapTrait) for the few
operations of a service whose AWS SDK for Java v2 module is not available, from botocore's service model.

The output follows the generated classes of the SDK (compare `javap` on software.amazon.awssdk.services.ec2.model.*):
requests extend the service's request base (an AwsRequest), responses its response base (an AwsResponse), structures
are SdkPojo + ToCopyableBuilder; enums are kept as Strings. Run once; the Java files are committed and owned by hand.

usage: sdk-model-classes.py MODEL.json PACKAGE PREFIX OUTDIR Operation...
  OUTDIR: sdk-models/src/main/java/org/ec2tutor/sdk/model/<service> (the module the engine and the agent JVM share)
"""
import json
import os
import re
import sys

model_path, package, prefix, outdir, *ops = sys.argv[1:]
model = json.load(open(model_path))
shapes = model["shapes"]

JAVA = {"string": "String", "integer": "Integer", "long": "Long", "double": "Double", "boolean": "Boolean",
        "timestamp": "java.time.Instant", "float": "Float"}
MTYPE = {"string": "STRING", "integer": "INTEGER", "long": "LONG", "double": "DOUBLE", "boolean": "BOOLEAN",
         "timestamp": "INSTANT", "float": "FLOAT", "list": "LIST", "map": "MAP", "structure": "SDK_POJO"}


def camel(name):
    # The SDK's getter name: TimePeriod -> timePeriod, savingsPlanId stays, a leading acronym is lower-cased.
    if name.isupper():
        return name.lower()
    m = re.match(r"^([A-Z]+)(?=[A-Z][a-z])", name)
    if m:
        return m.group(1).lower() + name[len(m.group(1)):]
    return name[0].lower() + name[1:]


def const(name):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    return s.upper() + "_FIELD"


def jtype(shape_name):
    s = shapes[shape_name]
    t = s["type"]
    if t == "list":
        return "java.util.List<" + jtype(s["member"]["shape"]) + ">"
    if t == "map":
        return "java.util.Map<String, " + jtype(s["value"]["shape"]) + ">"
    if t == "structure":
        return shape_name
    return JAVA[t]


def field_builder(shape_name, location_name, indent):
    """An SdkField builder expression (without memberName/getter/setter) for a member of this shape."""
    s = shapes[shape_name]
    t = s["type"]
    expr = "SdkField.<" + jtype(shape_name) + ">builder(MarshallingType." + MTYPE[t] + ")"
    return expr


def traits(shape_name, location_name):
    s = shapes[shape_name]
    t = s["type"]
    loc = ("LocationTrait.builder().location(MarshallLocation.PAYLOAD).locationName(\"" + location_name
           + "\").build()")
    if t == "list":
        member = s["member"]["shape"]
        inner = member_field(member, "member")
        return loc + ", ListTrait.builder().memberLocationName(null).memberFieldInfo(" + inner + ").build()"
    if t == "map":
        value = s["value"]["shape"]
        inner = member_field(value, "value")
        return (loc + ", MapTrait.builder().keyLocationName(\"key\").valueLocationName(\"value\")"
                ".valueFieldInfo(" + inner + ").build()")
    return loc


def member_field(shape_name, location_name):
    s = shapes[shape_name]
    expr = field_builder(shape_name, location_name, "")
    if s["type"] == "structure":
        expr += ".constructor(" + shape_name + "::builder)"
    return expr + ".traits(" + traits(shape_name, location_name) + ").build()"


def reachable(names):
    seen = []
    todo = list(names)
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        s = shapes[n]
        if s["type"] == "structure":
            seen.append(n)
            for m in s.get("members", {}).values():
                todo.append(m["shape"])
        elif s["type"] == "list":
            todo.append(s["member"]["shape"])
        elif s["type"] == "map":
            todo.append(s["value"]["shape"])
    return seen


def write_class(name, kind):
    s = shapes[name]
    members = s.get("members", {})
    doc = {"request": "The request of " + name[:-len("Request")] + ".",
           "response": "The response of " + name[:-len("Response")] + ".",
           "pojo": "The " + name + " structure of the service model."}[kind]
    if kind == "request":
        ext = " extends " + prefix + "Request"
        bext = prefix + "Request.Builder, "
        implext = " extends " + prefix + "Request.BuilderImpl"
    elif kind == "response":
        ext = " extends " + prefix + "Response"
        bext = prefix + "Response.Builder, "
        implext = " extends " + prefix + "Response.BuilderImpl"
    else:
        ext = ""
        bext = ""
        implext = ""
    impl = " implements SdkPojo, ToCopyableBuilder<" + name + ".Builder, " + name + ">" if kind == "pojo" else \
        " implements ToCopyableBuilder<" + name + ".Builder, " + name + ">"
    out = []
    w = out.append
    w("package " + package + ";\n")
    w("import java.util.Arrays;\nimport java.util.Collections;\nimport java.util.HashMap;\nimport java.util.List;")
    w("import java.util.Map;\nimport java.util.Objects;\nimport java.util.Optional;")
    w("import java.util.function.BiConsumer;\nimport java.util.function.Consumer;\nimport java.util.function.Function;")
    if kind == "request":
        w("import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;")
    w("import software.amazon.awssdk.core.SdkField;\nimport software.amazon.awssdk.core.SdkPojo;")
    w("import software.amazon.awssdk.core.protocol.MarshallLocation;")
    w("import software.amazon.awssdk.core.protocol.MarshallingType;")
    w("import software.amazon.awssdk.core.traits.ListTrait;\nimport software.amazon.awssdk.core.traits.LocationTrait;")
    w("import software.amazon.awssdk.core.traits.MapTrait;")
    w("import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;")
    w("import software.amazon.awssdk.core.util.DefaultSdkAutoConstructMap;")
    w("import software.amazon.awssdk.core.util.SdkAutoConstructList;")
    w("import software.amazon.awssdk.core.util.SdkAutoConstructMap;")
    w("import software.amazon.awssdk.utils.ToString;")
    w("import software.amazon.awssdk.utils.builder.CopyableBuilder;")
    w("import software.amazon.awssdk.utils.builder.ToCopyableBuilder;\n")
    w("/** " + doc + " Written in the SDK's conventions (see tools/sdk-model-classes.py). */")
    w("public final class " + name + ext + impl + " {")
    for m, spec in members.items():
        st = spec["shape"]
        expr = field_builder(st, m, "")
        expr += ".memberName(\"" + m + "\").getter(getter(" + name + "::" + camel(m) + ")).setter(setter(Builder::" \
            + camel(m) + "))"
        if shapes[st]["type"] == "structure":
            expr += ".constructor(" + st + "::builder)"
        expr += ".traits(" + traits(st, spec.get("locationName", m)) + ").build()"
        w("    private static final SdkField<" + jtype(st) + "> " + const(m) + " = " + expr + ";")
    w("    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList("
      + ", ".join(const(m) for m in members) + "));")
    w("    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();")
    for m, spec in members.items():
        w("    private final " + jtype(spec["shape"]) + " " + camel(m) + ";")
    w("    private " + name + "(BuilderImpl builder) {")
    if kind != "pojo":
        w("        super(builder);")
    for m in members:
        w("        this." + camel(m) + " = builder." + camel(m) + ";")
    w("    }")
    for m, spec in members.items():
        t = jtype(spec["shape"])
        w("    public final " + t + " " + camel(m) + "() {\n        return " + camel(m) + ";\n    }")
        if shapes[spec["shape"]]["type"] in ("list", "map"):
            cap = m[0].upper() + m[1:]
            w("    /** Whether the " + m + " member was set (the SDK's auto-construct convention). */")
            auto = "SdkAutoConstructList" if shapes[spec["shape"]]["type"] == "list" else "SdkAutoConstructMap"
            w("    public final boolean has" + cap + "() {\n        return " + camel(m) + " != null && !(" + camel(m)
              + " instanceof " + auto + ");\n    }")
    w("    @Override\n    public Builder toBuilder() {\n        return new BuilderImpl(this);\n    }")
    w("    public static Builder builder() {\n        return new BuilderImpl();\n    }")
    w("    public static Class<? extends Builder> serializableBuilderClass() {\n        return BuilderImpl.class;\n    }")
    w("    @Override\n    public final int hashCode() {\n        return Objects.hash(" + ", ".join(
        ["super.hashCode()"] if kind != "pojo" and not members else
        (["super.hashCode()"] if kind != "pojo" else []) + [camel(m) + "()" for m in members]) + ");\n    }")
    w("    @Override\n    public final boolean equals(Object obj) {\n        return " +
      ("super.equals(obj) && " if kind != "pojo" else "") + "equalsBySdkFields(obj);\n    }")
    w("    @Override\n    public final boolean equalsBySdkFields(Object obj) {")
    w("        if (this == obj) {\n            return true;\n        }")
    w("        if (!(obj instanceof " + name + (" other" if members else "") + ")) {\n            return false;\n        }")
    w("        return " + (" && ".join("Objects.equals(" + camel(m) + "(), other." + camel(m) + "())"
                                   for m in members) or "true") + ";\n    }")
    w("    @Override\n    public final String toString() {\n        return ToString.builder(\"" + name + "\")" + "".join(
        ".add(\"" + m + "\", " + camel(m) + "())" for m in members) + ".build();\n    }")
    w(("    @Override\n" if kind != "pojo" else "") + "    public final <T> Optional<T> getValueForField(String fieldName, Class<T> clazz) {")
    w("        SdkField<?> field = SDK_NAME_TO_FIELD.get(fieldName);")
    w("        return field == null ? Optional.empty() : Optional.ofNullable(clazz.cast(field.getValueOrDefault(this)));")
    w("    }")
    w("    @Override\n    public final List<SdkField<?>> sdkFields() {\n        return SDK_FIELDS;\n    }")
    w("    @Override\n    public final Map<String, SdkField<?>> sdkFieldNameToField() {\n        return SDK_NAME_TO_FIELD;\n    }")
    w("    private static Map<String, SdkField<?>> memberNameToFieldInitializer() {")
    w("        Map<String, SdkField<?>> map = new HashMap<>();")
    for m in members:
        w("        map.put(\"" + m + "\", " + const(m) + ");")
    w("        return Collections.unmodifiableMap(map);\n    }")
    if members:  # an empty structure (an operation without output) has no fields to get or set
        w("    private static <T> Function<Object, T> getter(Function<" + name + ", T> g) {")
        w("        return obj -> g.apply((" + name + ") obj);\n    }")
        w("    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {")
        w("        return (obj, val) -> s.accept((Builder) obj, val);\n    }")
    # Builder interface
    w("    public interface Builder extends " + bext + "SdkPojo, CopyableBuilder<Builder, " + name + "> {")
    for m, spec in members.items():
        st = spec["shape"]
        t = jtype(st)
        w("        Builder " + camel(m) + "(" + t + " " + camel(m) + ");")
        if shapes[st]["type"] == "list":
            et = jtype(shapes[st]["member"]["shape"])
            w("        Builder " + camel(m) + "(" + et + "... " + camel(m) + ");")
        if shapes[st]["type"] == "structure":
            w("        default Builder " + camel(m) + "(Consumer<" + st + ".Builder> " + camel(m) + ") {")
            w("            return " + camel(m) + "(" + st + ".builder().applyMutation(" + camel(m) + ").build());")
            w("        }")
    if kind == "request":
        w("        @Override\n        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);")
        w("        @Override\n        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);")
    w("    }")
    # BuilderImpl
    w("    static final class BuilderImpl" + implext + " implements Builder {")
    for m, spec in members.items():
        kind_of = shapes[spec["shape"]]["type"]
        init = (" = DefaultSdkAutoConstructList.getInstance()" if kind_of == "list" else
                " = DefaultSdkAutoConstructMap.getInstance()" if kind_of == "map" else "")
        w("        private " + jtype(spec["shape"]) + " " + camel(m) + init + ";")
    w("        private BuilderImpl() {}")
    w("        private BuilderImpl(" + name + " model) {")
    if kind != "pojo":
        w("            super(model);")
    for m in members:
        w("            " + camel(m) + "(model." + camel(m) + ");")
    w("        }")
    for m, spec in members.items():
        st = spec["shape"]
        t = jtype(st)
        c = camel(m)
        w("        @Override\n        public final Builder " + c + "(" + t + " " + c + ") {")
        if shapes[st]["type"] == "list":
            w("            this." + c + " = " + c + " == null ? DefaultSdkAutoConstructList.getInstance() : "
              + "java.util.Collections.unmodifiableList(new java.util.ArrayList<>(" + c + "));")
        elif shapes[st]["type"] == "map":
            w("            this." + c + " = " + c + " == null ? DefaultSdkAutoConstructMap.getInstance() : "
              + "java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(" + c + "));")
        else:
            w("            this." + c + " = " + c + ";")
        w("            return this;\n        }")
        if shapes[st]["type"] == "list":
            et = jtype(shapes[st]["member"]["shape"])
            w("        @Override\n        public final Builder " + c + "(" + et + "... " + c + ") {")
            w("            return " + c + "(Arrays.asList(" + c + "));\n        }")
    if kind == "request":
        w("        @Override\n        public Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration) {")
        w("            super.overrideConfiguration(overrideConfiguration);\n            return this;\n        }")
        w("        @Override\n        public Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer) {")
        w("            super.overrideConfiguration(builderConsumer);\n            return this;\n        }")
    w("        @Override\n        public " + name + " build() {\n            return new " + name + "(this);\n        }")
    w("        @Override\n        public List<SdkField<?>> sdkFields() {\n            return SDK_FIELDS;\n        }")
    w("        @Override\n        public Map<String, SdkField<?>> sdkFieldNameToField() {\n            return SDK_NAME_TO_FIELD;\n        }")
    w("    }")
    w("}")
    text = "\n".join(out) + "\n"
    os.makedirs(outdir, exist_ok=True)
    open(os.path.join(outdir, name + ".java"), "w").write(text)


for o in ops:
    # An operation without an output (Config's PutConfigRule) still has a response class in the SDK: an empty one.
    if "output" not in model["operations"][o]:
        shapes[o + "Response"] = {"type": "structure", "members": {}}
        model["operations"][o]["output"] = {"shape": o + "Response"}
requests = [model["operations"][o]["input"]["shape"] for o in ops]
responses = [model["operations"][o]["output"]["shape"] for o in ops]
for n in reachable(requests + responses):
    write_class(n, "request" if n in requests else "response" if n in responses else "pojo")
print("\n".join(sorted(reachable(requests + responses))))
