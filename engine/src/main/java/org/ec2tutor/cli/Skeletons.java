package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;

/** {@code --generate-cli-skeleton}: every input member with a placeholder of its type, from the field metadata. */
final class Skeletons {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private Skeletons() {}

    static ObjectNode input(SdkPojo builder) {
        return structure(builder, 0);
    }

    /**
     * {@code --generate-cli-skeleton output}: a response of the output shape as botocore's {@code ArgumentGenerator}
     * (use_member_names) makes it: a string holds its member's name, a list one element (a list of strings the name
     * of its element type), a number 0, a boolean true, a timestamp the epoch; a structure met again inside itself
     * is empty.
     */
    static ObjectNode output(SdkPojo builder) {
        return outputStructure(builder, new ArrayList<>());
    }

    private static ObjectNode outputStructure(SdkPojo pojo, List<Class<?>> stack) {
        ObjectNode out = JSON.objectNode();
        stack.add(pojo.getClass());
        try {
            if (stack.stream().filter(pojo.getClass()::equals).count() > 1) {
                return out;
            }
            for (SdkField<?> f : pojo.sdkFields()) {
                String name = SdkJson.modelName(f);
                out.set(name, outputValue(f, name, elementName(pojo, f), stack));
            }
            return SdkJson.inModelOrder(out);
        } finally {
            stack.remove(stack.size() - 1);
        }
    }

    private static JsonNode outputValue(SdkField<?> f, String name, String elementName, List<Class<?>> stack) {
        MarshallingType<?> t = f.marshallingType();
        if (t == MarshallingType.LIST) {
            return JSON.arrayNode()
                    .add(outputValue(
                            f.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo(),
                            elementName,
                            "",
                            stack));
        }
        if (t == MarshallingType.MAP) {
            return JSON.objectNode()
                    .set(
                            "KeyName",
                            outputValue(
                                    f.getTrait(MapTrait.class, TraitType.MAP_TRAIT)
                                            .valueFieldInfo(),
                                    "",
                                    "",
                                    stack));
        }
        if (t == MarshallingType.SDK_POJO) {
            return outputStructure(f.constructor().get(), stack);
        }
        if (t == MarshallingType.STRING) {
            return JSON.textNode(name);
        }
        return placeholder(f, 0);
    }

    /**
     * The shape name of a list's elements, which botocore uses for a list of strings: the SDK names an enum's class
     * after its shape ({@code UsageClassType}); any other string element is a {@code String}.
     */
    private static String elementName(SdkPojo parent, SdkField<?> f) {
        if (f.marshallingType() != MarshallingType.LIST) {
            return "";
        }
        Class<?> model = parent.getClass().getEnclosingClass();
        if (model == null) {
            return "String";
        }
        for (Method m : model.getMethods()) {
            if (m.getParameterCount() == 0
                    && m.getName().equalsIgnoreCase(f.memberName())
                    && m.getGenericReturnType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element.isEnum() ? element.getSimpleName() : "String";
            }
        }
        return "String";
    }

    private static ObjectNode structure(SdkPojo pojo, int depth) {
        ObjectNode out = JSON.objectNode();
        for (SdkField<?> f : pojo.sdkFields()) {
            out.set(f.memberName(), placeholder(f, depth + 1));
        }
        return out;
    }

    private static JsonNode placeholder(SdkField<?> f, int depth) {
        MarshallingType<?> t = f.marshallingType();
        if (depth > MAX_DEPTH) {
            return JSON.nullNode();
        }
        if (t == MarshallingType.LIST) {
            ArrayNode list = JSON.arrayNode();
            list.add(placeholder(
                    f.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo(), depth + 1));
            return list;
        }
        if (t == MarshallingType.MAP) {
            return JSON.objectNode()
                    .set(
                            "KeyName",
                            placeholder(
                                    f.getTrait(MapTrait.class, TraitType.MAP_TRAIT)
                                            .valueFieldInfo(),
                                    depth + 1));
        }
        if (t == MarshallingType.SDK_POJO) {
            return structure(f.constructor().get(), depth);
        }
        if (t == MarshallingType.BOOLEAN) {
            return JSON.booleanNode(true);
        }
        if (t == MarshallingType.INTEGER || t == MarshallingType.LONG) {
            return JSON.numberNode(0);
        }
        if (t == MarshallingType.DOUBLE || t == MarshallingType.FLOAT) {
            return JSON.numberNode(0.0);
        }
        if (t == MarshallingType.INSTANT) {
            return JSON.textNode("1970-01-01T00:00:00");
        }
        return JSON.textNode("");
    }
}
