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
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The CostCategoryValues structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class CostCategoryValues
        implements SdkPojo, ToCopyableBuilder<CostCategoryValues.Builder, CostCategoryValues> {
    private static final SdkField<String> KEY_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Key")
            .getter(getter(CostCategoryValues::key))
            .setter(setter(Builder::key))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Key")
                    .build())
            .build();
    private static final SdkField<java.util.List<String>> VALUES_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("Values")
            .getter(getter(CostCategoryValues::values))
            .setter(setter(Builder::values))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("Values")
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
    private static final SdkField<java.util.List<String>> MATCH_OPTIONS_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("MatchOptions")
                    .getter(getter(CostCategoryValues::matchOptions))
                    .setter(setter(Builder::matchOptions))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("MatchOptions")
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
            Collections.unmodifiableList(Arrays.asList(KEY_FIELD, VALUES_FIELD, MATCH_OPTIONS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String key;
    private final java.util.List<String> values;
    private final java.util.List<String> matchOptions;

    private CostCategoryValues(BuilderImpl builder) {
        this.key = builder.key;
        this.values = builder.values;
        this.matchOptions = builder.matchOptions;
    }

    public final String key() {
        return key;
    }

    public final java.util.List<String> values() {
        return values;
    }
    /** Whether the Values member was set (the SDK's auto-construct convention). */
    public final boolean hasValues() {
        return values != null && !(values instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> matchOptions() {
        return matchOptions;
    }
    /** Whether the MatchOptions member was set (the SDK's auto-construct convention). */
    public final boolean hasMatchOptions() {
        return matchOptions != null && !(matchOptions instanceof SdkAutoConstructList);
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
        return Objects.hash(key(), values(), matchOptions());
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
        if (!(obj instanceof CostCategoryValues other)) {
            return false;
        }
        return Objects.equals(key(), other.key())
                && Objects.equals(values(), other.values())
                && Objects.equals(matchOptions(), other.matchOptions());
    }

    @Override
    public final String toString() {
        return ToString.builder("CostCategoryValues")
                .add("Key", key())
                .add("Values", values())
                .add("MatchOptions", matchOptions())
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
        map.put("Key", KEY_FIELD);
        map.put("Values", VALUES_FIELD);
        map.put("MatchOptions", MATCH_OPTIONS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<CostCategoryValues, T> g) {
        return obj -> g.apply((CostCategoryValues) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, CostCategoryValues> {
        Builder key(String key);

        Builder values(java.util.List<String> values);

        Builder values(String... values);

        Builder matchOptions(java.util.List<String> matchOptions);

        Builder matchOptions(String... matchOptions);
    }

    static final class BuilderImpl implements Builder {
        private String key;
        private java.util.List<String> values = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> matchOptions = DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(CostCategoryValues model) {
            key(model.key);
            values(model.values);
            matchOptions(model.matchOptions);
        }

        @Override
        public final Builder key(String key) {
            this.key = key;
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
        public final Builder matchOptions(java.util.List<String> matchOptions) {
            this.matchOptions = matchOptions == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(matchOptions));
            return this;
        }

        @Override
        public final Builder matchOptions(String... matchOptions) {
            return matchOptions(Arrays.asList(matchOptions));
        }

        @Override
        public CostCategoryValues build() {
            return new CostCategoryValues(this);
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
