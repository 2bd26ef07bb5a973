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
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The request of GetRegionOptStatus. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class GetRegionOptStatusRequest extends AccountRequest
        implements ToCopyableBuilder<GetRegionOptStatusRequest.Builder, GetRegionOptStatusRequest> {
    private static final SdkField<String> ACCOUNT_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("AccountId")
            .getter(getter(GetRegionOptStatusRequest::accountId))
            .setter(setter(Builder::accountId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("AccountId")
                    .build())
            .build();
    private static final SdkField<String> REGION_NAME_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("RegionName")
            .getter(getter(GetRegionOptStatusRequest::regionName))
            .setter(setter(Builder::regionName))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("RegionName")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(ACCOUNT_ID_FIELD, REGION_NAME_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String accountId;
    private final String regionName;

    private GetRegionOptStatusRequest(BuilderImpl builder) {
        super(builder);
        this.accountId = builder.accountId;
        this.regionName = builder.regionName;
    }

    public final String accountId() {
        return accountId;
    }

    public final String regionName() {
        return regionName;
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
        return Objects.hash(super.hashCode(), accountId(), regionName());
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
        if (!(obj instanceof GetRegionOptStatusRequest other)) {
            return false;
        }
        return Objects.equals(accountId(), other.accountId()) && Objects.equals(regionName(), other.regionName());
    }

    @Override
    public final String toString() {
        return ToString.builder("GetRegionOptStatusRequest")
                .add("AccountId", accountId())
                .add("RegionName", regionName())
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
        map.put("RegionName", REGION_NAME_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<GetRegionOptStatusRequest, T> g) {
        return obj -> g.apply((GetRegionOptStatusRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends AccountRequest.Builder, SdkPojo, CopyableBuilder<Builder, GetRegionOptStatusRequest> {
        Builder accountId(String accountId);

        Builder regionName(String regionName);

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends AccountRequest.BuilderImpl implements Builder {
        private String accountId;
        private String regionName;

        private BuilderImpl() {}

        private BuilderImpl(GetRegionOptStatusRequest model) {
            super(model);
            accountId(model.accountId);
            regionName(model.regionName);
        }

        @Override
        public final Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        @Override
        public final Builder regionName(String regionName) {
            this.regionName = regionName;
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
        public GetRegionOptStatusRequest build() {
            return new GetRegionOptStatusRequest(this);
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
