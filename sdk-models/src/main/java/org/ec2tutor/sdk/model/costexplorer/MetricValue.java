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

/** The MetricValue structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class MetricValue implements SdkPojo, ToCopyableBuilder<MetricValue.Builder, MetricValue> {
    private static final SdkField<String> AMOUNT_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Amount")
            .getter(getter(MetricValue::amount))
            .setter(setter(Builder::amount))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Amount")
                    .build())
            .build();
    private static final SdkField<String> UNIT_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Unit")
            .getter(getter(MetricValue::unit))
            .setter(setter(Builder::unit))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Unit")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(AMOUNT_FIELD, UNIT_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String amount;
    private final String unit;

    private MetricValue(BuilderImpl builder) {
        this.amount = builder.amount;
        this.unit = builder.unit;
    }

    public final String amount() {
        return amount;
    }

    public final String unit() {
        return unit;
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
        return Objects.hash(amount(), unit());
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
        if (!(obj instanceof MetricValue other)) {
            return false;
        }
        return Objects.equals(amount(), other.amount()) && Objects.equals(unit(), other.unit());
    }

    @Override
    public final String toString() {
        return ToString.builder("MetricValue")
                .add("Amount", amount())
                .add("Unit", unit())
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
        map.put("Amount", AMOUNT_FIELD);
        map.put("Unit", UNIT_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<MetricValue, T> g) {
        return obj -> g.apply((MetricValue) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, MetricValue> {
        Builder amount(String amount);

        Builder unit(String unit);
    }

    static final class BuilderImpl implements Builder {
        private String amount;
        private String unit;

        private BuilderImpl() {}

        private BuilderImpl(MetricValue model) {
            amount(model.amount);
            unit(model.unit);
        }

        @Override
        public final Builder amount(String amount) {
            this.amount = amount;
            return this;
        }

        @Override
        public final Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        @Override
        public MetricValue build() {
            return new MetricValue(this);
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
