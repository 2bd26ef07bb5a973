package org.ec2tutor.endpoint;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * An SDK response to EC2's XML, by the response's own field metadata: each member under its unmarshalling location
 * name ({@code reservationSet}, {@code instanceState}), lists wrapped with their member name ({@code item}) unless
 * flattened, maps as {@code entry/key/value}. Members never set (the SDK's auto-construct lists and maps, nulls) are
 * left out, as AWS leaves them out. The inverse of the SDK's XML unmarshaller; stateless.
 */
final class XmlWriter {

    private XmlWriter() {}

    /** {@code <ActionResponse xmlns=...><requestId>...</requestId>members</ActionResponse>}. */
    static String ec2Response(String action, String requestId, SdkPojo response) {
        StringBuilder out = new StringBuilder(1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
                .append(action)
                .append("Response xmlns=\"")
                .append(WireProtocol.EC2_QUERY.xmlNamespace())
                .append("\">\n    <requestId>")
                .append(requestId)
                .append("</requestId>");
        members(response, out);
        out.append("\n</").append(action).append("Response>");
        return out.toString();
    }

    /**
     * A Query service's answer (STS's and SNS's shape): {@code <ActionResponse xmlns=...><ActionResult>members
     * </ActionResult><ResponseMetadata><RequestId>...}; an answer without members has no result element.
     */
    static String queryResponse(String action, String namespace, String requestId, SdkPojo response) {
        StringBuilder body = new StringBuilder(512);
        members(response, body);
        StringBuilder out = new StringBuilder(body.length() + 256);
        out.append('<')
                .append(action)
                .append("Response xmlns=\"")
                .append(namespace)
                .append("\">");
        if (body.length() > 0) {
            out.append('<')
                    .append(action)
                    .append("Result>")
                    .append(body)
                    .append("</")
                    .append(action)
                    .append("Result>");
        }
        out.append("<ResponseMetadata><RequestId>")
                .append(requestId)
                .append("</RequestId></ResponseMetadata></")
                .append(action)
                .append("Response>");
        return out.toString();
    }

    static void members(SdkPojo pojo, StringBuilder out) {
        for (SdkField<?> f : pojo.sdkFields()) {
            Object v = f.getValueOrDefault(pojo);
            if (v != null) {
                element(f, f.unmarshallLocationName(), v, out);
            }
        }
    }

    /** One member of a structure under {@code name}; nothing when it was never set. */
    static void element(SdkField<?> f, String name, Object v, StringBuilder out) {
        MarshallingType<?> type = f.marshallingType();
        if (v instanceof SdkAutoConstructList || v instanceof SdkAutoConstructMap) {
            return;
        }
        if (type == MarshallingType.LIST) {
            ListTrait trait = f.getTrait(ListTrait.class, TraitType.LIST_TRAIT);
            String member = trait.memberLocationName() == null ? "member" : trait.memberLocationName();
            if (trait.isFlattened()) {
                for (Object item : (List<?>) v) {
                    element(trait.memberFieldInfo(), name, item, out);
                }
                return;
            }
            open(name, out);
            for (Object item : (List<?>) v) {
                element(trait.memberFieldInfo(), member, item, out);
            }
            out.append("</").append(name).append('>');
        } else if (type == MarshallingType.MAP) {
            MapTrait trait = f.getTrait(MapTrait.class, TraitType.MAP_TRAIT);
            open(name, out);
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                out.append("<entry><").append(trait.keyLocationName()).append('>');
                Xml.escapeTo(String.valueOf(e.getKey()), out);
                out.append("</").append(trait.keyLocationName()).append('>');
                if (e.getValue() != null) {
                    element(trait.valueFieldInfo(), trait.valueLocationName(), e.getValue(), out);
                }
                out.append("</entry>");
            }
            out.append("</").append(name).append('>');
        } else if (type == MarshallingType.SDK_POJO) {
            open(name, out);
            members((SdkPojo) v, out);
            out.append("</").append(name).append('>');
        } else if (Scalars.isScalar(type)) {
            open(name, out);
            Xml.escapeTo(Scalars.format(type, v), out);
            out.append("</").append(name).append('>');
        }
        // Documents and other types have no EC2 wire form: EC2's model has none.
    }

    private static void open(String name, StringBuilder out) {
        out.append('<').append(name).append('>');
    }
}
