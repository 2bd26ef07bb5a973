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

/** The EvaluationResultQualifier structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class EvaluationResultQualifier
        implements SdkPojo, ToCopyableBuilder<EvaluationResultQualifier.Builder, EvaluationResultQualifier> {
    private static final SdkField<String> CONFIG_RULE_NAME_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ConfigRuleName")
            .getter(getter(EvaluationResultQualifier::configRuleName))
            .setter(setter(Builder::configRuleName))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ConfigRuleName")
                    .build())
            .build();
    private static final SdkField<String> RESOURCE_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ResourceType")
            .getter(getter(EvaluationResultQualifier::resourceType))
            .setter(setter(Builder::resourceType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ResourceType")
                    .build())
            .build();
    private static final SdkField<String> RESOURCE_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ResourceId")
            .getter(getter(EvaluationResultQualifier::resourceId))
            .setter(setter(Builder::resourceId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ResourceId")
                    .build())
            .build();
    private static final SdkField<String> EVALUATION_MODE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("EvaluationMode")
            .getter(getter(EvaluationResultQualifier::evaluationMode))
            .setter(setter(Builder::evaluationMode))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("EvaluationMode")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(CONFIG_RULE_NAME_FIELD, RESOURCE_TYPE_FIELD, RESOURCE_ID_FIELD, EVALUATION_MODE_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String configRuleName;
    private final String resourceType;
    private final String resourceId;
    private final String evaluationMode;

    private EvaluationResultQualifier(BuilderImpl builder) {
        this.configRuleName = builder.configRuleName;
        this.resourceType = builder.resourceType;
        this.resourceId = builder.resourceId;
        this.evaluationMode = builder.evaluationMode;
    }

    public final String configRuleName() {
        return configRuleName;
    }

    public final String resourceType() {
        return resourceType;
    }

    public final String resourceId() {
        return resourceId;
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
        return Objects.hash(configRuleName(), resourceType(), resourceId(), evaluationMode());
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
        if (!(obj instanceof EvaluationResultQualifier other)) {
            return false;
        }
        return Objects.equals(configRuleName(), other.configRuleName())
                && Objects.equals(resourceType(), other.resourceType())
                && Objects.equals(resourceId(), other.resourceId())
                && Objects.equals(evaluationMode(), other.evaluationMode());
    }

    @Override
    public final String toString() {
        return ToString.builder("EvaluationResultQualifier")
                .add("ConfigRuleName", configRuleName())
                .add("ResourceType", resourceType())
                .add("ResourceId", resourceId())
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
        map.put("ConfigRuleName", CONFIG_RULE_NAME_FIELD);
        map.put("ResourceType", RESOURCE_TYPE_FIELD);
        map.put("ResourceId", RESOURCE_ID_FIELD);
        map.put("EvaluationMode", EVALUATION_MODE_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<EvaluationResultQualifier, T> g) {
        return obj -> g.apply((EvaluationResultQualifier) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, EvaluationResultQualifier> {
        Builder configRuleName(String configRuleName);

        Builder resourceType(String resourceType);

        Builder resourceId(String resourceId);

        Builder evaluationMode(String evaluationMode);
    }

    static final class BuilderImpl implements Builder {
        private String configRuleName;
        private String resourceType;
        private String resourceId;
        private String evaluationMode;

        private BuilderImpl() {}

        private BuilderImpl(EvaluationResultQualifier model) {
            configRuleName(model.configRuleName);
            resourceType(model.resourceType);
            resourceId(model.resourceId);
            evaluationMode(model.evaluationMode);
        }

        @Override
        public final Builder configRuleName(String configRuleName) {
            this.configRuleName = configRuleName;
            return this;
        }

        @Override
        public final Builder resourceType(String resourceType) {
            this.resourceType = resourceType;
            return this;
        }

        @Override
        public final Builder resourceId(String resourceId) {
            this.resourceId = resourceId;
            return this;
        }

        @Override
        public final Builder evaluationMode(String evaluationMode) {
            this.evaluationMode = evaluationMode;
            return this;
        }

        @Override
        public EvaluationResultQualifier build() {
            return new EvaluationResultQualifier(this);
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
