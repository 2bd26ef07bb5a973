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

/** The EvaluationResult structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class EvaluationResult implements SdkPojo, ToCopyableBuilder<EvaluationResult.Builder, EvaluationResult> {
    private static final SdkField<EvaluationResultIdentifier> EVALUATION_RESULT_IDENTIFIER_FIELD =
            SdkField.<EvaluationResultIdentifier>builder(MarshallingType.SDK_POJO)
                    .memberName("EvaluationResultIdentifier")
                    .getter(getter(EvaluationResult::evaluationResultIdentifier))
                    .setter(setter(Builder::evaluationResultIdentifier))
                    .constructor(EvaluationResultIdentifier::builder)
                    .traits(LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("EvaluationResultIdentifier")
                            .build())
                    .build();
    private static final SdkField<String> COMPLIANCE_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ComplianceType")
            .getter(getter(EvaluationResult::complianceType))
            .setter(setter(Builder::complianceType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ComplianceType")
                    .build())
            .build();
    private static final SdkField<java.time.Instant> RESULT_RECORDED_TIME_FIELD = SdkField.<java.time.Instant>builder(
                    MarshallingType.INSTANT)
            .memberName("ResultRecordedTime")
            .getter(getter(EvaluationResult::resultRecordedTime))
            .setter(setter(Builder::resultRecordedTime))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ResultRecordedTime")
                    .build())
            .build();
    private static final SdkField<java.time.Instant> CONFIG_RULE_INVOKED_TIME_FIELD =
            SdkField.<java.time.Instant>builder(MarshallingType.INSTANT)
                    .memberName("ConfigRuleInvokedTime")
                    .getter(getter(EvaluationResult::configRuleInvokedTime))
                    .setter(setter(Builder::configRuleInvokedTime))
                    .traits(LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("ConfigRuleInvokedTime")
                            .build())
                    .build();
    private static final SdkField<String> ANNOTATION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Annotation")
            .getter(getter(EvaluationResult::annotation))
            .setter(setter(Builder::annotation))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Annotation")
                    .build())
            .build();
    private static final SdkField<String> RESULT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ResultToken")
            .getter(getter(EvaluationResult::resultToken))
            .setter(setter(Builder::resultToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ResultToken")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            EVALUATION_RESULT_IDENTIFIER_FIELD,
            COMPLIANCE_TYPE_FIELD,
            RESULT_RECORDED_TIME_FIELD,
            CONFIG_RULE_INVOKED_TIME_FIELD,
            ANNOTATION_FIELD,
            RESULT_TOKEN_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final EvaluationResultIdentifier evaluationResultIdentifier;
    private final String complianceType;
    private final java.time.Instant resultRecordedTime;
    private final java.time.Instant configRuleInvokedTime;
    private final String annotation;
    private final String resultToken;

    private EvaluationResult(BuilderImpl builder) {
        this.evaluationResultIdentifier = builder.evaluationResultIdentifier;
        this.complianceType = builder.complianceType;
        this.resultRecordedTime = builder.resultRecordedTime;
        this.configRuleInvokedTime = builder.configRuleInvokedTime;
        this.annotation = builder.annotation;
        this.resultToken = builder.resultToken;
    }

    public final EvaluationResultIdentifier evaluationResultIdentifier() {
        return evaluationResultIdentifier;
    }

    public final String complianceType() {
        return complianceType;
    }

    public final java.time.Instant resultRecordedTime() {
        return resultRecordedTime;
    }

    public final java.time.Instant configRuleInvokedTime() {
        return configRuleInvokedTime;
    }

    public final String annotation() {
        return annotation;
    }

    public final String resultToken() {
        return resultToken;
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
                evaluationResultIdentifier(),
                complianceType(),
                resultRecordedTime(),
                configRuleInvokedTime(),
                annotation(),
                resultToken());
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
        if (!(obj instanceof EvaluationResult other)) {
            return false;
        }
        return Objects.equals(evaluationResultIdentifier(), other.evaluationResultIdentifier())
                && Objects.equals(complianceType(), other.complianceType())
                && Objects.equals(resultRecordedTime(), other.resultRecordedTime())
                && Objects.equals(configRuleInvokedTime(), other.configRuleInvokedTime())
                && Objects.equals(annotation(), other.annotation())
                && Objects.equals(resultToken(), other.resultToken());
    }

    @Override
    public final String toString() {
        return ToString.builder("EvaluationResult")
                .add("EvaluationResultIdentifier", evaluationResultIdentifier())
                .add("ComplianceType", complianceType())
                .add("ResultRecordedTime", resultRecordedTime())
                .add("ConfigRuleInvokedTime", configRuleInvokedTime())
                .add("Annotation", annotation())
                .add("ResultToken", resultToken())
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
        map.put("EvaluationResultIdentifier", EVALUATION_RESULT_IDENTIFIER_FIELD);
        map.put("ComplianceType", COMPLIANCE_TYPE_FIELD);
        map.put("ResultRecordedTime", RESULT_RECORDED_TIME_FIELD);
        map.put("ConfigRuleInvokedTime", CONFIG_RULE_INVOKED_TIME_FIELD);
        map.put("Annotation", ANNOTATION_FIELD);
        map.put("ResultToken", RESULT_TOKEN_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<EvaluationResult, T> g) {
        return obj -> g.apply((EvaluationResult) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, EvaluationResult> {
        Builder evaluationResultIdentifier(EvaluationResultIdentifier evaluationResultIdentifier);

        default Builder evaluationResultIdentifier(
                Consumer<EvaluationResultIdentifier.Builder> evaluationResultIdentifier) {
            return evaluationResultIdentifier(EvaluationResultIdentifier.builder()
                    .applyMutation(evaluationResultIdentifier)
                    .build());
        }

        Builder complianceType(String complianceType);

        Builder resultRecordedTime(java.time.Instant resultRecordedTime);

        Builder configRuleInvokedTime(java.time.Instant configRuleInvokedTime);

        Builder annotation(String annotation);

        Builder resultToken(String resultToken);
    }

    static final class BuilderImpl implements Builder {
        private EvaluationResultIdentifier evaluationResultIdentifier;
        private String complianceType;
        private java.time.Instant resultRecordedTime;
        private java.time.Instant configRuleInvokedTime;
        private String annotation;
        private String resultToken;

        private BuilderImpl() {}

        private BuilderImpl(EvaluationResult model) {
            evaluationResultIdentifier(model.evaluationResultIdentifier);
            complianceType(model.complianceType);
            resultRecordedTime(model.resultRecordedTime);
            configRuleInvokedTime(model.configRuleInvokedTime);
            annotation(model.annotation);
            resultToken(model.resultToken);
        }

        @Override
        public final Builder evaluationResultIdentifier(EvaluationResultIdentifier evaluationResultIdentifier) {
            this.evaluationResultIdentifier = evaluationResultIdentifier;
            return this;
        }

        @Override
        public final Builder complianceType(String complianceType) {
            this.complianceType = complianceType;
            return this;
        }

        @Override
        public final Builder resultRecordedTime(java.time.Instant resultRecordedTime) {
            this.resultRecordedTime = resultRecordedTime;
            return this;
        }

        @Override
        public final Builder configRuleInvokedTime(java.time.Instant configRuleInvokedTime) {
            this.configRuleInvokedTime = configRuleInvokedTime;
            return this;
        }

        @Override
        public final Builder annotation(String annotation) {
            this.annotation = annotation;
            return this;
        }

        @Override
        public final Builder resultToken(String resultToken) {
            this.resultToken = resultToken;
            return this;
        }

        @Override
        public EvaluationResult build() {
            return new EvaluationResult(this);
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
