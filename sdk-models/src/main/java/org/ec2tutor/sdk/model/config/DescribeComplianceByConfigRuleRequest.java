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

/** The request of DescribeComplianceByConfigRule. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeComplianceByConfigRuleRequest extends ConfigRequest
        implements ToCopyableBuilder<
                DescribeComplianceByConfigRuleRequest.Builder, DescribeComplianceByConfigRuleRequest> {
    private static final SdkField<java.util.List<String>> CONFIG_RULE_NAMES_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("ConfigRuleNames")
                    .getter(getter(DescribeComplianceByConfigRuleRequest::configRuleNames))
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
    private static final SdkField<java.util.List<String>> COMPLIANCE_TYPES_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("ComplianceTypes")
                    .getter(getter(DescribeComplianceByConfigRuleRequest::complianceTypes))
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
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextToken")
            .getter(getter(DescribeComplianceByConfigRuleRequest::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextToken")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(CONFIG_RULE_NAMES_FIELD, COMPLIANCE_TYPES_FIELD, NEXT_TOKEN_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<String> configRuleNames;
    private final java.util.List<String> complianceTypes;
    private final String nextToken;

    private DescribeComplianceByConfigRuleRequest(BuilderImpl builder) {
        super(builder);
        this.configRuleNames = builder.configRuleNames;
        this.complianceTypes = builder.complianceTypes;
        this.nextToken = builder.nextToken;
    }

    public final java.util.List<String> configRuleNames() {
        return configRuleNames;
    }
    /** Whether the ConfigRuleNames member was set (the SDK's auto-construct convention). */
    public final boolean hasConfigRuleNames() {
        return configRuleNames != null && !(configRuleNames instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> complianceTypes() {
        return complianceTypes;
    }
    /** Whether the ComplianceTypes member was set (the SDK's auto-construct convention). */
    public final boolean hasComplianceTypes() {
        return complianceTypes != null && !(complianceTypes instanceof SdkAutoConstructList);
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
        return Objects.hash(super.hashCode(), configRuleNames(), complianceTypes(), nextToken());
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
        if (!(obj instanceof DescribeComplianceByConfigRuleRequest other)) {
            return false;
        }
        return Objects.equals(configRuleNames(), other.configRuleNames())
                && Objects.equals(complianceTypes(), other.complianceTypes())
                && Objects.equals(nextToken(), other.nextToken());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeComplianceByConfigRuleRequest")
                .add("ConfigRuleNames", configRuleNames())
                .add("ComplianceTypes", complianceTypes())
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
        map.put("ConfigRuleNames", CONFIG_RULE_NAMES_FIELD);
        map.put("ComplianceTypes", COMPLIANCE_TYPES_FIELD);
        map.put("NextToken", NEXT_TOKEN_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeComplianceByConfigRuleRequest, T> g) {
        return obj -> g.apply((DescribeComplianceByConfigRuleRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends ConfigRequest.Builder, SdkPojo, CopyableBuilder<Builder, DescribeComplianceByConfigRuleRequest> {
        Builder configRuleNames(java.util.List<String> configRuleNames);

        Builder configRuleNames(String... configRuleNames);

        Builder complianceTypes(java.util.List<String> complianceTypes);

        Builder complianceTypes(String... complianceTypes);

        Builder nextToken(String nextToken);

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends ConfigRequest.BuilderImpl implements Builder {
        private java.util.List<String> configRuleNames = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> complianceTypes = DefaultSdkAutoConstructList.getInstance();
        private String nextToken;

        private BuilderImpl() {}

        private BuilderImpl(DescribeComplianceByConfigRuleRequest model) {
            super(model);
            configRuleNames(model.configRuleNames);
            complianceTypes(model.complianceTypes);
            nextToken(model.nextToken);
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
        public DescribeComplianceByConfigRuleRequest build() {
            return new DescribeComplianceByConfigRuleRequest(this);
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
