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
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The response of GetRegionOptStatus. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class GetRegionOptStatusResponse extends AccountResponse
        implements ToCopyableBuilder<GetRegionOptStatusResponse.Builder, GetRegionOptStatusResponse> {
    private static final SdkField<String> REGION_NAME_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("RegionName")
            .getter(getter(GetRegionOptStatusResponse::regionName))
            .setter(setter(Builder::regionName))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("RegionName")
                    .build())
            .build();
    private static final SdkField<String> REGION_OPT_STATUS_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("RegionOptStatus")
            .getter(getter(GetRegionOptStatusResponse::regionOptStatus))
            .setter(setter(Builder::regionOptStatus))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("RegionOptStatus")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(REGION_NAME_FIELD, REGION_OPT_STATUS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String regionName;
    private final String regionOptStatus;

    private GetRegionOptStatusResponse(BuilderImpl builder) {
        super(builder);
        this.regionName = builder.regionName;
        this.regionOptStatus = builder.regionOptStatus;
    }

    public final String regionName() {
        return regionName;
    }

    public final String regionOptStatus() {
        return regionOptStatus;
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
        return Objects.hash(super.hashCode(), regionName(), regionOptStatus());
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
        if (!(obj instanceof GetRegionOptStatusResponse other)) {
            return false;
        }
        return Objects.equals(regionName(), other.regionName())
                && Objects.equals(regionOptStatus(), other.regionOptStatus());
    }

    @Override
    public final String toString() {
        return ToString.builder("GetRegionOptStatusResponse")
                .add("RegionName", regionName())
                .add("RegionOptStatus", regionOptStatus())
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
        map.put("RegionName", REGION_NAME_FIELD);
        map.put("RegionOptStatus", REGION_OPT_STATUS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<GetRegionOptStatusResponse, T> g) {
        return obj -> g.apply((GetRegionOptStatusResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends AccountResponse.Builder, SdkPojo, CopyableBuilder<Builder, GetRegionOptStatusResponse> {
        Builder regionName(String regionName);

        Builder regionOptStatus(String regionOptStatus);
    }

    static final class BuilderImpl extends AccountResponse.BuilderImpl implements Builder {
        private String regionName;
        private String regionOptStatus;

        private BuilderImpl() {}

        private BuilderImpl(GetRegionOptStatusResponse model) {
            super(model);
            regionName(model.regionName);
            regionOptStatus(model.regionOptStatus);
        }

        @Override
        public final Builder regionName(String regionName) {
            this.regionName = regionName;
            return this;
        }

        @Override
        public final Builder regionOptStatus(String regionOptStatus) {
            this.regionOptStatus = regionOptStatus;
            return this;
        }

        @Override
        public GetRegionOptStatusResponse build() {
            return new GetRegionOptStatusResponse(this);
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
