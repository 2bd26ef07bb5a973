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

/** The CoverageHours structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class CoverageHours implements SdkPojo, ToCopyableBuilder<CoverageHours.Builder, CoverageHours> {
    private static final SdkField<String> ON_DEMAND_HOURS_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("OnDemandHours")
            .getter(getter(CoverageHours::onDemandHours))
            .setter(setter(Builder::onDemandHours))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("OnDemandHours")
                    .build())
            .build();
    private static final SdkField<String> RESERVED_HOURS_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ReservedHours")
            .getter(getter(CoverageHours::reservedHours))
            .setter(setter(Builder::reservedHours))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ReservedHours")
                    .build())
            .build();
    private static final SdkField<String> TOTAL_RUNNING_HOURS_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("TotalRunningHours")
            .getter(getter(CoverageHours::totalRunningHours))
            .setter(setter(Builder::totalRunningHours))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("TotalRunningHours")
                    .build())
            .build();
    private static final SdkField<String> COVERAGE_HOURS_PERCENTAGE_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("CoverageHoursPercentage")
            .getter(getter(CoverageHours::coverageHoursPercentage))
            .setter(setter(Builder::coverageHoursPercentage))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("CoverageHoursPercentage")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            ON_DEMAND_HOURS_FIELD, RESERVED_HOURS_FIELD, TOTAL_RUNNING_HOURS_FIELD, COVERAGE_HOURS_PERCENTAGE_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String onDemandHours;
    private final String reservedHours;
    private final String totalRunningHours;
    private final String coverageHoursPercentage;

    private CoverageHours(BuilderImpl builder) {
        this.onDemandHours = builder.onDemandHours;
        this.reservedHours = builder.reservedHours;
        this.totalRunningHours = builder.totalRunningHours;
        this.coverageHoursPercentage = builder.coverageHoursPercentage;
    }

    public final String onDemandHours() {
        return onDemandHours;
    }

    public final String reservedHours() {
        return reservedHours;
    }

    public final String totalRunningHours() {
        return totalRunningHours;
    }

    public final String coverageHoursPercentage() {
        return coverageHoursPercentage;
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
        return Objects.hash(onDemandHours(), reservedHours(), totalRunningHours(), coverageHoursPercentage());
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
        if (!(obj instanceof CoverageHours other)) {
            return false;
        }
        return Objects.equals(onDemandHours(), other.onDemandHours())
                && Objects.equals(reservedHours(), other.reservedHours())
                && Objects.equals(totalRunningHours(), other.totalRunningHours())
                && Objects.equals(coverageHoursPercentage(), other.coverageHoursPercentage());
    }

    @Override
    public final String toString() {
        return ToString.builder("CoverageHours")
                .add("OnDemandHours", onDemandHours())
                .add("ReservedHours", reservedHours())
                .add("TotalRunningHours", totalRunningHours())
                .add("CoverageHoursPercentage", coverageHoursPercentage())
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
        map.put("OnDemandHours", ON_DEMAND_HOURS_FIELD);
        map.put("ReservedHours", RESERVED_HOURS_FIELD);
        map.put("TotalRunningHours", TOTAL_RUNNING_HOURS_FIELD);
        map.put("CoverageHoursPercentage", COVERAGE_HOURS_PERCENTAGE_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<CoverageHours, T> g) {
        return obj -> g.apply((CoverageHours) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, CoverageHours> {
        Builder onDemandHours(String onDemandHours);

        Builder reservedHours(String reservedHours);

        Builder totalRunningHours(String totalRunningHours);

        Builder coverageHoursPercentage(String coverageHoursPercentage);
    }

    static final class BuilderImpl implements Builder {
        private String onDemandHours;
        private String reservedHours;
        private String totalRunningHours;
        private String coverageHoursPercentage;

        private BuilderImpl() {}

        private BuilderImpl(CoverageHours model) {
            onDemandHours(model.onDemandHours);
            reservedHours(model.reservedHours);
            totalRunningHours(model.totalRunningHours);
            coverageHoursPercentage(model.coverageHoursPercentage);
        }

        @Override
        public final Builder onDemandHours(String onDemandHours) {
            this.onDemandHours = onDemandHours;
            return this;
        }

        @Override
        public final Builder reservedHours(String reservedHours) {
            this.reservedHours = reservedHours;
            return this;
        }

        @Override
        public final Builder totalRunningHours(String totalRunningHours) {
            this.totalRunningHours = totalRunningHours;
            return this;
        }

        @Override
        public final Builder coverageHoursPercentage(String coverageHoursPercentage) {
            this.coverageHoursPercentage = coverageHoursPercentage;
            return this;
        }

        @Override
        public CoverageHours build() {
            return new CoverageHours(this);
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
