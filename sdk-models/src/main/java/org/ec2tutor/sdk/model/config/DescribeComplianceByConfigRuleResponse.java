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
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The response of DescribeComplianceByConfigRule. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeComplianceByConfigRuleResponse extends ConfigResponse
        implements ToCopyableBuilder<
                DescribeComplianceByConfigRuleResponse.Builder, DescribeComplianceByConfigRuleResponse> {
    private static final SdkField<java.util.List<ComplianceByConfigRule>> COMPLIANCE_BY_CONFIG_RULES_FIELD =
            SdkField.<java.util.List<ComplianceByConfigRule>>builder(MarshallingType.LIST)
                    .memberName("ComplianceByConfigRules")
                    .getter(getter(DescribeComplianceByConfigRuleResponse::complianceByConfigRules))
                    .setter(setter(Builder::complianceByConfigRules))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("ComplianceByConfigRules")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<ComplianceByConfigRule>builder(MarshallingType.SDK_POJO)
                                            .constructor(ComplianceByConfigRule::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextToken")
            .getter(getter(DescribeComplianceByConfigRuleResponse::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextToken")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(COMPLIANCE_BY_CONFIG_RULES_FIELD, NEXT_TOKEN_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<ComplianceByConfigRule> complianceByConfigRules;
    private final String nextToken;

    private DescribeComplianceByConfigRuleResponse(BuilderImpl builder) {
        super(builder);
        this.complianceByConfigRules = builder.complianceByConfigRules;
        this.nextToken = builder.nextToken;
    }

    public final java.util.List<ComplianceByConfigRule> complianceByConfigRules() {
        return complianceByConfigRules;
    }
    /** Whether the ComplianceByConfigRules member was set (the SDK's auto-construct convention). */
    public final boolean hasComplianceByConfigRules() {
        return complianceByConfigRules != null && !(complianceByConfigRules instanceof SdkAutoConstructList);
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
        return Objects.hash(super.hashCode(), complianceByConfigRules(), nextToken());
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
        if (!(obj instanceof DescribeComplianceByConfigRuleResponse other)) {
            return false;
        }
        return Objects.equals(complianceByConfigRules(), other.complianceByConfigRules())
                && Objects.equals(nextToken(), other.nextToken());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeComplianceByConfigRuleResponse")
                .add("ComplianceByConfigRules", complianceByConfigRules())
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
        map.put("ComplianceByConfigRules", COMPLIANCE_BY_CONFIG_RULES_FIELD);
        map.put("NextToken", NEXT_TOKEN_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeComplianceByConfigRuleResponse, T> g) {
        return obj -> g.apply((DescribeComplianceByConfigRuleResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends ConfigResponse.Builder, SdkPojo, CopyableBuilder<Builder, DescribeComplianceByConfigRuleResponse> {
        Builder complianceByConfigRules(java.util.List<ComplianceByConfigRule> complianceByConfigRules);

        Builder complianceByConfigRules(ComplianceByConfigRule... complianceByConfigRules);

        Builder nextToken(String nextToken);
    }

    static final class BuilderImpl extends ConfigResponse.BuilderImpl implements Builder {
        private java.util.List<ComplianceByConfigRule> complianceByConfigRules =
                DefaultSdkAutoConstructList.getInstance();
        private String nextToken;

        private BuilderImpl() {}

        private BuilderImpl(DescribeComplianceByConfigRuleResponse model) {
            super(model);
            complianceByConfigRules(model.complianceByConfigRules);
            nextToken(model.nextToken);
        }

        @Override
        public final Builder complianceByConfigRules(java.util.List<ComplianceByConfigRule> complianceByConfigRules) {
            this.complianceByConfigRules = complianceByConfigRules == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(complianceByConfigRules));
            return this;
        }

        @Override
        public final Builder complianceByConfigRules(ComplianceByConfigRule... complianceByConfigRules) {
            return complianceByConfigRules(Arrays.asList(complianceByConfigRules));
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        @Override
        public DescribeComplianceByConfigRuleResponse build() {
            return new DescribeComplianceByConfigRuleResponse(this);
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
