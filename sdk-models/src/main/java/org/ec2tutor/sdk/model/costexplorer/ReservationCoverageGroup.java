package org.ec2tutor.sdk.model.costexplorer;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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

/** The ReservationCoverageGroup structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class ReservationCoverageGroup
        implements SdkPojo, ToCopyableBuilder<ReservationCoverageGroup.Builder, ReservationCoverageGroup> {
    private static final SdkField<java.util.Map<String, String>> ATTRIBUTES_FIELD =
            SdkField.<java.util.Map<String, String>>builder(MarshallingType.MAP)
                    .memberName("Attributes")
                    .getter(getter(ReservationCoverageGroup::attributes))
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
    private static final SdkField<Coverage> COVERAGE_FIELD = SdkField.<Coverage>builder(MarshallingType.SDK_POJO)
            .memberName("Coverage")
            .getter(getter(ReservationCoverageGroup::coverage))
            .setter(setter(Builder::coverage))
            .constructor(Coverage::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Coverage")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(ATTRIBUTES_FIELD, COVERAGE_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.Map<String, String> attributes;
    private final Coverage coverage;

    private ReservationCoverageGroup(BuilderImpl builder) {
        this.attributes = builder.attributes;
        this.coverage = builder.coverage;
    }

    public final java.util.Map<String, String> attributes() {
        return attributes;
    }
    /** Whether the Attributes member was set (the SDK's auto-construct convention). */
    public final boolean hasAttributes() {
        return attributes != null && !(attributes instanceof SdkAutoConstructMap);
    }

    public final Coverage coverage() {
        return coverage;
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
        return Objects.hash(attributes(), coverage());
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
        if (!(obj instanceof ReservationCoverageGroup other)) {
            return false;
        }
        return Objects.equals(attributes(), other.attributes()) && Objects.equals(coverage(), other.coverage());
    }

    @Override
    public final String toString() {
        return ToString.builder("ReservationCoverageGroup")
                .add("Attributes", attributes())
                .add("Coverage", coverage())
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
        map.put("Attributes", ATTRIBUTES_FIELD);
        map.put("Coverage", COVERAGE_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<ReservationCoverageGroup, T> g) {
        return obj -> g.apply((ReservationCoverageGroup) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, ReservationCoverageGroup> {
        Builder attributes(java.util.Map<String, String> attributes);

        Builder coverage(Coverage coverage);

        default Builder coverage(Consumer<Coverage.Builder> coverage) {
            return coverage(Coverage.builder().applyMutation(coverage).build());
        }
    }

    static final class BuilderImpl implements Builder {
        private java.util.Map<String, String> attributes = DefaultSdkAutoConstructMap.getInstance();
        private Coverage coverage;

        private BuilderImpl() {}

        private BuilderImpl(ReservationCoverageGroup model) {
            attributes(model.attributes);
            coverage(model.coverage);
        }

        @Override
        public final Builder attributes(java.util.Map<String, String> attributes) {
            this.attributes = attributes == null
                    ? DefaultSdkAutoConstructMap.getInstance()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
            return this;
        }

        @Override
        public final Builder coverage(Coverage coverage) {
            this.coverage = coverage;
            return this;
        }

        @Override
        public ReservationCoverageGroup build() {
            return new ReservationCoverageGroup(this);
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
