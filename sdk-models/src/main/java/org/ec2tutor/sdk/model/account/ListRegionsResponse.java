package org.ec2tutor.sdk.model.account;

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

/** The response of ListRegions. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class ListRegionsResponse extends AccountResponse
        implements ToCopyableBuilder<ListRegionsResponse.Builder, ListRegionsResponse> {
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextToken")
            .getter(getter(ListRegionsResponse::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextToken")
                    .build())
            .build();
    private static final SdkField<java.util.List<Region>> REGIONS_FIELD = SdkField.<java.util.List<Region>>builder(
                    MarshallingType.LIST)
            .memberName("Regions")
            .getter(getter(ListRegionsResponse::regions))
            .setter(setter(Builder::regions))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("Regions")
                            .build(),
                    ListTrait.builder()
                            .memberLocationName(null)
                            .memberFieldInfo(SdkField.<Region>builder(MarshallingType.SDK_POJO)
                                    .constructor(Region::builder)
                                    .traits(LocationTrait.builder()
                                            .location(MarshallLocation.PAYLOAD)
                                            .locationName("member")
                                            .build())
                                    .build())
                            .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(NEXT_TOKEN_FIELD, REGIONS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String nextToken;
    private final java.util.List<Region> regions;

    private ListRegionsResponse(BuilderImpl builder) {
        super(builder);
        this.nextToken = builder.nextToken;
        this.regions = builder.regions;
    }

    public final String nextToken() {
        return nextToken;
    }

    public final java.util.List<Region> regions() {
        return regions;
    }
    /** Whether the Regions member was set (the SDK's auto-construct convention). */
    public final boolean hasRegions() {
        return regions != null && !(regions instanceof SdkAutoConstructList);
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
        return Objects.hash(super.hashCode(), nextToken(), regions());
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
        if (!(obj instanceof ListRegionsResponse other)) {
            return false;
        }
        return Objects.equals(nextToken(), other.nextToken()) && Objects.equals(regions(), other.regions());
    }

    @Override
    public final String toString() {
        return ToString.builder("ListRegionsResponse")
                .add("NextToken", nextToken())
                .add("Regions", regions())
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
        map.put("NextToken", NEXT_TOKEN_FIELD);
        map.put("Regions", REGIONS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<ListRegionsResponse, T> g) {
        return obj -> g.apply((ListRegionsResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends AccountResponse.Builder, SdkPojo, CopyableBuilder<Builder, ListRegionsResponse> {
        Builder nextToken(String nextToken);

        Builder regions(java.util.List<Region> regions);

        Builder regions(Region... regions);
    }

    static final class BuilderImpl extends AccountResponse.BuilderImpl implements Builder {
        private String nextToken;
        private java.util.List<Region> regions = DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(ListRegionsResponse model) {
            super(model);
            nextToken(model.nextToken);
            regions(model.regions);
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        @Override
        public final Builder regions(java.util.List<Region> regions) {
            this.regions = regions == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(regions));
            return this;
        }

        @Override
        public final Builder regions(Region... regions) {
            return regions(Arrays.asList(regions));
        }

        @Override
        public ListRegionsResponse build() {
            return new ListRegionsResponse(this);
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
