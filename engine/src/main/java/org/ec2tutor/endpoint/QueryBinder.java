package org.ec2tutor.endpoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Query parameters ({@code ImageId=ami-1&InstanceId.1=i-1&Filter.1.Value.1=x}) to an SDK request, by the request's
 * own field metadata: each field is looked up under its {@code LocationTrait} name (which the SDK's codegen sets to
 * EC2's query name), structures as {@code Name.Member}, lists by {@link WireProtocol#listEntry}, maps as
 * {@code Name.N.Key}/{@code Name.N.Value}. The inverse of the SDK's query marshaller; a parameter no field reads is an
 * {@code UnknownParameter}, a value of the wrong type an {@code InvalidParameterValue}.
 */
final class QueryBinder {

    private final WireProtocol protocol;
    private final Map<String, String> params;
    private final Set<String> used = new HashSet<>();

    private QueryBinder(WireProtocol protocol, Map<String, String> params) {
        this.protocol = protocol;
        this.params = params;
    }

    /**
     * Fills {@code builder} (a request builder, itself an SdkPojo) from {@code params} and builds the request.
     * {@code Action} and {@code Version} are the caller's.
     */
    static Object bind(WireProtocol protocol, SdkPojo builder, Map<String, String> params) throws WireException {
        QueryBinder b = new QueryBinder(protocol, params);
        b.used.add("Action");
        b.used.add("Version");
        b.fill(builder, "");
        for (String name : params.keySet()) {
            if (!b.used.contains(name)) {
                throw error(protocol.unknownParameter(name));
            }
        }
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private void fill(SdkPojo builder, String prefix) throws WireException {
        for (SdkField<?> f : builder.sdkFields()) {
            Object v = value(f, prefix + f.locationName());
            if (v != null) {
                f.set(builder, v);
            }
        }
    }

    private Object value(SdkField<?> f, String name) throws WireException {
        MarshallingType<?> type = f.marshallingType();
        if (type == MarshallingType.LIST) {
            return list(f.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo(), name);
        }
        if (type == MarshallingType.MAP) {
            return map(f.getTrait(MapTrait.class, TraitType.MAP_TRAIT), name);
        }
        if (type == MarshallingType.SDK_POJO) {
            if (!hasChildren(name)) {
                return null;
            }
            SdkPojo nested = f.constructor().get();
            fill(nested, name + ".");
            return ((SdkBuilder<?, ?>) nested).build();
        }
        String raw = params.get(name);
        if (raw == null) {
            return null;
        }
        used.add(name);
        Optional<Object> parsed = Scalars.parse(type, raw);
        if (parsed.isEmpty()) {
            throw error(protocol.invalidValue(name, raw));
        }
        return parsed.get();
    }

    private List<Object> list(SdkField<?> member, String name) throws WireException {
        String empty = params.get(name);
        if (empty != null && empty.isEmpty()) {
            used.add(name);
            return new ArrayList<>();
        }
        Set<Integer> indices = indices(protocol.listPrefix(name));
        if (indices.isEmpty()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (int i : indices) {
            Object v = value(member, protocol.listEntry(name, i));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private Map<String, Object> map(MapTrait trait, String name) throws WireException {
        Set<Integer> indices = indices(protocol.mapPrefix(name));
        if (indices.isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i : indices) {
            String entry = protocol.mapPrefix(name) + i + ".";
            String key = params.get(entry + trait.keyLocationName());
            if (key == null) {
                throw error(protocol.invalidValue(entry + trait.keyLocationName(), ""));
            }
            used.add(entry + trait.keyLocationName());
            out.put(key, value(trait.valueFieldInfo(), entry + trait.valueLocationName()));
        }
        return out;
    }

    /** The indices N present right after {@code prefix} ({@code Name.N}, {@code Name.member.N.Key}), in order. */
    private Set<Integer> indices(String prefix) throws WireException {
        Set<Integer> out = new TreeSet<>();
        for (String key : params.keySet()) {
            if (key.startsWith(prefix)) {
                int end = key.indexOf('.', prefix.length());
                String digits = key.substring(prefix.length(), end < 0 ? key.length() : end);
                try {
                    int n = Integer.parseInt(digits);
                    if (n < 1) {
                        throw error(protocol.unknownParameter(key));
                    }
                    out.add(n);
                } catch (NumberFormatException e) {
                    throw error(protocol.unknownParameter(key));
                }
            }
        }
        return out;
    }

    private boolean hasChildren(String name) {
        String prefix = name + ".";
        for (String key : params.keySet()) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static WireException error(WireError e) {
        return new WireException(e);
    }
}
