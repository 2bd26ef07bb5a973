package org.ec2tutor.sdk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.trail.TrailEvent;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.traits.DefaultValueTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * What a CloudTrail record shows of a call's request ({@code requestParameters}) and response
 * ({@code responseElements}), written from the SDK objects' field metadata, the same for every operation:
 * members by their wire names with a lower-case first letter; for EC2's query protocol lists as
 * {@code {"items":[...]}} and times as epoch milliseconds, as EC2's records show them; for the JSON and REST
 * services plain lists and ISO-8601 times. Binary members are left out, as CloudTrail leaves out bodies.
 * Read-only calls get no {@code responseElements}, as on AWS. Taken when the call is made (the result is plain
 * values; no SDK object is kept).
 */
final class TrailPayloads {

    /** How a service's records name and shape members. */
    enum Style {
        /** EC2: query names, {@code items} lists, epoch-millisecond times. */
        QUERY,
        /** JSON and REST services: member names, plain lists, ISO times. */
        PLAIN
    }

    private TrailPayloads() {}

    /** The record details of a call that succeeded. */
    static ApiCall.Details succeeded(
            Style style, String operation, Object request, Object response, boolean managementEvent) {
        Object responseElements =
                TrailEvent.isReadOnly(operation) || !(response instanceof SdkPojo p) ? null : pojo(style, p, false);
        return new ApiCall.Details(
                parameters(style, request), responseElements, Optional.empty(), Optional.empty(), managementEvent);
    }

    /** The record details of a call the service refused. */
    static ApiCall.Details failed(
            Style style, Object request, AwsException e, String requestId, boolean managementEvent) {
        return new ApiCall.Details(
                parameters(style, request), null, Optional.of(e.getMessage()), Optional.of(requestId), managementEvent);
    }

    private static Object parameters(Style style, Object request) {
        return request instanceof SdkPojo p ? pojo(style, p, true) : null;
    }

    private static Map<String, Object> pojo(Style style, SdkPojo pojo, boolean request) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SdkField<?> f : pojo.sdkFields()) {
            Object v = value(style, raw(pojo, f), request);
            if (v != null) {
                out.put(name(style, f, request), v);
            }
        }
        return out;
    }

    /**
     * The member as the caller set it. {@code getValueOrDefault} would fill a default (the SDK draws a random UUID
     * for an idempotency token the caller left out), so those members are read through the request's own getter.
     */
    private static Object raw(SdkPojo pojo, SdkField<?> f) {
        if (!f.containsTrait(DefaultValueTrait.class)) {
            return f.getValueOrDefault(pojo);
        }
        return pojo instanceof SdkRequest r
                ? r.getValueForField(f.memberName(), Object.class).orElse(null)
                : null;
    }

    private static String name(Style style, SdkField<?> f, boolean request) {
        String wire = style == Style.QUERY ? (request ? f.locationName() : f.unmarshallLocationName()) : f.memberName();
        if (wire == null || wire.isEmpty()) {
            wire = f.memberName();
        }
        return Character.toLowerCase(wire.charAt(0)) + wire.substring(1);
    }

    private static Object value(Style style, Object v, boolean request) {
        if (v == null
                || v instanceof SdkBytes
                || v instanceof SdkAutoConstructList
                || v instanceof SdkAutoConstructMap) {
            return null;
        }
        if (v instanceof SdkPojo p) {
            return pojo(style, p, request);
        }
        if (v instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (Object item : list) {
                Object converted = value(style, item, request);
                if (converted != null) {
                    items.add(converted);
                }
            }
            return style == Style.QUERY ? Map.of("items", items) : items;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put(String.valueOf(k), value(style, x, request)));
            return out;
        }
        if (v instanceof Instant t) {
            return style == Style.QUERY ? (Object) t.toEpochMilli() : t.toString();
        }
        if (v instanceof String || v instanceof Boolean || v instanceof Number) {
            return v;
        }
        return v.toString();
    }
}
