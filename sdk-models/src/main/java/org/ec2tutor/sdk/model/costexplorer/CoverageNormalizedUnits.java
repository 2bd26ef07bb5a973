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

/** The CoverageNormalizedUnits structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class CoverageNormalizedUnits
        implements SdkPojo, ToCopyableBuilder<CoverageNormalizedUnits.Builder, CoverageNormalizedUnits> {
    private static final SdkField<String> ON_DEMAND_NORMALIZED_UNITS_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("OnDemandNormalizedUnits")
            .getter(getter(CoverageNormalizedUnits::onDemandNormalizedUnits))
            .setter(setter(Builder::onDemandNormalizedUnits))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("OnDemandNormalizedUnits")
                    .build())
            .build();
    private static final SdkField<String> RESERVED_NORMALIZED_UNITS_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("ReservedNormalizedUnits")
            .getter(getter(CoverageNormalizedUnits::reservedNormalizedUnits))
            .setter(setter(Builder::reservedNormalizedUnits))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ReservedNormalizedUnits")
                    .build())
            .build();
    private static final SdkField<String> TOTAL_RUNNING_NORMALIZED_UNITS_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("TotalRunningNormalizedUnits")
            .getter(getter(CoverageNormalizedUnits::totalRunningNormalizedUnits))
            .setter(setter(Builder::totalRunningNormalizedUnits))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("TotalRunningNormalizedUnits")
                    .build())
            .build();
    private static final SdkField<String> COVERAGE_NORMALIZED_UNITS_PERCENTAGE_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("CoverageNormalizedUnitsPercentage")
            .getter(getter(CoverageNormalizedUnits::coverageNormalizedUnitsPercentage))
            .setter(setter(Builder::coverageNormalizedUnitsPercentage))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("CoverageNormalizedUnitsPercentage")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            ON_DEMAND_NORMALIZED_UNITS_FIELD,
            RESERVED_NORMALIZED_UNITS_FIELD,
            TOTAL_RUNNING_NORMALIZED_UNITS_FIELD,
            COVERAGE_NORMALIZED_UNITS_PERCENTAGE_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String onDemandNormalizedUnits;
    private final String reservedNormalizedUnits;
    private final String totalRunningNormalizedUnits;
    private final String coverageNormalizedUnitsPercentage;

    private CoverageNormalizedUnits(BuilderImpl builder) {
        this.onDemandNormalizedUnits = builder.onDemandNormalizedUnits;
        this.reservedNormalizedUnits = builder.reservedNormalizedUnits;
        this.totalRunningNormalizedUnits = builder.totalRunningNormalizedUnits;
        this.coverageNormalizedUnitsPercentage = builder.coverageNormalizedUnitsPercentage;
    }

    public final String onDemandNormalizedUnits() {
        return onDemandNormalizedUnits;
    }

    public final String reservedNormalizedUnits() {
        return reservedNormalizedUnits;
    }

    public final String totalRunningNormalizedUnits() {
        return totalRunningNormalizedUnits;
    }

    public final String coverageNormalizedUnitsPercentage() {
        return coverageNormalizedUnitsPercentage;
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
        return Objects.hash(
                onDemandNormalizedUnits(),
                reservedNormalizedUnits(),
                totalRunningNormalizedUnits(),
                coverageNormalizedUnitsPercentage());
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
        if (!(obj instanceof CoverageNormalizedUnits other)) {
            return false;
        }
        return Objects.equals(onDemandNormalizedUnits(), other.onDemandNormalizedUnits())
                && Objects.equals(reservedNormalizedUnits(), other.reservedNormalizedUnits())
                && Objects.equals(totalRunningNormalizedUnits(), other.totalRunningNormalizedUnits())
                && Objects.equals(coverageNormalizedUnitsPercentage(), other.coverageNormalizedUnitsPercentage());
    }

    @Override
    public final String toString() {
        return ToString.builder("CoverageNormalizedUnits")
                .add("OnDemandNormalizedUnits", onDemandNormalizedUnits())
                .add("ReservedNormalizedUnits", reservedNormalizedUnits())
                .add("TotalRunningNormalizedUnits", totalRunningNormalizedUnits())
                .add("CoverageNormalizedUnitsPercentage", coverageNormalizedUnitsPercentage())
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
        map.put("OnDemandNormalizedUnits", ON_DEMAND_NORMALIZED_UNITS_FIELD);
        map.put("ReservedNormalizedUnits", RESERVED_NORMALIZED_UNITS_FIELD);
        map.put("TotalRunningNormalizedUnits", TOTAL_RUNNING_NORMALIZED_UNITS_FIELD);
        map.put("CoverageNormalizedUnitsPercentage", COVERAGE_NORMALIZED_UNITS_PERCENTAGE_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<CoverageNormalizedUnits, T> g) {
        return obj -> g.apply((CoverageNormalizedUnits) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, CoverageNormalizedUnits> {
        Builder onDemandNormalizedUnits(String onDemandNormalizedUnits);

        Builder reservedNormalizedUnits(String reservedNormalizedUnits);

        Builder totalRunningNormalizedUnits(String totalRunningNormalizedUnits);

        Builder coverageNormalizedUnitsPercentage(String coverageNormalizedUnitsPercentage);
    }

    static final class BuilderImpl implements Builder {
        private String onDemandNormalizedUnits;
        private String reservedNormalizedUnits;
        private String totalRunningNormalizedUnits;
        private String coverageNormalizedUnitsPercentage;

        private BuilderImpl() {}

        private BuilderImpl(CoverageNormalizedUnits model) {
            onDemandNormalizedUnits(model.onDemandNormalizedUnits);
            reservedNormalizedUnits(model.reservedNormalizedUnits);
            totalRunningNormalizedUnits(model.totalRunningNormalizedUnits);
            coverageNormalizedUnitsPercentage(model.coverageNormalizedUnitsPercentage);
        }

        @Override
        public final Builder onDemandNormalizedUnits(String onDemandNormalizedUnits) {
            this.onDemandNormalizedUnits = onDemandNormalizedUnits;
            return this;
        }

        @Override
        public final Builder reservedNormalizedUnits(String reservedNormalizedUnits) {
            this.reservedNormalizedUnits = reservedNormalizedUnits;
            return this;
        }

        @Override
        public final Builder totalRunningNormalizedUnits(String totalRunningNormalizedUnits) {
            this.totalRunningNormalizedUnits = totalRunningNormalizedUnits;
            return this;
        }

        @Override
        public final Builder coverageNormalizedUnitsPercentage(String coverageNormalizedUnitsPercentage) {
            this.coverageNormalizedUnitsPercentage = coverageNormalizedUnitsPercentage;
            return this;
        }

        @Override
        public CoverageNormalizedUnits build() {
            return new CoverageNormalizedUnits(this);
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
