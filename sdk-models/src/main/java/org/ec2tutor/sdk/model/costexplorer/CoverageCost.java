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

/** The CoverageCost structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class CoverageCost implements SdkPojo, ToCopyableBuilder<CoverageCost.Builder, CoverageCost> {
    private static final SdkField<String> ON_DEMAND_COST_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("OnDemandCost")
            .getter(getter(CoverageCost::onDemandCost))
            .setter(setter(Builder::onDemandCost))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("OnDemandCost")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(ON_DEMAND_COST_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String onDemandCost;

    private CoverageCost(BuilderImpl builder) {
        this.onDemandCost = builder.onDemandCost;
    }

    public final String onDemandCost() {
        return onDemandCost;
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
        return Objects.hash(onDemandCost());
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
        if (!(obj instanceof CoverageCost other)) {
            return false;
        }
        return Objects.equals(onDemandCost(), other.onDemandCost());
    }

    @Override
    public final String toString() {
        return ToString.builder("CoverageCost")
                .add("OnDemandCost", onDemandCost())
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
        map.put("OnDemandCost", ON_DEMAND_COST_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<CoverageCost, T> g) {
        return obj -> g.apply((CoverageCost) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, CoverageCost> {
        Builder onDemandCost(String onDemandCost);
    }

    static final class BuilderImpl implements Builder {
        private String onDemandCost;

        private BuilderImpl() {}

        private BuilderImpl(CoverageCost model) {
            onDemandCost(model.onDemandCost);
        }

        @Override
        public final Builder onDemandCost(String onDemandCost) {
            this.onDemandCost = onDemandCost;
            return this;
        }

        @Override
        public CoverageCost build() {
            return new CoverageCost(this);
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
