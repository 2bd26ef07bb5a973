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
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
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

/** The request of PutConfigRule. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class PutConfigRuleRequest extends ConfigRequest
        implements ToCopyableBuilder<PutConfigRuleRequest.Builder, PutConfigRuleRequest> {
    private static final SdkField<ConfigRule> CONFIG_RULE_FIELD = SdkField.<ConfigRule>builder(MarshallingType.SDK_POJO)
            .memberName("ConfigRule")
            .getter(getter(PutConfigRuleRequest::configRule))
            .setter(setter(Builder::configRule))
            .constructor(ConfigRule::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ConfigRule")
                    .build())
            .build();
    private static final SdkField<java.util.List<Tag>> TAGS_FIELD = SdkField.<java.util.List<Tag>>builder(
                    MarshallingType.LIST)
            .memberName("Tags")
            .getter(getter(PutConfigRuleRequest::tags))
            .setter(setter(Builder::tags))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("Tags")
                            .build(),
                    ListTrait.builder()
                            .memberLocationName(null)
                            .memberFieldInfo(SdkField.<Tag>builder(MarshallingType.SDK_POJO)
                                    .constructor(Tag::builder)
                                    .traits(LocationTrait.builder()
                                            .location(MarshallLocation.PAYLOAD)
                                            .locationName("member")
                                            .build())
                                    .build())
                            .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(CONFIG_RULE_FIELD, TAGS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final ConfigRule configRule;
    private final java.util.List<Tag> tags;

    private PutConfigRuleRequest(BuilderImpl builder) {
        super(builder);
        this.configRule = builder.configRule;
        this.tags = builder.tags;
    }

    public final ConfigRule configRule() {
        return configRule;
    }

    public final java.util.List<Tag> tags() {
        return tags;
    }
    /** Whether the Tags member was set (the SDK's auto-construct convention). */
    public final boolean hasTags() {
        return tags != null && !(tags instanceof SdkAutoConstructList);
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
        return Objects.hash(super.hashCode(), configRule(), tags());
    }

    @Override
    public final boolean equals(Object obj) {
        return super.equals(obj) && equalsBySdkFields(obj);
    }

    @Override
    public final boolean equalsBySdkFields(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PutConfigRuleRequest other)) {
            return false;
        }
        return Objects.equals(configRule(), other.configRule()) && Objects.equals(tags(), other.tags());
    }

    @Override
    public final String toString() {
        return ToString.builder("PutConfigRuleRequest")
                .add("ConfigRule", configRule())
                .add("Tags", tags())
                .build();
    }

    @Override
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
        map.put("ConfigRule", CONFIG_RULE_FIELD);
        map.put("Tags", TAGS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<PutConfigRuleRequest, T> g) {
        return obj -> g.apply((PutConfigRuleRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends ConfigRequest.Builder, SdkPojo, CopyableBuilder<Builder, PutConfigRuleRequest> {
        Builder configRule(ConfigRule configRule);

        default Builder configRule(Consumer<ConfigRule.Builder> configRule) {
            return configRule(ConfigRule.builder().applyMutation(configRule).build());
        }

        Builder tags(java.util.List<Tag> tags);

        Builder tags(Tag... tags);

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends ConfigRequest.BuilderImpl implements Builder {
        private ConfigRule configRule;
        private java.util.List<Tag> tags = DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(PutConfigRuleRequest model) {
            super(model);
            configRule(model.configRule);
            tags(model.tags);
        }

        @Override
        public final Builder configRule(ConfigRule configRule) {
            this.configRule = configRule;
            return this;
        }

        @Override
        public final Builder tags(java.util.List<Tag> tags) {
            this.tags = tags == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tags));
            return this;
        }

        @Override
        public final Builder tags(Tag... tags) {
            return tags(Arrays.asList(tags));
        }

        @Override
        public Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration) {
            super.overrideConfiguration(overrideConfiguration);
            return this;
        }

        @Override
        public Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer) {
            super.overrideConfiguration(builderConsumer);
            return this;
        }

        @Override
        public PutConfigRuleRequest build() {
            return new PutConfigRuleRequest(this);
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
