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

/** The SavingsPlansCoverageData structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class SavingsPlansCoverageData
        implements SdkPojo, ToCopyableBuilder<SavingsPlansCoverageData.Builder, SavingsPlansCoverageData> {
    private static final SdkField<String> SPEND_COVERED_BY_SAVINGS_PLANS_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("SpendCoveredBySavingsPlans")
            .getter(getter(SavingsPlansCoverageData::spendCoveredBySavingsPlans))
            .setter(setter(Builder::spendCoveredBySavingsPlans))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("SpendCoveredBySavingsPlans")
                    .build())
            .build();
    private static final SdkField<String> ON_DEMAND_COST_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("OnDemandCost")
            .getter(getter(SavingsPlansCoverageData::onDemandCost))
            .setter(setter(Builder::onDemandCost))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("OnDemandCost")
                    .build())
            .build();
    private static final SdkField<String> TOTAL_COST_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("TotalCost")
            .getter(getter(SavingsPlansCoverageData::totalCost))
            .setter(setter(Builder::totalCost))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("TotalCost")
                    .build())
            .build();
    private static final SdkField<String> COVERAGE_PERCENTAGE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("CoveragePercentage")
            .getter(getter(SavingsPlansCoverageData::coveragePercentage))
            .setter(setter(Builder::coveragePercentage))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("CoveragePercentage")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            SPEND_COVERED_BY_SAVINGS_PLANS_FIELD, ON_DEMAND_COST_FIELD, TOTAL_COST_FIELD, COVERAGE_PERCENTAGE_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String spendCoveredBySavingsPlans;
    private final String onDemandCost;
    private final String totalCost;
    private final String coveragePercentage;

    private SavingsPlansCoverageData(BuilderImpl builder) {
        this.spendCoveredBySavingsPlans = builder.spendCoveredBySavingsPlans;
        this.onDemandCost = builder.onDemandCost;
        this.totalCost = builder.totalCost;
        this.coveragePercentage = builder.coveragePercentage;
    }

    public final String spendCoveredBySavingsPlans() {
        return spendCoveredBySavingsPlans;
    }

    public final String onDemandCost() {
        return onDemandCost;
    }

    public final String totalCost() {
        return totalCost;
    }

    public final String coveragePercentage() {
        return coveragePercentage;
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
        return Objects.hash(spendCoveredBySavingsPlans(), onDemandCost(), totalCost(), coveragePercentage());
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
        if (!(obj instanceof SavingsPlansCoverageData other)) {
            return false;
        }
        return Objects.equals(spendCoveredBySavingsPlans(), other.spendCoveredBySavingsPlans())
                && Objects.equals(onDemandCost(), other.onDemandCost())
                && Objects.equals(totalCost(), other.totalCost())
                && Objects.equals(coveragePercentage(), other.coveragePercentage());
    }

    @Override
    public final String toString() {
        return ToString.builder("SavingsPlansCoverageData")
                .add("SpendCoveredBySavingsPlans", spendCoveredBySavingsPlans())
                .add("OnDemandCost", onDemandCost())
                .add("TotalCost", totalCost())
                .add("CoveragePercentage", coveragePercentage())
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
        map.put("SpendCoveredBySavingsPlans", SPEND_COVERED_BY_SAVINGS_PLANS_FIELD);
        map.put("OnDemandCost", ON_DEMAND_COST_FIELD);
        map.put("TotalCost", TOTAL_COST_FIELD);
        map.put("CoveragePercentage", COVERAGE_PERCENTAGE_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<SavingsPlansCoverageData, T> g) {
        return obj -> g.apply((SavingsPlansCoverageData) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, SavingsPlansCoverageData> {
        Builder spendCoveredBySavingsPlans(String spendCoveredBySavingsPlans);

        Builder onDemandCost(String onDemandCost);

        Builder totalCost(String totalCost);

        Builder coveragePercentage(String coveragePercentage);
    }

    static final class BuilderImpl implements Builder {
        private String spendCoveredBySavingsPlans;
        private String onDemandCost;
        private String totalCost;
        private String coveragePercentage;

        private BuilderImpl() {}

        private BuilderImpl(SavingsPlansCoverageData model) {
            spendCoveredBySavingsPlans(model.spendCoveredBySavingsPlans);
            onDemandCost(model.onDemandCost);
            totalCost(model.totalCost);
            coveragePercentage(model.coveragePercentage);
        }

        @Override
        public final Builder spendCoveredBySavingsPlans(String spendCoveredBySavingsPlans) {
            this.spendCoveredBySavingsPlans = spendCoveredBySavingsPlans;
            return this;
        }

        @Override
        public final Builder onDemandCost(String onDemandCost) {
            this.onDemandCost = onDemandCost;
            return this;
        }

        @Override
        public final Builder totalCost(String totalCost) {
            this.totalCost = totalCost;
            return this;
        }

        @Override
        public final Builder coveragePercentage(String coveragePercentage) {
            this.coveragePercentage = coveragePercentage;
            return this;
        }

        @Override
        public SavingsPlansCoverageData build() {
            return new SavingsPlansCoverageData(this);
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
