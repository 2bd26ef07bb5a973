package org.ec2tutor.sdk.model.savingsplans;

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
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructMap;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The request of CreateSavingsPlan. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class CreateSavingsPlanRequest extends SavingsPlansRequest
        implements ToCopyableBuilder<CreateSavingsPlanRequest.Builder, CreateSavingsPlanRequest> {
    private static final SdkField<String> SAVINGS_PLAN_OFFERING_ID_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("savingsPlanOfferingId")
            .getter(getter(CreateSavingsPlanRequest::savingsPlanOfferingId))
            .setter(setter(Builder::savingsPlanOfferingId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("savingsPlanOfferingId")
                    .build())
            .build();
    private static final SdkField<String> COMMITMENT_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("commitment")
            .getter(getter(CreateSavingsPlanRequest::commitment))
            .setter(setter(Builder::commitment))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("commitment")
                    .build())
            .build();
    private static final SdkField<String> UPFRONT_PAYMENT_AMOUNT_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("upfrontPaymentAmount")
            .getter(getter(CreateSavingsPlanRequest::upfrontPaymentAmount))
            .setter(setter(Builder::upfrontPaymentAmount))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("upfrontPaymentAmount")
                    .build())
            .build();
    private static final SdkField<java.time.Instant> PURCHASE_TIME_FIELD = SdkField.<java.time.Instant>builder(
                    MarshallingType.INSTANT)
            .memberName("purchaseTime")
            .getter(getter(CreateSavingsPlanRequest::purchaseTime))
            .setter(setter(Builder::purchaseTime))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("purchaseTime")
                    .build())
            .build();
    private static final SdkField<String> CLIENT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("clientToken")
            .getter(getter(CreateSavingsPlanRequest::clientToken))
            .setter(setter(Builder::clientToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("clientToken")
                    .build())
            .build();
    private static final SdkField<java.util.Map<String, String>> TAGS_FIELD =
            SdkField.<java.util.Map<String, String>>builder(MarshallingType.MAP)
                    .memberName("tags")
                    .getter(getter(CreateSavingsPlanRequest::tags))
                    .setter(setter(Builder::tags))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("tags")
                                    .build(),
                            MapTrait.builder()
                                    .keyLocationName("key")
                                    .valueLocationName("value")
                                    .valueFieldInfo(SdkField.<String>builder(MarshallingType.STRING)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("value")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            SAVINGS_PLAN_OFFERING_ID_FIELD,
            COMMITMENT_FIELD,
            UPFRONT_PAYMENT_AMOUNT_FIELD,
            PURCHASE_TIME_FIELD,
            CLIENT_TOKEN_FIELD,
            TAGS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String savingsPlanOfferingId;
    private final String commitment;
    private final String upfrontPaymentAmount;
    private final java.time.Instant purchaseTime;
    private final String clientToken;
    private final java.util.Map<String, String> tags;

    private CreateSavingsPlanRequest(BuilderImpl builder) {
        super(builder);
        this.savingsPlanOfferingId = builder.savingsPlanOfferingId;
        this.commitment = builder.commitment;
        this.upfrontPaymentAmount = builder.upfrontPaymentAmount;
        this.purchaseTime = builder.purchaseTime;
        this.clientToken = builder.clientToken;
        this.tags = builder.tags;
    }

    public final String savingsPlanOfferingId() {
        return savingsPlanOfferingId;
    }

    public final String commitment() {
        return commitment;
    }

    public final String upfrontPaymentAmount() {
        return upfrontPaymentAmount;
    }

    public final java.time.Instant purchaseTime() {
        return purchaseTime;
    }

    public final String clientToken() {
        return clientToken;
    }

    public final java.util.Map<String, String> tags() {
        return tags;
    }
    /** Whether the tags member was set (the SDK's auto-construct convention). */
    public final boolean hasTags() {
        return tags != null && !(tags instanceof SdkAutoConstructMap);
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
                super.hashCode(),
                savingsPlanOfferingId(),
                commitment(),
                upfrontPaymentAmount(),
                purchaseTime(),
                clientToken(),
                tags());
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
        if (!(obj instanceof CreateSavingsPlanRequest other)) {
            return false;
        }
        return Objects.equals(savingsPlanOfferingId(), other.savingsPlanOfferingId())
                && Objects.equals(commitment(), other.commitment())
                && Objects.equals(upfrontPaymentAmount(), other.upfrontPaymentAmount())
                && Objects.equals(purchaseTime(), other.purchaseTime())
                && Objects.equals(clientToken(), other.clientToken())
                && Objects.equals(tags(), other.tags());
    }

    @Override
    public final String toString() {
        return ToString.builder("CreateSavingsPlanRequest")
                .add("savingsPlanOfferingId", savingsPlanOfferingId())
                .add("commitment", commitment())
                .add("upfrontPaymentAmount", upfrontPaymentAmount())
                .add("purchaseTime", purchaseTime())
                .add("clientToken", clientToken())
                .add("tags", tags())
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
        map.put("savingsPlanOfferingId", SAVINGS_PLAN_OFFERING_ID_FIELD);
        map.put("commitment", COMMITMENT_FIELD);
        map.put("upfrontPaymentAmount", UPFRONT_PAYMENT_AMOUNT_FIELD);
        map.put("purchaseTime", PURCHASE_TIME_FIELD);
        map.put("clientToken", CLIENT_TOKEN_FIELD);
        map.put("tags", TAGS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<CreateSavingsPlanRequest, T> g) {
        return obj -> g.apply((CreateSavingsPlanRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends SavingsPlansRequest.Builder, SdkPojo, CopyableBuilder<Builder, CreateSavingsPlanRequest> {
        Builder savingsPlanOfferingId(String savingsPlanOfferingId);

        Builder commitment(String commitment);

        Builder upfrontPaymentAmount(String upfrontPaymentAmount);

        Builder purchaseTime(java.time.Instant purchaseTime);

        Builder clientToken(String clientToken);

        Builder tags(java.util.Map<String, String> tags);

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends SavingsPlansRequest.BuilderImpl implements Builder {
        private String savingsPlanOfferingId;
        private String commitment;
        private String upfrontPaymentAmount;
        private java.time.Instant purchaseTime;
        private String clientToken;
        private java.util.Map<String, String> tags = DefaultSdkAutoConstructMap.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(CreateSavingsPlanRequest model) {
            super(model);
            savingsPlanOfferingId(model.savingsPlanOfferingId);
            commitment(model.commitment);
            upfrontPaymentAmount(model.upfrontPaymentAmount);
            purchaseTime(model.purchaseTime);
            clientToken(model.clientToken);
            tags(model.tags);
        }

        @Override
        public final Builder savingsPlanOfferingId(String savingsPlanOfferingId) {
            this.savingsPlanOfferingId = savingsPlanOfferingId;
            return this;
        }

        @Override
        public final Builder commitment(String commitment) {
            this.commitment = commitment;
            return this;
        }

        @Override
        public final Builder upfrontPaymentAmount(String upfrontPaymentAmount) {
            this.upfrontPaymentAmount = upfrontPaymentAmount;
            return this;
        }

        @Override
        public final Builder purchaseTime(java.time.Instant purchaseTime) {
            this.purchaseTime = purchaseTime;
            return this;
        }

        @Override
        public final Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        @Override
        public final Builder tags(java.util.Map<String, String> tags) {
            this.tags = tags == null
                    ? DefaultSdkAutoConstructMap.getInstance()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
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
        public CreateSavingsPlanRequest build() {
            return new CreateSavingsPlanRequest(this);
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
