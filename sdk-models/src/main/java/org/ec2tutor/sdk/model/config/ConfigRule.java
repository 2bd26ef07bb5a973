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
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The ConfigRule structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class ConfigRule implements SdkPojo, ToCopyableBuilder<ConfigRule.Builder, ConfigRule> {
    private static final SdkField<String> CONFIG_RULE_NAME_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ConfigRuleName")
            .getter(getter(ConfigRule::configRuleName))
            .setter(setter(Builder::configRuleName))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ConfigRuleName")
                    .build())
            .build();
    private static final SdkField<String> CONFIG_RULE_ARN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ConfigRuleArn")
            .getter(getter(ConfigRule::configRuleArn))
            .setter(setter(Builder::configRuleArn))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ConfigRuleArn")
                    .build())
            .build();
    private static final SdkField<String> CONFIG_RULE_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ConfigRuleId")
            .getter(getter(ConfigRule::configRuleId))
            .setter(setter(Builder::configRuleId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ConfigRuleId")
                    .build())
            .build();
    private static final SdkField<String> DESCRIPTION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Description")
            .getter(getter(ConfigRule::description))
            .setter(setter(Builder::description))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Description")
                    .build())
            .build();
    private static final SdkField<Scope> SCOPE_FIELD = SdkField.<Scope>builder(MarshallingType.SDK_POJO)
            .memberName("Scope")
            .getter(getter(ConfigRule::scope))
            .setter(setter(Builder::scope))
            .constructor(Scope::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Scope")
                    .build())
            .build();
    private static final SdkField<Source> SOURCE_FIELD = SdkField.<Source>builder(MarshallingType.SDK_POJO)
            .memberName("Source")
            .getter(getter(ConfigRule::source))
            .setter(setter(Builder::source))
            .constructor(Source::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Source")
                    .build())
            .build();
    private static final SdkField<String> INPUT_PARAMETERS_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("InputParameters")
            .getter(getter(ConfigRule::inputParameters))
            .setter(setter(Builder::inputParameters))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("InputParameters")
                    .build())
            .build();
    private static final SdkField<String> MAXIMUM_EXECUTION_FREQUENCY_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("MaximumExecutionFrequency")
            .getter(getter(ConfigRule::maximumExecutionFrequency))
            .setter(setter(Builder::maximumExecutionFrequency))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("MaximumExecutionFrequency")
                    .build())
            .build();
    private static final SdkField<String> CONFIG_RULE_STATE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ConfigRuleState")
            .getter(getter(ConfigRule::configRuleState))
            .setter(setter(Builder::configRuleState))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ConfigRuleState")
                    .build())
            .build();
    private static final SdkField<String> CREATED_BY_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("CreatedBy")
            .getter(getter(ConfigRule::createdBy))
            .setter(setter(Builder::createdBy))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("CreatedBy")
                    .build())
            .build();
    private static final SdkField<java.util.List<EvaluationModeConfiguration>> EVALUATION_MODES_FIELD =
            SdkField.<java.util.List<EvaluationModeConfiguration>>builder(MarshallingType.LIST)
                    .memberName("EvaluationModes")
                    .getter(getter(ConfigRule::evaluationModes))
                    .setter(setter(Builder::evaluationModes))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("EvaluationModes")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(
                                            SdkField.<EvaluationModeConfiguration>builder(MarshallingType.SDK_POJO)
                                                    .constructor(EvaluationModeConfiguration::builder)
                                                    .traits(LocationTrait.builder()
                                                            .location(MarshallLocation.PAYLOAD)
                                                            .locationName("member")
                                                            .build())
                                                    .build())
                                    .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            CONFIG_RULE_NAME_FIELD,
            CONFIG_RULE_ARN_FIELD,
            CONFIG_RULE_ID_FIELD,
            DESCRIPTION_FIELD,
            SCOPE_FIELD,
            SOURCE_FIELD,
            INPUT_PARAMETERS_FIELD,
            MAXIMUM_EXECUTION_FREQUENCY_FIELD,
            CONFIG_RULE_STATE_FIELD,
            CREATED_BY_FIELD,
            EVALUATION_MODES_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String configRuleName;
    private final String configRuleArn;
    private final String configRuleId;
    private final String description;
    private final Scope scope;
    private final Source source;
    private final String inputParameters;
    private final String maximumExecutionFrequency;
    private final String configRuleState;
    private final String createdBy;
    private final java.util.List<EvaluationModeConfiguration> evaluationModes;

    private ConfigRule(BuilderImpl builder) {
        this.configRuleName = builder.configRuleName;
        this.configRuleArn = builder.configRuleArn;
        this.configRuleId = builder.configRuleId;
        this.description = builder.description;
        this.scope = builder.scope;
        this.source = builder.source;
        this.inputParameters = builder.inputParameters;
        this.maximumExecutionFrequency = builder.maximumExecutionFrequency;
        this.configRuleState = builder.configRuleState;
        this.createdBy = builder.createdBy;
        this.evaluationModes = builder.evaluationModes;
    }

    public final String configRuleName() {
        return configRuleName;
    }

    public final String configRuleArn() {
        return configRuleArn;
    }

    public final String configRuleId() {
        return configRuleId;
    }

    public final String description() {
        return description;
    }

    public final Scope scope() {
        return scope;
    }

    public final Source source() {
        return source;
    }

    public final String inputParameters() {
        return inputParameters;
    }

    public final String maximumExecutionFrequency() {
        return maximumExecutionFrequency;
    }

    public final String configRuleState() {
        return configRuleState;
    }

    public final String createdBy() {
        return createdBy;
    }

    public final java.util.List<EvaluationModeConfiguration> evaluationModes() {
        return evaluationModes;
    }
    /** Whether the EvaluationModes member was set (the SDK's auto-construct convention). */
    public final boolean hasEvaluationModes() {
        return evaluationModes != null && !(evaluationModes instanceof SdkAutoConstructList);
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
                configRuleName(),
                configRuleArn(),
                configRuleId(),
                description(),
                scope(),
                source(),
                inputParameters(),
                maximumExecutionFrequency(),
                configRuleState(),
                createdBy(),
                evaluationModes());
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
        if (!(obj instanceof ConfigRule other)) {
            return false;
        }
        return Objects.equals(configRuleName(), other.configRuleName())
                && Objects.equals(configRuleArn(), other.configRuleArn())
                && Objects.equals(configRuleId(), other.configRuleId())
                && Objects.equals(description(), other.description())
                && Objects.equals(scope(), other.scope())
                && Objects.equals(source(), other.source())
                && Objects.equals(inputParameters(), other.inputParameters())
                && Objects.equals(maximumExecutionFrequency(), other.maximumExecutionFrequency())
                && Objects.equals(configRuleState(), other.configRuleState())
                && Objects.equals(createdBy(), other.createdBy())
                && Objects.equals(evaluationModes(), other.evaluationModes());
    }

    @Override
    public final String toString() {
        return ToString.builder("ConfigRule")
                .add("ConfigRuleName", configRuleName())
                .add("ConfigRuleArn", configRuleArn())
                .add("ConfigRuleId", configRuleId())
                .add("Description", description())
                .add("Scope", scope())
                .add("Source", source())
                .add("InputParameters", inputParameters())
                .add("MaximumExecutionFrequency", maximumExecutionFrequency())
                .add("ConfigRuleState", configRuleState())
                .add("CreatedBy", createdBy())
                .add("EvaluationModes", evaluationModes())
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
        map.put("ConfigRuleArn", CONFIG_RULE_ARN_FIELD);
        map.put("ConfigRuleId", CONFIG_RULE_ID_FIELD);
        map.put("Description", DESCRIPTION_FIELD);
        map.put("Scope", SCOPE_FIELD);
        map.put("Source", SOURCE_FIELD);
        map.put("InputParameters", INPUT_PARAMETERS_FIELD);
        map.put("MaximumExecutionFrequency", MAXIMUM_EXECUTION_FREQUENCY_FIELD);
        map.put("ConfigRuleState", CONFIG_RULE_STATE_FIELD);
        map.put("CreatedBy", CREATED_BY_FIELD);
        map.put("EvaluationModes", EVALUATION_MODES_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<ConfigRule, T> g) {
        return obj -> g.apply((ConfigRule) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, ConfigRule> {
        Builder configRuleName(String configRuleName);

        Builder configRuleArn(String configRuleArn);

        Builder configRuleId(String configRuleId);

        Builder description(String description);

        Builder scope(Scope scope);

        default Builder scope(Consumer<Scope.Builder> scope) {
            return scope(Scope.builder().applyMutation(scope).build());
        }

        Builder source(Source source);

        default Builder source(Consumer<Source.Builder> source) {
            return source(Source.builder().applyMutation(source).build());
        }

        Builder inputParameters(String inputParameters);

        Builder maximumExecutionFrequency(String maximumExecutionFrequency);

        Builder configRuleState(String configRuleState);

        Builder createdBy(String createdBy);

        Builder evaluationModes(java.util.List<EvaluationModeConfiguration> evaluationModes);

        Builder evaluationModes(EvaluationModeConfiguration... evaluationModes);
    }

    static final class BuilderImpl implements Builder {
        private String configRuleName;
        private String configRuleArn;
        private String configRuleId;
        private String description;
        private Scope scope;
        private Source source;
        private String inputParameters;
        private String maximumExecutionFrequency;
        private String configRuleState;
        private String createdBy;
        private java.util.List<EvaluationModeConfiguration> evaluationModes = DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(ConfigRule model) {
            configRuleName(model.configRuleName);
            configRuleArn(model.configRuleArn);
            configRuleId(model.configRuleId);
            description(model.description);
            scope(model.scope);
            source(model.source);
            inputParameters(model.inputParameters);
            maximumExecutionFrequency(model.maximumExecutionFrequency);
            configRuleState(model.configRuleState);
            createdBy(model.createdBy);
            evaluationModes(model.evaluationModes);
        }

        @Override
        public final Builder configRuleName(String configRuleName) {
            this.configRuleName = configRuleName;
            return this;
        }

        @Override
        public final Builder configRuleArn(String configRuleArn) {
            this.configRuleArn = configRuleArn;
            return this;
        }

        @Override
        public final Builder configRuleId(String configRuleId) {
            this.configRuleId = configRuleId;
            return this;
        }

        @Override
        public final Builder description(String description) {
            this.description = description;
            return this;
        }

        @Override
        public final Builder scope(Scope scope) {
            this.scope = scope;
            return this;
        }

        @Override
        public final Builder source(Source source) {
            this.source = source;
            return this;
        }

        @Override
        public final Builder inputParameters(String inputParameters) {
            this.inputParameters = inputParameters;
            return this;
        }

        @Override
        public final Builder maximumExecutionFrequency(String maximumExecutionFrequency) {
            this.maximumExecutionFrequency = maximumExecutionFrequency;
            return this;
        }

        @Override
        public final Builder configRuleState(String configRuleState) {
            this.configRuleState = configRuleState;
            return this;
        }

        @Override
        public final Builder createdBy(String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        @Override
        public final Builder evaluationModes(java.util.List<EvaluationModeConfiguration> evaluationModes) {
            this.evaluationModes = evaluationModes == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(evaluationModes));
            return this;
        }

        @Override
        public final Builder evaluationModes(EvaluationModeConfiguration... evaluationModes) {
            return evaluationModes(Arrays.asList(evaluationModes));
        }

        @Override
        public ConfigRule build() {
            return new ConfigRule(this);
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
