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
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The Coverage structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class Coverage implements SdkPojo, ToCopyableBuilder<Coverage.Builder, Coverage> {
    private static final SdkField<CoverageHours> COVERAGE_HOURS_FIELD = SdkField.<CoverageHours>builder(
                    MarshallingType.SDK_POJO)
            .memberName("CoverageHours")
            .getter(getter(Coverage::coverageHours))
            .setter(setter(Builder::coverageHours))
            .constructor(CoverageHours::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("CoverageHours")
                    .build())
            .build();
    private static final SdkField<CoverageNormalizedUnits> COVERAGE_NORMALIZED_UNITS_FIELD =
            SdkField.<CoverageNormalizedUnits>builder(MarshallingType.SDK_POJO)
                    .memberName("CoverageNormalizedUnits")
                    .getter(getter(Coverage::coverageNormalizedUnits))
                    .setter(setter(Builder::coverageNormalizedUnits))
                    .constructor(CoverageNormalizedUnits::builder)
                    .traits(LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("CoverageNormalizedUnits")
                            .build())
                    .build();
    private static final SdkField<CoverageCost> COVERAGE_COST_FIELD = SdkField.<CoverageCost>builder(
                    MarshallingType.SDK_POJO)
            .memberName("CoverageCost")
            .getter(getter(Coverage::coverageCost))
            .setter(setter(Builder::coverageCost))
            .constructor(CoverageCost::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("CoverageCost")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(COVERAGE_HOURS_FIELD, COVERAGE_NORMALIZED_UNITS_FIELD, COVERAGE_COST_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final CoverageHours coverageHours;
    private final CoverageNormalizedUnits coverageNormalizedUnits;
    private final CoverageCost coverageCost;

    private Coverage(BuilderImpl builder) {
        this.coverageHours = builder.coverageHours;
        this.coverageNormalizedUnits = builder.coverageNormalizedUnits;
        this.coverageCost = builder.coverageCost;
    }

    public final CoverageHours coverageHours() {
        return coverageHours;
    }

    public final CoverageNormalizedUnits coverageNormalizedUnits() {
        return coverageNormalizedUnits;
    }

    public final CoverageCost coverageCost() {
        return coverageCost;
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
        return Objects.hash(coverageHours(), coverageNormalizedUnits(), coverageCost());
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
        if (!(obj instanceof Coverage other)) {
            return false;
        }
        return Objects.equals(coverageHours(), other.coverageHours())
                && Objects.equals(coverageNormalizedUnits(), other.coverageNormalizedUnits())
                && Objects.equals(coverageCost(), other.coverageCost());
    }

    @Override
    public final String toString() {
        return ToString.builder("Coverage")
                .add("CoverageHours", coverageHours())
                .add("CoverageNormalizedUnits", coverageNormalizedUnits())
                .add("CoverageCost", coverageCost())
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
        map.put("CoverageHours", COVERAGE_HOURS_FIELD);
        map.put("CoverageNormalizedUnits", COVERAGE_NORMALIZED_UNITS_FIELD);
        map.put("CoverageCost", COVERAGE_COST_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<Coverage, T> g) {
        return obj -> g.apply((Coverage) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, Coverage> {
        Builder coverageHours(CoverageHours coverageHours);

        default Builder coverageHours(Consumer<CoverageHours.Builder> coverageHours) {
            return coverageHours(
                    CoverageHours.builder().applyMutation(coverageHours).build());
        }

        Builder coverageNormalizedUnits(CoverageNormalizedUnits coverageNormalizedUnits);

        default Builder coverageNormalizedUnits(Consumer<CoverageNormalizedUnits.Builder> coverageNormalizedUnits) {
            return coverageNormalizedUnits(CoverageNormalizedUnits.builder()
                    .applyMutation(coverageNormalizedUnits)
                    .build());
        }

        Builder coverageCost(CoverageCost coverageCost);

        default Builder coverageCost(Consumer<CoverageCost.Builder> coverageCost) {
            return coverageCost(
                    CoverageCost.builder().applyMutation(coverageCost).build());
        }
    }

    static final class BuilderImpl implements Builder {
        private CoverageHours coverageHours;
        private CoverageNormalizedUnits coverageNormalizedUnits;
        private CoverageCost coverageCost;

        private BuilderImpl() {}

        private BuilderImpl(Coverage model) {
            coverageHours(model.coverageHours);
            coverageNormalizedUnits(model.coverageNormalizedUnits);
            coverageCost(model.coverageCost);
        }

        @Override
        public final Builder coverageHours(CoverageHours coverageHours) {
            this.coverageHours = coverageHours;
            return this;
        }

        @Override
        public final Builder coverageNormalizedUnits(CoverageNormalizedUnits coverageNormalizedUnits) {
            this.coverageNormalizedUnits = coverageNormalizedUnits;
            return this;
        }

        @Override
        public final Builder coverageCost(CoverageCost coverageCost) {
            this.coverageCost = coverageCost;
            return this;
        }

        @Override
        public Coverage build() {
            return new Coverage(this);
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
