package org.ec2tutor.sdk.model.costexplorer;

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

/** The response of GetCostAndUsage. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class GetCostAndUsageResponse extends CostExplorerResponse
        implements ToCopyableBuilder<GetCostAndUsageResponse.Builder, GetCostAndUsageResponse> {
    private static final SdkField<String> NEXT_PAGE_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextPageToken")
            .getter(getter(GetCostAndUsageResponse::nextPageToken))
            .setter(setter(Builder::nextPageToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextPageToken")
                    .build())
            .build();
    private static final SdkField<java.util.List<GroupDefinition>> GROUP_DEFINITIONS_FIELD =
            SdkField.<java.util.List<GroupDefinition>>builder(MarshallingType.LIST)
                    .memberName("GroupDefinitions")
                    .getter(getter(GetCostAndUsageResponse::groupDefinitions))
                    .setter(setter(Builder::groupDefinitions))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("GroupDefinitions")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<GroupDefinition>builder(MarshallingType.SDK_POJO)
                                            .constructor(GroupDefinition::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<java.util.List<ResultByTime>> RESULTS_BY_TIME_FIELD =
            SdkField.<java.util.List<ResultByTime>>builder(MarshallingType.LIST)
                    .memberName("ResultsByTime")
                    .getter(getter(GetCostAndUsageResponse::resultsByTime))
                    .setter(setter(Builder::resultsByTime))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("ResultsByTime")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<ResultByTime>builder(MarshallingType.SDK_POJO)
                                            .constructor(ResultByTime::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<java.util.List<DimensionValuesWithAttributes>> DIMENSION_VALUE_ATTRIBUTES_FIELD =
            SdkField.<java.util.List<DimensionValuesWithAttributes>>builder(MarshallingType.LIST)
                    .memberName("DimensionValueAttributes")
                    .getter(getter(GetCostAndUsageResponse::dimensionValueAttributes))
                    .setter(setter(Builder::dimensionValueAttributes))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("DimensionValueAttributes")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(
                                            SdkField.<DimensionValuesWithAttributes>builder(MarshallingType.SDK_POJO)
                                                    .constructor(DimensionValuesWithAttributes::builder)
                                                    .traits(LocationTrait.builder()
                                                            .location(MarshallLocation.PAYLOAD)
                                                            .locationName("member")
                                                            .build())
                                                    .build())
                                    .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            NEXT_PAGE_TOKEN_FIELD, GROUP_DEFINITIONS_FIELD, RESULTS_BY_TIME_FIELD, DIMENSION_VALUE_ATTRIBUTES_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String nextPageToken;
    private final java.util.List<GroupDefinition> groupDefinitions;
    private final java.util.List<ResultByTime> resultsByTime;
    private final java.util.List<DimensionValuesWithAttributes> dimensionValueAttributes;

    private GetCostAndUsageResponse(BuilderImpl builder) {
        super(builder);
        this.nextPageToken = builder.nextPageToken;
        this.groupDefinitions = builder.groupDefinitions;
        this.resultsByTime = builder.resultsByTime;
        this.dimensionValueAttributes = builder.dimensionValueAttributes;
    }

    public final String nextPageToken() {
        return nextPageToken;
    }

    public final java.util.List<GroupDefinition> groupDefinitions() {
        return groupDefinitions;
    }
    /** Whether the GroupDefinitions member was set (the SDK's auto-construct convention). */
    public final boolean hasGroupDefinitions() {
        return groupDefinitions != null && !(groupDefinitions instanceof SdkAutoConstructList);
    }

    public final java.util.List<ResultByTime> resultsByTime() {
        return resultsByTime;
    }
    /** Whether the ResultsByTime member was set (the SDK's auto-construct convention). */
    public final boolean hasResultsByTime() {
        return resultsByTime != null && !(resultsByTime instanceof SdkAutoConstructList);
    }

    public final java.util.List<DimensionValuesWithAttributes> dimensionValueAttributes() {
        return dimensionValueAttributes;
    }
    /** Whether the DimensionValueAttributes member was set (the SDK's auto-construct convention). */
    public final boolean hasDimensionValueAttributes() {
        return dimensionValueAttributes != null && !(dimensionValueAttributes instanceof SdkAutoConstructList);
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
                super.hashCode(), nextPageToken(), groupDefinitions(), resultsByTime(), dimensionValueAttributes());
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
        if (!(obj instanceof GetCostAndUsageResponse other)) {
            return false;
        }
        return Objects.equals(nextPageToken(), other.nextPageToken())
                && Objects.equals(groupDefinitions(), other.groupDefinitions())
                && Objects.equals(resultsByTime(), other.resultsByTime())
                && Objects.equals(dimensionValueAttributes(), other.dimensionValueAttributes());
    }

    @Override
    public final String toString() {
        return ToString.builder("GetCostAndUsageResponse")
                .add("NextPageToken", nextPageToken())
                .add("GroupDefinitions", groupDefinitions())
                .add("ResultsByTime", resultsByTime())
                .add("DimensionValueAttributes", dimensionValueAttributes())
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
        map.put("NextPageToken", NEXT_PAGE_TOKEN_FIELD);
        map.put("GroupDefinitions", GROUP_DEFINITIONS_FIELD);
        map.put("ResultsByTime", RESULTS_BY_TIME_FIELD);
        map.put("DimensionValueAttributes", DIMENSION_VALUE_ATTRIBUTES_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<GetCostAndUsageResponse, T> g) {
        return obj -> g.apply((GetCostAndUsageResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends CostExplorerResponse.Builder, SdkPojo, CopyableBuilder<Builder, GetCostAndUsageResponse> {
        Builder nextPageToken(String nextPageToken);

        Builder groupDefinitions(java.util.List<GroupDefinition> groupDefinitions);

        Builder groupDefinitions(GroupDefinition... groupDefinitions);

        Builder resultsByTime(java.util.List<ResultByTime> resultsByTime);

        Builder resultsByTime(ResultByTime... resultsByTime);

        Builder dimensionValueAttributes(java.util.List<DimensionValuesWithAttributes> dimensionValueAttributes);

        Builder dimensionValueAttributes(DimensionValuesWithAttributes... dimensionValueAttributes);
    }

    static final class BuilderImpl extends CostExplorerResponse.BuilderImpl implements Builder {
        private String nextPageToken;
        private java.util.List<GroupDefinition> groupDefinitions = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<ResultByTime> resultsByTime = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<DimensionValuesWithAttributes> dimensionValueAttributes =
                DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(GetCostAndUsageResponse model) {
            super(model);
            nextPageToken(model.nextPageToken);
            groupDefinitions(model.groupDefinitions);
            resultsByTime(model.resultsByTime);
            dimensionValueAttributes(model.dimensionValueAttributes);
        }

        @Override
        public final Builder nextPageToken(String nextPageToken) {
            this.nextPageToken = nextPageToken;
            return this;
        }

        @Override
        public final Builder groupDefinitions(java.util.List<GroupDefinition> groupDefinitions) {
            this.groupDefinitions = groupDefinitions == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groupDefinitions));
            return this;
        }

        @Override
        public final Builder groupDefinitions(GroupDefinition... groupDefinitions) {
            return groupDefinitions(Arrays.asList(groupDefinitions));
        }

        @Override
        public final Builder resultsByTime(java.util.List<ResultByTime> resultsByTime) {
            this.resultsByTime = resultsByTime == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(resultsByTime));
            return this;
        }

        @Override
        public final Builder resultsByTime(ResultByTime... resultsByTime) {
            return resultsByTime(Arrays.asList(resultsByTime));
        }

        @Override
        public final Builder dimensionValueAttributes(
                java.util.List<DimensionValuesWithAttributes> dimensionValueAttributes) {
            this.dimensionValueAttributes = dimensionValueAttributes == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(dimensionValueAttributes));
            return this;
        }

        @Override
        public final Builder dimensionValueAttributes(DimensionValuesWithAttributes... dimensionValueAttributes) {
            return dimensionValueAttributes(Arrays.asList(dimensionValueAttributes));
        }

        @Override
        public GetCostAndUsageResponse build() {
            return new GetCostAndUsageResponse(this);
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
