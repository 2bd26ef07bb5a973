package org.ec2tutor.sdk.model.savingsplans;

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
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The SavingsPlanFilter structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class SavingsPlanFilter
        implements SdkPojo, ToCopyableBuilder<SavingsPlanFilter.Builder, SavingsPlanFilter> {
    private static final SdkField<String> NAME_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("name")
            .getter(getter(SavingsPlanFilter::name))
            .setter(setter(Builder::name))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("name")
                    .build())
            .build();
    private static final SdkField<java.util.List<String>> VALUES_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("values")
            .getter(getter(SavingsPlanFilter::values))
            .setter(setter(Builder::values))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("values")
                            .build(),
                    ListTrait.builder()
                            .memberLocationName(null)
                            .memberFieldInfo(SdkField.<String>builder(MarshallingType.STRING)
                                    .traits(LocationTrait.builder()
                                            .location(MarshallLocation.PAYLOAD)
                                            .locationName("member")
                                            .build())
                                    .build())
                            .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(NAME_FIELD, VALUES_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String name;
    private final java.util.List<String> values;

    private SavingsPlanFilter(BuilderImpl builder) {
        this.name = builder.name;
        this.values = builder.values;
    }

    public final String name() {
        return name;
    }

    public final java.util.List<String> values() {
        return values;
    }
    /** Whether the values member was set (the SDK's auto-construct convention). */
    public final boolean hasValues() {
        return values != null && !(values instanceof SdkAutoConstructList);
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
        return Objects.hash(name(), values());
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
        if (!(obj instanceof SavingsPlanFilter other)) {
            return false;
        }
        return Objects.equals(name(), other.name()) && Objects.equals(values(), other.values());
    }

    @Override
    public final String toString() {
        return ToString.builder("SavingsPlanFilter")
                .add("name", name())
                .add("values", values())
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
        map.put("name", NAME_FIELD);
        map.put("values", VALUES_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<SavingsPlanFilter, T> g) {
        return obj -> g.apply((SavingsPlanFilter) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, SavingsPlanFilter> {
        Builder name(String name);

        Builder values(java.util.List<String> values);

        Builder values(String... values);
    }

    static final class BuilderImpl implements Builder {
        private String name;
        private java.util.List<String> values = DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(SavingsPlanFilter model) {
            name(model.name);
            values(model.values);
        }

        @Override
        public final Builder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public final Builder values(java.util.List<String> values) {
            this.values = values == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            return this;
        }

        @Override
        public final Builder values(String... values) {
            return values(Arrays.asList(values));
        }

        @Override
        public SavingsPlanFilter build() {
            return new SavingsPlanFilter(this);
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
