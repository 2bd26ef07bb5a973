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

/** The DescribeConfigRulesFilters structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeConfigRulesFilters
        implements SdkPojo, ToCopyableBuilder<DescribeConfigRulesFilters.Builder, DescribeConfigRulesFilters> {
    private static final SdkField<String> EVALUATION_MODE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("EvaluationMode")
            .getter(getter(DescribeConfigRulesFilters::evaluationMode))
            .setter(setter(Builder::evaluationMode))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("EvaluationMode")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(EVALUATION_MODE_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String evaluationMode;

    private DescribeConfigRulesFilters(BuilderImpl builder) {
        this.evaluationMode = builder.evaluationMode;
    }

    public final String evaluationMode() {
        return evaluationMode;
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
        return Objects.hash(evaluationMode());
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
        if (!(obj instanceof DescribeConfigRulesFilters other)) {
            return false;
        }
        return Objects.equals(evaluationMode(), other.evaluationMode());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeConfigRulesFilters")
                .add("EvaluationMode", evaluationMode())
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
        map.put("EvaluationMode", EVALUATION_MODE_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeConfigRulesFilters, T> g) {
        return obj -> g.apply((DescribeConfigRulesFilters) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, DescribeConfigRulesFilters> {
        Builder evaluationMode(String evaluationMode);
    }

    static final class BuilderImpl implements Builder {
        private String evaluationMode;

        private BuilderImpl() {}

        private BuilderImpl(DescribeConfigRulesFilters model) {
            evaluationMode(model.evaluationMode);
        }

        @Override
        public final Builder evaluationMode(String evaluationMode) {
            this.evaluationMode = evaluationMode;
            return this;
        }

        @Override
        public DescribeConfigRulesFilters build() {
            return new DescribeConfigRulesFilters(this);
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
