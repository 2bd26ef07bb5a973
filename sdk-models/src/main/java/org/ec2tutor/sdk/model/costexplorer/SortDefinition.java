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
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The SortDefinition structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class SortDefinition implements SdkPojo, ToCopyableBuilder<SortDefinition.Builder, SortDefinition> {
    private static final SdkField<String> KEY_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Key")
            .getter(getter(SortDefinition::key))
            .setter(setter(Builder::key))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Key")
                    .build())
            .build();
    private static final SdkField<String> SORT_ORDER_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("SortOrder")
            .getter(getter(SortDefinition::sortOrder))
            .setter(setter(Builder::sortOrder))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("SortOrder")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(KEY_FIELD, SORT_ORDER_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String key;
    private final String sortOrder;

    private SortDefinition(BuilderImpl builder) {
        this.key = builder.key;
        this.sortOrder = builder.sortOrder;
    }

    public final String key() {
        return key;
    }

    public final String sortOrder() {
        return sortOrder;
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
        return Objects.hash(key(), sortOrder());
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
        if (!(obj instanceof SortDefinition other)) {
            return false;
        }
        return Objects.equals(key(), other.key()) && Objects.equals(sortOrder(), other.sortOrder());
    }

    @Override
    public final String toString() {
        return ToString.builder("SortDefinition")
                .add("Key", key())
                .add("SortOrder", sortOrder())
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
        map.put("SortOrder", SORT_ORDER_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<SortDefinition, T> g) {
        return obj -> g.apply((SortDefinition) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, SortDefinition> {
        Builder key(String key);

        Builder sortOrder(String sortOrder);
    }

    static final class BuilderImpl implements Builder {
        private String key;
        private String sortOrder;

        private BuilderImpl() {}

        private BuilderImpl(SortDefinition model) {
            key(model.key);
            sortOrder(model.sortOrder);
        }

        @Override
        public final Builder key(String key) {
            this.key = key;
            return this;
        }

        @Override
        public final Builder sortOrder(String sortOrder) {
            this.sortOrder = sortOrder;
            return this;
        }

        @Override
        public SortDefinition build() {
            return new SortDefinition(this);
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
