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

/** The request of GetComplianceDetailsByConfigRule. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class GetComplianceDetailsByConfigRuleRequest extends ConfigRequest
        implements ToCopyableBuilder<
                GetComplianceDetailsByConfigRuleRequest.Builder, GetComplianceDetailsByConfigRuleRequest> {
    private static final SdkField<String> CONFIG_RULE_NAME_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ConfigRuleName")
            .getter(getter(GetComplianceDetailsByConfigRuleRequest::configRuleName))
            .setter(setter(Builder::configRuleName))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ConfigRuleName")
                    .build())
            .build();
    private static final SdkField<java.util.List<String>> COMPLIANCE_TYPES_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("ComplianceTypes")
                    .getter(getter(GetComplianceDetailsByConfigRuleRequest::complianceTypes))
                    .setter(setter(Builder::complianceTypes))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("ComplianceTypes")
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
    private static final SdkField<Integer> LIMIT_FIELD = SdkField.<Integer>builder(MarshallingType.INTEGER)
            .memberName("Limit")
            .getter(getter(GetComplianceDetailsByConfigRuleRequest::limit))
            .setter(setter(Builder::limit))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Limit")
                    .build())
            .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextToken")
            .getter(getter(GetComplianceDetailsByConfigRuleRequest::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextToken")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(CONFIG_RULE_NAME_FIELD, COMPLIANCE_TYPES_FIELD, LIMIT_FIELD, NEXT_TOKEN_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String configRuleName;
    private final java.util.List<String> complianceTypes;
    private final Integer limit;
    private final String nextToken;

    private GetComplianceDetailsByConfigRuleRequest(BuilderImpl builder) {
        super(builder);
        this.configRuleName = builder.configRuleName;
        this.complianceTypes = builder.complianceTypes;
        this.limit = builder.limit;
        this.nextToken = builder.nextToken;
    }

    public final String configRuleName() {
        return configRuleName;
    }

    public final java.util.List<String> complianceTypes() {
        return complianceTypes;
    }
    /** Whether the ComplianceTypes member was set (the SDK's auto-construct convention). */
    public final boolean hasComplianceTypes() {
        return complianceTypes != null && !(complianceTypes instanceof SdkAutoConstructList);
    }

    public final Integer limit() {
        return limit;
    }

    public final String nextToken() {
        return nextToken;
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
        return Objects.hash(super.hashCode(), configRuleName(), complianceTypes(), limit(), nextToken());
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
        if (!(obj instanceof GetComplianceDetailsByConfigRuleRequest other)) {
            return false;
        }
        return Objects.equals(configRuleName(), other.configRuleName())
                && Objects.equals(complianceTypes(), other.complianceTypes())
                && Objects.equals(limit(), other.limit())
                && Objects.equals(nextToken(), other.nextToken());
    }

    @Override
    public final String toString() {
        return ToString.builder("GetComplianceDetailsByConfigRuleRequest")
                .add("ConfigRuleName", configRuleName())
                .add("ComplianceTypes", complianceTypes())
                .add("Limit", limit())
                .add("NextToken", nextToken())
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
        map.put("ConfigRuleName", CONFIG_RULE_NAME_FIELD);
        map.put("ComplianceTypes", COMPLIANCE_TYPES_FIELD);
        map.put("Limit", LIMIT_FIELD);
        map.put("NextToken", NEXT_TOKEN_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<GetComplianceDetailsByConfigRuleRequest, T> g) {
        return obj -> g.apply((GetComplianceDetailsByConfigRuleRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends ConfigRequest.Builder, SdkPojo, CopyableBuilder<Builder, GetComplianceDetailsByConfigRuleRequest> {
        Builder configRuleName(String configRuleName);

        Builder complianceTypes(java.util.List<String> complianceTypes);

        Builder complianceTypes(String... complianceTypes);

        Builder limit(Integer limit);

        Builder nextToken(String nextToken);

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends ConfigRequest.BuilderImpl implements Builder {
        private String configRuleName;
        private java.util.List<String> complianceTypes = DefaultSdkAutoConstructList.getInstance();
        private Integer limit;
        private String nextToken;

        private BuilderImpl() {}

        private BuilderImpl(GetComplianceDetailsByConfigRuleRequest model) {
            super(model);
            configRuleName(model.configRuleName);
            complianceTypes(model.complianceTypes);
            limit(model.limit);
            nextToken(model.nextToken);
        }

        @Override
        public final Builder configRuleName(String configRuleName) {
            this.configRuleName = configRuleName;
            return this;
        }

        @Override
        public final Builder complianceTypes(java.util.List<String> complianceTypes) {
            this.complianceTypes = complianceTypes == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(complianceTypes));
            return this;
        }

        @Override
        public final Builder complianceTypes(String... complianceTypes) {
            return complianceTypes(Arrays.asList(complianceTypes));
        }

        @Override
        public final Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
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
        public GetComplianceDetailsByConfigRuleRequest build() {
            return new GetComplianceDetailsByConfigRuleRequest(this);
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
