package org.ec2tutor.sdk.model.costexplorer;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructMap;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The DimensionValuesWithAttributes structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DimensionValuesWithAttributes
        implements SdkPojo, ToCopyableBuilder<DimensionValuesWithAttributes.Builder, DimensionValuesWithAttributes> {
    private static final SdkField<String> VALUE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Value")
            .getter(getter(DimensionValuesWithAttributes::value))
            .setter(setter(Builder::value))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Value")
                    .build())
            .build();
    private static final SdkField<java.util.Map<String, String>> ATTRIBUTES_FIELD =
            SdkField.<java.util.Map<String, String>>builder(MarshallingType.MAP)
                    .memberName("Attributes")
                    .getter(getter(DimensionValuesWithAttributes::attributes))
                    .setter(setter(Builder::attributes))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("Attributes")
                                    .build(),
                            MapTrait.builder()
                                    .keyLocationName("key")
                                    .valueLocationName("value")
                                    .valueFieldInfo(SdkField.<String>builder(MarshallingType.STRING)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("value")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(VALUE_FIELD, ATTRIBUTES_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String value;
    private final java.util.Map<String, String> attributes;

    private DimensionValuesWithAttributes(BuilderImpl builder) {
        this.value = builder.value;
        this.attributes = builder.attributes;
    }

    public final String value() {
        return value;
    }

    public final java.util.Map<String, String> attributes() {
        return attributes;
    }
    /** Whether the Attributes member was set (the SDK's auto-construct convention). */
    public final boolean hasAttributes() {
        return attributes != null && !(attributes instanceof SdkAutoConstructMap);
    }

    @Override
    public Builder toBuilder() {
        return new BuilderImpl(this);
    }

    public static Builder builder() {
        return new BuilderImpl();
    }

    public static Class<? extends Builder> serializableBuilderClass() {
        return BuilderImpl.class;
    }

    @Override
    public final int hashCode() {
        return Objects.hash(value(), attributes());
    }

    @Override
    public final boolean equals(Object obj) {
        return equalsBySdkFields(obj);
    }

    @Override
    public final boolean equalsBySdkFields(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DimensionValuesWithAttributes other)) {
            return false;
        }
        return Objects.equals(value(), other.value()) && Objects.equals(attributes(), other.attributes());
    }

    @Override
    public final String toString() {
        return ToString.builder("DimensionValuesWithAttributes")
                .add("Value", value())
                .add("Attributes", attributes())
                .build();
    }

    public final <T> Optional<T> getValueForField(String fieldName, Class<T> clazz) {
        SdkField<?> field = SDK_NAME_TO_FIELD.get(fieldName);
        return field == null ? Optional.empty() : Optional.ofNullable(clazz.cast(field.getValueOrDefault(this)));
    }

    @Override
    public final List<SdkField<?>> sdkFields() {
        return SDK_FIELDS;
    }

    @Override
    public final Map<String, SdkField<?>> sdkFieldNameToField() {
        return SDK_NAME_TO_FIELD;
    }

    private static Map<String, SdkField<?>> memberNameToFieldInitializer() {
        Map<String, SdkField<?>> map = new HashMap<>();
        map.put("Value", VALUE_FIELD);
        map.put("Attributes", ATTRIBUTES_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DimensionValuesWithAttributes, T> g) {
        return obj -> g.apply((DimensionValuesWithAttributes) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, DimensionValuesWithAttributes> {
        Builder value(String value);

        Builder attributes(java.util.Map<String, String> attributes);
    }

    static final class BuilderImpl implements Builder {
        private String value;
        private java.util.Map<String, String> attributes = DefaultSdkAutoConstructMap.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(DimensionValuesWithAttributes model) {
            value(model.value);
            attributes(model.attributes);
        }

        @Override
        public final Builder value(String value) {
            this.value = value;
            return this;
        }

        @Override
        public final Builder attributes(java.util.Map<String, String> attributes) {
            this.attributes = attributes == null
                    ? DefaultSdkAutoConstructMap.getInstance()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
            return this;
        }

        @Override
        public DimensionValuesWithAttributes build() {
            return new DimensionValuesWithAttributes(this);
        }

        @Override
        public List<SdkField<?>> sdkFields() {
            return SDK_FIELDS;
        }

        @Override
        public Map<String, SdkField<?>> sdkFieldNameToField() {
            return SDK_NAME_TO_FIELD;
        }
    }
}
