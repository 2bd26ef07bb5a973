package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
