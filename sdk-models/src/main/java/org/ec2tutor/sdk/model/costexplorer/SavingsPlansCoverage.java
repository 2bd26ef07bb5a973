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

/** The SavingsPlansCoverage structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class SavingsPlansCoverage
        implements SdkPojo, ToCopyableBuilder<SavingsPlansCoverage.Builder, SavingsPlansCoverage> {
    private static final SdkField<java.util.Map<String, String>> ATTRIBUTES_FIELD =
            SdkField.<java.util.Map<String, String>>builder(MarshallingType.MAP)
                    .memberName("Attributes")
                    .getter(getter(SavingsPlansCoverage::attributes))
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
    private static final SdkField<SavingsPlansCoverageData> COVERAGE_FIELD = SdkField.<SavingsPlansCoverageData>builder(
                    MarshallingType.SDK_POJO)
            .memberName("Coverage")
            .getter(getter(SavingsPlansCoverage::coverage))
            .setter(setter(Builder::coverage))
            .constructor(SavingsPlansCoverageData::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Coverage")
                    .build())
            .build();
    private static final SdkField<DateInterval> TIME_PERIOD_FIELD = SdkField.<DateInterval>builder(
                    MarshallingType.SDK_POJO)
            .memberName("TimePeriod")
            .getter(getter(SavingsPlansCoverage::timePeriod))
            .setter(setter(Builder::timePeriod))
            .constructor(DateInterval::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("TimePeriod")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(ATTRIBUTES_FIELD, COVERAGE_FIELD, TIME_PERIOD_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.Map<String, String> attributes;
    private final SavingsPlansCoverageData coverage;
    private final DateInterval timePeriod;

    private SavingsPlansCoverage(BuilderImpl builder) {
        this.attributes = builder.attributes;
        this.coverage = builder.coverage;
        this.timePeriod = builder.timePeriod;
    }

    public final java.util.Map<String, String> attributes() {
        return attributes;
    }
    /** Whether the Attributes member was set (the SDK's auto-construct convention). */
    public final boolean hasAttributes() {
        return attributes != null && !(attributes instanceof SdkAutoConstructMap);
    }

    public final SavingsPlansCoverageData coverage() {
        return coverage;
    }

    public final DateInterval timePeriod() {
        return timePeriod;
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
        return Objects.hash(attributes(), coverage(), timePeriod());
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
        if (!(obj instanceof SavingsPlansCoverage other)) {
            return false;
        }
        return Objects.equals(attributes(), other.attributes())
                && Objects.equals(coverage(), other.coverage())
                && Objects.equals(timePeriod(), other.timePeriod());
    }

    @Override
    public final String toString() {
        return ToString.builder("SavingsPlansCoverage")
                .add("Attributes", attributes())
                .add("Coverage", coverage())
                .add("TimePeriod", timePeriod())
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
        map.put("TimePeriod", TIME_PERIOD_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<SavingsPlansCoverage, T> g) {
        return obj -> g.apply((SavingsPlansCoverage) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, SavingsPlansCoverage> {
        Builder attributes(java.util.Map<String, String> attributes);

        Builder coverage(SavingsPlansCoverageData coverage);

        default Builder coverage(Consumer<SavingsPlansCoverageData.Builder> coverage) {
            return coverage(
                    SavingsPlansCoverageData.builder().applyMutation(coverage).build());
        }

        Builder timePeriod(DateInterval timePeriod);

        default Builder timePeriod(Consumer<DateInterval.Builder> timePeriod) {
            return timePeriod(DateInterval.builder().applyMutation(timePeriod).build());
        }
    }

    static final class BuilderImpl implements Builder {
        private java.util.Map<String, String> attributes = DefaultSdkAutoConstructMap.getInstance();
        private SavingsPlansCoverageData coverage;
        private DateInterval timePeriod;

        private BuilderImpl() {}

        private BuilderImpl(SavingsPlansCoverage model) {
            attributes(model.attributes);
            coverage(model.coverage);
            timePeriod(model.timePeriod);
        }

        @Override
        public final Builder attributes(java.util.Map<String, String> attributes) {
            this.attributes = attributes == null
                    ? DefaultSdkAutoConstructMap.getInstance()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
            return this;
        }

        @Override
        public final Builder coverage(SavingsPlansCoverageData coverage) {
            this.coverage = coverage;
            return this;
        }

        @Override
        public final Builder timePeriod(DateInterval timePeriod) {
            this.timePeriod = timePeriod;
            return this;
        }

        @Override
        public SavingsPlansCoverage build() {
            return new SavingsPlansCoverage(this);
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
