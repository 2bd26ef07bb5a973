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

/** The response of DescribeComplianceByResource. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeComplianceByResourceResponse extends ConfigResponse
        implements ToCopyableBuilder<
                DescribeComplianceByResourceResponse.Builder, DescribeComplianceByResourceResponse> {
    private static final SdkField<java.util.List<ComplianceByResource>> COMPLIANCE_BY_RESOURCES_FIELD =
            SdkField.<java.util.List<ComplianceByResource>>builder(MarshallingType.LIST)
                    .memberName("ComplianceByResources")
                    .getter(getter(DescribeComplianceByResourceResponse::complianceByResources))
                    .setter(setter(Builder::complianceByResources))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("ComplianceByResources")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<ComplianceByResource>builder(MarshallingType.SDK_POJO)
                                            .constructor(ComplianceByResource::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextToken")
            .getter(getter(DescribeComplianceByResourceResponse::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextToken")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(COMPLIANCE_BY_RESOURCES_FIELD, NEXT_TOKEN_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<ComplianceByResource> complianceByResources;
    private final String nextToken;

    private DescribeComplianceByResourceResponse(BuilderImpl builder) {
        super(builder);
        this.complianceByResources = builder.complianceByResources;
        this.nextToken = builder.nextToken;
    }

    public final java.util.List<ComplianceByResource> complianceByResources() {
        return complianceByResources;
    }
    /** Whether the ComplianceByResources member was set (the SDK's auto-construct convention). */
    public final boolean hasComplianceByResources() {
        return complianceByResources != null && !(complianceByResources instanceof SdkAutoConstructList);
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
        return Objects.hash(super.hashCode(), complianceByResources(), nextToken());
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
        if (!(obj instanceof DescribeComplianceByResourceResponse other)) {
            return false;
        }
        return Objects.equals(complianceByResources(), other.complianceByResources())
                && Objects.equals(nextToken(), other.nextToken());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeComplianceByResourceResponse")
                .add("ComplianceByResources", complianceByResources())
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
        map.put("ComplianceByResources", COMPLIANCE_BY_RESOURCES_FIELD);
        map.put("NextToken", NEXT_TOKEN_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeComplianceByResourceResponse, T> g) {
        return obj -> g.apply((DescribeComplianceByResourceResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends ConfigResponse.Builder, SdkPojo, CopyableBuilder<Builder, DescribeComplianceByResourceResponse> {
        Builder complianceByResources(java.util.List<ComplianceByResource> complianceByResources);

        Builder complianceByResources(ComplianceByResource... complianceByResources);

        Builder nextToken(String nextToken);
    }

    static final class BuilderImpl extends ConfigResponse.BuilderImpl implements Builder {
        private java.util.List<ComplianceByResource> complianceByResources = DefaultSdkAutoConstructList.getInstance();
        private String nextToken;

        private BuilderImpl() {}

        private BuilderImpl(DescribeComplianceByResourceResponse model) {
            super(model);
            complianceByResources(model.complianceByResources);
            nextToken(model.nextToken);
        }

        @Override
        public final Builder complianceByResources(java.util.List<ComplianceByResource> complianceByResources) {
            this.complianceByResources = complianceByResources == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(complianceByResources));
            return this;
        }

        @Override
        public final Builder complianceByResources(ComplianceByResource... complianceByResources) {
            return complianceByResources(Arrays.asList(complianceByResources));
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        @Override
        public DescribeComplianceByResourceResponse build() {
            return new DescribeComplianceByResourceResponse(this);
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
