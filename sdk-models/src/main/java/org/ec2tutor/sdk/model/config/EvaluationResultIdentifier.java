package org.ec2tutor.sdk.model.config;

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

/** The EvaluationResultIdentifier structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class EvaluationResultIdentifier
        implements SdkPojo, ToCopyableBuilder<EvaluationResultIdentifier.Builder, EvaluationResultIdentifier> {
    private static final SdkField<EvaluationResultQualifier> EVALUATION_RESULT_QUALIFIER_FIELD =
            SdkField.<EvaluationResultQualifier>builder(MarshallingType.SDK_POJO)
                    .memberName("EvaluationResultQualifier")
                    .getter(getter(EvaluationResultIdentifier::evaluationResultQualifier))
                    .setter(setter(Builder::evaluationResultQualifier))
                    .constructor(EvaluationResultQualifier::builder)
                    .traits(LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("EvaluationResultQualifier")
                            .build())
                    .build();
    private static final SdkField<java.time.Instant> ORDERING_TIMESTAMP_FIELD = SdkField.<java.time.Instant>builder(
                    MarshallingType.INSTANT)
            .memberName("OrderingTimestamp")
            .getter(getter(EvaluationResultIdentifier::orderingTimestamp))
            .setter(setter(Builder::orderingTimestamp))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("OrderingTimestamp")
                    .build())
            .build();
    private static final SdkField<String> RESOURCE_EVALUATION_ID_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("ResourceEvaluationId")
            .getter(getter(EvaluationResultIdentifier::resourceEvaluationId))
            .setter(setter(Builder::resourceEvaluationId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ResourceEvaluationId")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(EVALUATION_RESULT_QUALIFIER_FIELD, ORDERING_TIMESTAMP_FIELD, RESOURCE_EVALUATION_ID_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final EvaluationResultQualifier evaluationResultQualifier;
    private final java.time.Instant orderingTimestamp;
    private final String resourceEvaluationId;

    private EvaluationResultIdentifier(BuilderImpl builder) {
        this.evaluationResultQualifier = builder.evaluationResultQualifier;
        this.orderingTimestamp = builder.orderingTimestamp;
        this.resourceEvaluationId = builder.resourceEvaluationId;
    }

    public final EvaluationResultQualifier evaluationResultQualifier() {
        return evaluationResultQualifier;
    }

    public final java.time.Instant orderingTimestamp() {
        return orderingTimestamp;
    }

    public final String resourceEvaluationId() {
        return resourceEvaluationId;
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
        return Objects.hash(evaluationResultQualifier(), orderingTimestamp(), resourceEvaluationId());
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
        if (!(obj instanceof EvaluationResultIdentifier other)) {
            return false;
        }
        return Objects.equals(evaluationResultQualifier(), other.evaluationResultQualifier())
                && Objects.equals(orderingTimestamp(), other.orderingTimestamp())
                && Objects.equals(resourceEvaluationId(), other.resourceEvaluationId());
    }

    @Override
    public final String toString() {
        return ToString.builder("EvaluationResultIdentifier")
                .add("EvaluationResultQualifier", evaluationResultQualifier())
                .add("OrderingTimestamp", orderingTimestamp())
                .add("ResourceEvaluationId", resourceEvaluationId())
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
        map.put("EvaluationResultQualifier", EVALUATION_RESULT_QUALIFIER_FIELD);
        map.put("OrderingTimestamp", ORDERING_TIMESTAMP_FIELD);
        map.put("ResourceEvaluationId", RESOURCE_EVALUATION_ID_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<EvaluationResultIdentifier, T> g) {
        return obj -> g.apply((EvaluationResultIdentifier) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, EvaluationResultIdentifier> {
        Builder evaluationResultQualifier(EvaluationResultQualifier evaluationResultQualifier);

        default Builder evaluationResultQualifier(
                Consumer<EvaluationResultQualifier.Builder> evaluationResultQualifier) {
            return evaluationResultQualifier(EvaluationResultQualifier.builder()
                    .applyMutation(evaluationResultQualifier)
                    .build());
        }

        Builder orderingTimestamp(java.time.Instant orderingTimestamp);

        Builder resourceEvaluationId(String resourceEvaluationId);
    }

    static final class BuilderImpl implements Builder {
        private EvaluationResultQualifier evaluationResultQualifier;
        private java.time.Instant orderingTimestamp;
        private String resourceEvaluationId;

        private BuilderImpl() {}

        private BuilderImpl(EvaluationResultIdentifier model) {
            evaluationResultQualifier(model.evaluationResultQualifier);
            orderingTimestamp(model.orderingTimestamp);
            resourceEvaluationId(model.resourceEvaluationId);
        }

        @Override
        public final Builder evaluationResultQualifier(EvaluationResultQualifier evaluationResultQualifier) {
            this.evaluationResultQualifier = evaluationResultQualifier;
            return this;
        }

        @Override
        public final Builder orderingTimestamp(java.time.Instant orderingTimestamp) {
            this.orderingTimestamp = orderingTimestamp;
            return this;
        }

        @Override
        public final Builder resourceEvaluationId(String resourceEvaluationId) {
            this.resourceEvaluationId = resourceEvaluationId;
            return this;
        }

        @Override
        public EvaluationResultIdentifier build() {
            return new EvaluationResultIdentifier(this);
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
