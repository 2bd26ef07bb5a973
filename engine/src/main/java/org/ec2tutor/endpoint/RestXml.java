package org.ec2tutor.endpoint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.PayloadTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * REST-XML (S3) requests to SDK requests and SDK responses to HTTP answers, by each field's {@code LocationTrait}:
 * path members from the path, query members from the query string, header members from headers ({@code Metadata}
 * from every {@code x-amz-meta-} header), the payload member (marked by a {@code PayloadTrait}) as the body itself
 * (a policy's JSON) or as an XML document, other payload members as the children of the XML body. Stateless.
 */
final class RestXml {

    /** A response: status, headers, body (empty for none). */
    @SuppressWarnings("ArrayRecordComponent") // written to the wire once
    record Written(int status, String contentType, Map<String, String> headers, byte[] body) {}

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private RestXml() {}

    static Object bind(SdkPojo builder, S3Routes.Resource resource, Map<String, String> query, Request r, byte[] body)
            throws WireException {
        Element root = null;
        for (SdkField<?> f : builder.sdkFields()) {
            Object v = null;
            MarshallLocation where = f.location();
            if (where == MarshallLocation.PATH || where == MarshallLocation.GREEDY_PATH) {
                v = S3Routes.pathValue(f, resource).orElse(null);
            } else if (where == MarshallLocation.QUERY_PARAM) {
                v = scalar(f, query.get(f.locationName()));
            } else if (where == MarshallLocation.HEADER) {
                v = header(f, r);
            } else if (where == MarshallLocation.PAYLOAD && body.length > 0) {
                if (f.containsTrait(PayloadTrait.class, TraitType.PAYLOAD_TRAIT)) {
                    v = payload(f, body);
                } else {
                    if (root == null) {
                        root = parse(body);
                    }
                    v = fromXml(f, root);
                }
            }
            if (v != null) {
                f.set(builder, v);
            }
        }
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private static Object header(SdkField<?> f, Request r) throws WireException {
        if (f.marshallingType() == MarshallingType.MAP) {
            String prefix = f.locationName().toLowerCase(Locale.ROOT);
            Map<String, String> out = new LinkedHashMap<>();
            r.headers().forEach((name, values) -> {
                if (name.startsWith(prefix) && !values.isEmpty()) {
                    out.put(name.substring(prefix.length()), values.get(0));
                }
            });
            return out.isEmpty() ? null : out;
        }
        Optional<String> raw = r.header(f.locationName().toLowerCase(Locale.ROOT));
        if (raw.isEmpty()) {
            return null;
        }
        if (f.marshallingType() == MarshallingType.INSTANT) {
            try {
                return Instant.from(HTTP_DATE.parse(raw.get()));
            } catch (RuntimeException e) {
                return scalar(f, raw.get());
            }
        }
        return scalar(f, raw.get());
    }

    private static Object scalar(SdkField<?> f, String raw) throws WireException {
        if (raw == null || !Scalars.isScalar(f.marshallingType())) {
            return null;
        }
        return Scalars.parse(f.marshallingType(), raw)
                .orElseThrow(() -> new WireException(400, "InvalidArgument", "Invalid value for " + f.locationName()));
    }

    private static Object payload(SdkField<?> f, byte[] body) throws WireException {
        MarshallingType<?> t = f.marshallingType();
        if (t == MarshallingType.STRING) {
            return new String(body, StandardCharsets.UTF_8);
        }
        if (t == MarshallingType.SDK_BYTES) {
            return SdkBytes.fromByteArray(body);
        }
        if (t == MarshallingType.SDK_POJO) {
            SdkPojo nested = f.constructor().get();
            fill(nested, parse(body));
            return ((SdkBuilder<?, ?>) nested).build();
        }
        return null;
    }

    private static void fill(SdkPojo builder, Element element) throws WireException {
        for (SdkField<?> f : builder.sdkFields()) {
            if (f.location() == MarshallLocation.PAYLOAD) {
                Object v = fromXml(f, element);
                if (v != null) {
                    f.set(builder, v);
                }
            }
        }
    }

    /** The member {@code f} of {@code parent}, read from its child elements. */
    private static Object fromXml(SdkField<?> f, Element parent) throws WireException {
        String name = f.locationName();
        MarshallingType<?> t = f.marshallingType();
        if (t == MarshallingType.LIST) {
            ListTrait trait = f.getTrait(ListTrait.class, TraitType.LIST_TRAIT);
            List<Element> items;
            if (trait.isFlattened()) {
                items = children(parent, name);
            } else {
                List<Element> wrapper = children(parent, name);
                if (wrapper.isEmpty()) {
                    return null;
                }
                String member = trait.memberLocationName() == null ? "member" : trait.memberLocationName();
                items = children(wrapper.get(0), member);
            }
            if (items.isEmpty()) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (Element item : items) {
                out.add(value(trait.memberFieldInfo(), item));
            }
            return out;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : value(f, found.get(0));
    }

    private static Object value(SdkField<?> f, Element e) throws WireException {
        if (f.marshallingType() == MarshallingType.SDK_POJO) {
            SdkPojo nested = f.constructor().get();
            fill(nested, e);
            return ((SdkBuilder<?, ?>) nested).build();
        }
        return scalar(f, e.getTextContent());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The body's root element, parsed without DTDs or external entities. */
    private static Element parse(byte[] body) throws WireException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new WireException(
                    400,
                    "MalformedXML",
                    "The XML you provided was not well-formed or did not validate against our published schema");
        }
    }

    /**
     * An S3 response: header members as headers (timestamps as HTTP dates, {@code Metadata} as {@code x-amz-meta-}),
     * the payload member as the body, or the other payload members under {@code root} as an XML document.
     */
    static Written write(SdkPojo response, String root, byte[] streamed) {
        Map<String, String> headers = new LinkedHashMap<>();
        String contentType = "application/xml";
        StringBuilder xml = new StringBuilder();
        byte[] body = streamed;
        for (SdkField<?> f : response.sdkFields()) {
            Object v = f.getValueOrDefault(response);
            if (v == null || v instanceof SdkAutoConstructMap || v instanceof SdkAutoConstructList) {
                continue;
            }
            MarshallLocation where = f.location();
            if (where == MarshallLocation.HEADER) {
                String name = f.locationName();
                if (v instanceof Map<?, ?> m) {
                    m.forEach((k, item) -> headers.put(name + k, String.valueOf(item)));
                } else if (name.equalsIgnoreCase("Content-Type")) {
                    contentType = String.valueOf(v);
                } else {
                    // Content-Length too: a HEAD answer has no body for the server to count (HeadObject).
                    headers.put(
                            name,
                            v instanceof Instant i ? HTTP_DATE.format(i) : Scalars.format(f.marshallingType(), v));
                }
            } else if (where == MarshallLocation.PAYLOAD) {
                if (f.containsTrait(PayloadTrait.class, TraitType.PAYLOAD_TRAIT)) {
                    if (v instanceof String s) {
                        body = s.getBytes(StandardCharsets.UTF_8);
                    } else if (v instanceof SdkBytes b) {
                        body = b.asByteArray();
                    } else if (v instanceof SdkPojo p) {
                        StringBuilder nested = new StringBuilder();
                        XmlWriter.members(p, nested);
                        body = document(f.locationName(), nested);
                    }
                } else {
                    XmlWriter.element(f, f.unmarshallLocationName(), v, xml);
                }
            }
        }
        if (xml.length() > 0) {
            body = document(root, xml);
        }
        return new Written(
                200, body == null ? "application/xml" : contentType, headers, body == null ? new byte[0] : body);
    }

    private static byte[] document(String root, StringBuilder members) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\""
                        + WireProtocol.S3_REST.xmlNamespace() + "\">" + members + "</" + root + ">")
                .getBytes(StandardCharsets.UTF_8);
    }
}
