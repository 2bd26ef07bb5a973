package org.ec2tutor.sdk.model.config;

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

/** The ComplianceContributorCount structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class ComplianceContributorCount
        implements SdkPojo, ToCopyableBuilder<ComplianceContributorCount.Builder, ComplianceContributorCount> {
    private static final SdkField<Integer> CAPPED_COUNT_FIELD = SdkField.<Integer>builder(MarshallingType.INTEGER)
            .memberName("CappedCount")
            .getter(getter(ComplianceContributorCount::cappedCount))
            .setter(setter(Builder::cappedCount))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("CappedCount")
                    .build())
            .build();
    private static final SdkField<Boolean> CAP_EXCEEDED_FIELD = SdkField.<Boolean>builder(MarshallingType.BOOLEAN)
            .memberName("CapExceeded")
            .getter(getter(ComplianceContributorCount::capExceeded))
            .setter(setter(Builder::capExceeded))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("CapExceeded")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(CAPPED_COUNT_FIELD, CAP_EXCEEDED_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final Integer cappedCount;
    private final Boolean capExceeded;

    private ComplianceContributorCount(BuilderImpl builder) {
        this.cappedCount = builder.cappedCount;
        this.capExceeded = builder.capExceeded;
    }

    public final Integer cappedCount() {
        return cappedCount;
    }

    public final Boolean capExceeded() {
        return capExceeded;
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
        return Objects.hash(cappedCount(), capExceeded());
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
        if (!(obj instanceof ComplianceContributorCount other)) {
            return false;
        }
        return Objects.equals(cappedCount(), other.cappedCount()) && Objects.equals(capExceeded(), other.capExceeded());
    }

    @Override
    public final String toString() {
        return ToString.builder("ComplianceContributorCount")
                .add("CappedCount", cappedCount())
                .add("CapExceeded", capExceeded())
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
        map.put("CappedCount", CAPPED_COUNT_FIELD);
        map.put("CapExceeded", CAP_EXCEEDED_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<ComplianceContributorCount, T> g) {
        return obj -> g.apply((ComplianceContributorCount) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, ComplianceContributorCount> {
        Builder cappedCount(Integer cappedCount);

        Builder capExceeded(Boolean capExceeded);
    }

    static final class BuilderImpl implements Builder {
        private Integer cappedCount;
        private Boolean capExceeded;

        private BuilderImpl() {}

        private BuilderImpl(ComplianceContributorCount model) {
            cappedCount(model.cappedCount);
            capExceeded(model.capExceeded);
        }

        @Override
        public final Builder cappedCount(Integer cappedCount) {
            this.cappedCount = cappedCount;
            return this;
        }

        @Override
        public final Builder capExceeded(Boolean capExceeded) {
            this.capExceeded = capExceeded;
            return this;
        }

        @Override
        public ComplianceContributorCount build() {
            return new ComplianceContributorCount(this);
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
