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
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructMap;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The Group structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class Group implements SdkPojo, ToCopyableBuilder<Group.Builder, Group> {
    private static final SdkField<java.util.List<String>> KEYS_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("Keys")
            .getter(getter(Group::keys))
            .setter(setter(Builder::keys))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("Keys")
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
    private static final SdkField<java.util.Map<String, MetricValue>> METRICS_FIELD =
            SdkField.<java.util.Map<String, MetricValue>>builder(MarshallingType.MAP)
                    .memberName("Metrics")
                    .getter(getter(Group::metrics))
                    .setter(setter(Builder::metrics))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("Metrics")
                                    .build(),
                            MapTrait.builder()
                                    .keyLocationName("key")
                                    .valueLocationName("value")
                                    .valueFieldInfo(SdkField.<MetricValue>builder(MarshallingType.SDK_POJO)
                                            .constructor(MetricValue::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("value")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(KEYS_FIELD, METRICS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<String> keys;
    private final java.util.Map<String, MetricValue> metrics;

    private Group(BuilderImpl builder) {
        this.keys = builder.keys;
        this.metrics = builder.metrics;
    }

    public final java.util.List<String> keys() {
        return keys;
    }
    /** Whether the Keys member was set (the SDK's auto-construct convention). */
    public final boolean hasKeys() {
        return keys != null && !(keys instanceof SdkAutoConstructList);
    }

    public final java.util.Map<String, MetricValue> metrics() {
        return metrics;
    }
    /** Whether the Metrics member was set (the SDK's auto-construct convention). */
    public final boolean hasMetrics() {
        return metrics != null && !(metrics instanceof SdkAutoConstructMap);
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
        return Objects.hash(keys(), metrics());
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
        if (!(obj instanceof Group other)) {
            return false;
        }
        return Objects.equals(keys(), other.keys()) && Objects.equals(metrics(), other.metrics());
    }

    @Override
    public final String toString() {
        return ToString.builder("Group")
                .add("Keys", keys())
                .add("Metrics", metrics())
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
        map.put("Keys", KEYS_FIELD);
        map.put("Metrics", METRICS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<Group, T> g) {
        return obj -> g.apply((Group) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, Group> {
        Builder keys(java.util.List<String> keys);

        Builder keys(String... keys);

        Builder metrics(java.util.Map<String, MetricValue> metrics);
    }

    static final class BuilderImpl implements Builder {
        private java.util.List<String> keys = DefaultSdkAutoConstructList.getInstance();
        private java.util.Map<String, MetricValue> metrics = DefaultSdkAutoConstructMap.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(Group model) {
            keys(model.keys);
            metrics(model.metrics);
        }

        @Override
        public final Builder keys(java.util.List<String> keys) {
            this.keys = keys == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
            return this;
        }

        @Override
        public final Builder keys(String... keys) {
            return keys(Arrays.asList(keys));
        }

        @Override
        public final Builder metrics(java.util.Map<String, MetricValue> metrics) {
            this.metrics = metrics == null
                    ? DefaultSdkAutoConstructMap.getInstance()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
            return this;
        }

        @Override
        public Group build() {
            return new Group(this);
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
