package org.ec2tutor.sdk.model.account;

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

/** The request of ListRegions. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class ListRegionsRequest extends AccountRequest
        implements ToCopyableBuilder<ListRegionsRequest.Builder, ListRegionsRequest> {
    private static final SdkField<String> ACCOUNT_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("AccountId")
            .getter(getter(ListRegionsRequest::accountId))
            .setter(setter(Builder::accountId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("AccountId")
                    .build())
            .build();
    private static final SdkField<Integer> MAX_RESULTS_FIELD = SdkField.<Integer>builder(MarshallingType.INTEGER)
            .memberName("MaxResults")
            .getter(getter(ListRegionsRequest::maxResults))
            .setter(setter(Builder::maxResults))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("MaxResults")
                    .build())
            .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextToken")
            .getter(getter(ListRegionsRequest::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextToken")
                    .build())
            .build();
    private static final SdkField<java.util.List<String>> REGION_OPT_STATUS_CONTAINS_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("RegionOptStatusContains")
                    .getter(getter(ListRegionsRequest::regionOptStatusContains))
                    .setter(setter(Builder::regionOptStatusContains))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("RegionOptStatusContains")
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
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(ACCOUNT_ID_FIELD, MAX_RESULTS_FIELD, NEXT_TOKEN_FIELD, REGION_OPT_STATUS_CONTAINS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String accountId;
    private final Integer maxResults;
    private final String nextToken;
    private final java.util.List<String> regionOptStatusContains;

    private ListRegionsRequest(BuilderImpl builder) {
        super(builder);
        this.accountId = builder.accountId;
        this.maxResults = builder.maxResults;
        this.nextToken = builder.nextToken;
        this.regionOptStatusContains = builder.regionOptStatusContains;
    }

    public final String accountId() {
        return accountId;
    }

    public final Integer maxResults() {
        return maxResults;
    }

    public final String nextToken() {
        return nextToken;
    }

    public final java.util.List<String> regionOptStatusContains() {
        return regionOptStatusContains;
    }
    /** Whether the RegionOptStatusContains member was set (the SDK's auto-construct convention). */
    public final boolean hasRegionOptStatusContains() {
        return regionOptStatusContains != null && !(regionOptStatusContains instanceof SdkAutoConstructList);
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
        return Objects.hash(super.hashCode(), accountId(), maxResults(), nextToken(), regionOptStatusContains());
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
        if (!(obj instanceof ListRegionsRequest other)) {
            return false;
        }
        return Objects.equals(accountId(), other.accountId())
                && Objects.equals(maxResults(), other.maxResults())
                && Objects.equals(nextToken(), other.nextToken())
                && Objects.equals(regionOptStatusContains(), other.regionOptStatusContains());
    }

    @Override
    public final String toString() {
        return ToString.builder("ListRegionsRequest")
                .add("AccountId", accountId())
                .add("MaxResults", maxResults())
                .add("NextToken", nextToken())
                .add("RegionOptStatusContains", regionOptStatusContains())
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
        map.put("AccountId", ACCOUNT_ID_FIELD);
        map.put("MaxResults", MAX_RESULTS_FIELD);
        map.put("NextToken", NEXT_TOKEN_FIELD);
        map.put("RegionOptStatusContains", REGION_OPT_STATUS_CONTAINS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<ListRegionsRequest, T> g) {
        return obj -> g.apply((ListRegionsRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends AccountRequest.Builder, SdkPojo, CopyableBuilder<Builder, ListRegionsRequest> {
        Builder accountId(String accountId);

        Builder maxResults(Integer maxResults);

        Builder nextToken(String nextToken);

        Builder regionOptStatusContains(java.util.List<String> regionOptStatusContains);

        Builder regionOptStatusContains(String... regionOptStatusContains);

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends AccountRequest.BuilderImpl implements Builder {
        private String accountId;
        private Integer maxResults;
        private String nextToken;
        private java.util.List<String> regionOptStatusContains = DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(ListRegionsRequest model) {
            super(model);
            accountId(model.accountId);
            maxResults(model.maxResults);
            nextToken(model.nextToken);
            regionOptStatusContains(model.regionOptStatusContains);
        }

        @Override
        public final Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        @Override
        public final Builder maxResults(Integer maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        @Override
        public final Builder regionOptStatusContains(java.util.List<String> regionOptStatusContains) {
            this.regionOptStatusContains = regionOptStatusContains == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(regionOptStatusContains));
            return this;
        }

        @Override
        public final Builder regionOptStatusContains(String... regionOptStatusContains) {
            return regionOptStatusContains(Arrays.asList(regionOptStatusContains));
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
        public ListRegionsRequest build() {
            return new ListRegionsRequest(this);
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
