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

/** The request of DescribeConfigRules. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeConfigRulesRequest extends ConfigRequest
        implements ToCopyableBuilder<DescribeConfigRulesRequest.Builder, DescribeConfigRulesRequest> {
    private static final SdkField<java.util.List<String>> CONFIG_RULE_NAMES_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("ConfigRuleNames")
                    .getter(getter(DescribeConfigRulesRequest::configRuleNames))
                    .setter(setter(Builder::configRuleNames))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("ConfigRuleNames")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<String>builder(MarshallingType.STRING)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextToken")
            .getter(getter(DescribeConfigRulesRequest::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextToken")
                    .build())
            .build();
    private static final SdkField<DescribeConfigRulesFilters> FILTERS_FIELD =
            SdkField.<DescribeConfigRulesFilters>builder(MarshallingType.SDK_POJO)
                    .memberName("Filters")
                    .getter(getter(DescribeConfigRulesRequest::filters))
                    .setter(setter(Builder::filters))
                    .constructor(DescribeConfigRulesFilters::builder)
                    .traits(LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("Filters")
                            .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(CONFIG_RULE_NAMES_FIELD, NEXT_TOKEN_FIELD, FILTERS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<String> configRuleNames;
    private final String nextToken;
    private final DescribeConfigRulesFilters filters;

    private DescribeConfigRulesRequest(BuilderImpl builder) {
        super(builder);
        this.configRuleNames = builder.configRuleNames;
        this.nextToken = builder.nextToken;
        this.filters = builder.filters;
    }

    public final java.util.List<String> configRuleNames() {
        return configRuleNames;
    }
    /** Whether the ConfigRuleNames member was set (the SDK's auto-construct convention). */
    public final boolean hasConfigRuleNames() {
        return configRuleNames != null && !(configRuleNames instanceof SdkAutoConstructList);
    }

    public final String nextToken() {
        return nextToken;
    }

    public final DescribeConfigRulesFilters filters() {
        return filters;
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
        return Objects.hash(super.hashCode(), configRuleNames(), nextToken(), filters());
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
        if (!(obj instanceof DescribeConfigRulesRequest other)) {
            return false;
        }
        return Objects.equals(configRuleNames(), other.configRuleNames())
                && Objects.equals(nextToken(), other.nextToken())
                && Objects.equals(filters(), other.filters());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeConfigRulesRequest")
                .add("ConfigRuleNames", configRuleNames())
                .add("NextToken", nextToken())
                .add("Filters", filters())
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
        map.put("ConfigRuleNames", CONFIG_RULE_NAMES_FIELD);
        map.put("NextToken", NEXT_TOKEN_FIELD);
        map.put("Filters", FILTERS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeConfigRulesRequest, T> g) {
        return obj -> g.apply((DescribeConfigRulesRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends ConfigRequest.Builder, SdkPojo, CopyableBuilder<Builder, DescribeConfigRulesRequest> {
        Builder configRuleNames(java.util.List<String> configRuleNames);

        Builder configRuleNames(String... configRuleNames);

        Builder nextToken(String nextToken);

        Builder filters(DescribeConfigRulesFilters filters);

        default Builder filters(Consumer<DescribeConfigRulesFilters.Builder> filters) {
            return filters(
                    DescribeConfigRulesFilters.builder().applyMutation(filters).build());
        }

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends ConfigRequest.BuilderImpl implements Builder {
        private java.util.List<String> configRuleNames = DefaultSdkAutoConstructList.getInstance();
        private String nextToken;
        private DescribeConfigRulesFilters filters;

        private BuilderImpl() {}

        private BuilderImpl(DescribeConfigRulesRequest model) {
            super(model);
            configRuleNames(model.configRuleNames);
            nextToken(model.nextToken);
            filters(model.filters);
        }

        @Override
        public final Builder configRuleNames(java.util.List<String> configRuleNames) {
            this.configRuleNames = configRuleNames == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(configRuleNames));
            return this;
        }

        @Override
        public final Builder configRuleNames(String... configRuleNames) {
            return configRuleNames(Arrays.asList(configRuleNames));
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        @Override
        public final Builder filters(DescribeConfigRulesFilters filters) {
            this.filters = filters;
            return this;
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
        public DescribeConfigRulesRequest build() {
            return new DescribeConfigRulesRequest(this);
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
