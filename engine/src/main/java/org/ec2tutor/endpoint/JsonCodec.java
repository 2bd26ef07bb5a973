package org.ec2tutor.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * awsJson1_1 bodies to SDK requests and SDK responses to bodies, by the fields' location names: structures as
 * objects, lists as arrays, maps as objects, timestamps as epoch seconds, blobs in base64. Members the model does
 * not have are ignored, as AWS's JSON services ignore them; a value of the wrong JSON type is a
 * {@code SerializationException}. Stateless.
 */
final class JsonCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonCodec() {}

    static Object bind(SdkPojo builder, JsonNode body) throws WireException {
        if (!body.isObject()) {
            throw mismatch("the request body");
        }
        fill(builder, body);
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private static void fill(SdkPojo builder, JsonNode object) throws WireException {
        for (SdkField<?> f : builder.sdkFields()) {
            JsonNode node = object.get(f.locationName());
            if (node != null && !node.isNull()) {
                f.set(builder, value(f, node));
            }
        }
    }

    private static Object value(SdkField<?> f, JsonNode node) throws WireException {
        MarshallingType<?> t = f.marshallingType();
        String name = f.locationName() == null ? f.memberName() : f.locationName();
        if (t == MarshallingType.LIST) {
            if (!node.isArray()) {
                throw mismatch(name);
            }
            SdkField<?> member =
                    f.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            List<Object> out = new ArrayList<>();
            for (JsonNode item : node) {
                out.add(item.isNull() ? null : value(member, item));
            }
            return out;
        }
        if (t == MarshallingType.MAP) {
            if (!node.isObject()) {
                throw mismatch(name);
            }
            SdkField<?> valueField =
                    f.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.put(e.getKey(), e.getValue().isNull() ? null : value(valueField, e.getValue()));
            }
            return out;
        }
        if (t == MarshallingType.SDK_POJO) {
            if (!node.isObject()) {
                throw mismatch(name);
            }
            SdkPojo nested = f.constructor().get();
            fill(nested, node);
            return ((SdkBuilder<?, ?>) nested).build();
        }
        if (t == MarshallingType.STRING && node.isTextual()) {
            return node.textValue();
        }
        if (t == MarshallingType.BOOLEAN && node.isBoolean()) {
            return node.booleanValue();
        }
        if (t == MarshallingType.INTEGER && node.canConvertToInt() && node.isIntegralNumber()) {
            return node.intValue();
        }
        if (t == MarshallingType.LONG && node.canConvertToLong() && node.isIntegralNumber()) {
            return node.longValue();
        }
        if (t == MarshallingType.DOUBLE && node.isNumber()) {
            return node.doubleValue();
        }
        if (t == MarshallingType.FLOAT && node.isNumber()) {
            return node.floatValue();
        }
        if (t == MarshallingType.INSTANT && node.isNumber()) {
            return Instant.ofEpochMilli(node.decimalValue().movePointRight(3).longValue());
        }
        if (t == MarshallingType.SDK_BYTES && node.isTextual()) {
            try {
                return SdkBytes.fromByteArray(Base64.getDecoder().decode(node.textValue()));
            } catch (IllegalArgumentException e) {
                throw mismatch(name);
            }
        }
        throw mismatch(name);
    }

    static ObjectNode write(SdkPojo pojo) {
        ObjectNode out = NODES.objectNode();
        for (SdkField<?> f : pojo.sdkFields()) {
            Object v = f.getValueOrDefault(pojo);
            if (v != null && !(v instanceof SdkAutoConstructList) && !(v instanceof SdkAutoConstructMap)) {
                out.set(f.locationName(), node(f, v));
            }
        }
        return out;
    }

    private static JsonNode node(SdkField<?> f, Object v) {
        MarshallingType<?> t = f.marshallingType();
        if (t == MarshallingType.LIST) {
            SdkField<?> member =
                    f.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            ArrayNode a = NODES.arrayNode();
            ((List<?>) v).forEach(item -> a.add(item == null ? NODES.nullNode() : node(member, item)));
            return a;
        }
        if (t == MarshallingType.MAP) {
            SdkField<?> valueField =
                    f.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            ObjectNode o = NODES.objectNode();
            ((Map<?, ?>) v)
                    .forEach((k, item) ->
                            o.set(String.valueOf(k), item == null ? NODES.nullNode() : node(valueField, item)));
            return o;
        }
        if (t == MarshallingType.SDK_POJO) {
            return write((SdkPojo) v);
        }
        if (v instanceof Instant i) {
            return NODES.numberNode(BigDecimal.valueOf(i.toEpochMilli(), 3));
        }
        if (v instanceof SdkBytes b) {
            return NODES.textNode(Base64.getEncoder().encodeToString(b.asByteArray()));
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Float fl) {
            return NODES.numberNode(fl);
        }
        return NODES.textNode(String.valueOf(v));
    }

    private static WireException mismatch(String name) {
        return new WireException(WireProtocol.SSM_JSON.malformed("Unexpected JSON value for " + name));
    }
}
