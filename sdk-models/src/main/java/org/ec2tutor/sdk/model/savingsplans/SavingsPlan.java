package org.ec2tutor.sdk.model.savingsplans;

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
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructMap;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The SavingsPlan structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class SavingsPlan implements SdkPojo, ToCopyableBuilder<SavingsPlan.Builder, SavingsPlan> {
    private static final SdkField<String> OFFERING_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("offeringId")
            .getter(getter(SavingsPlan::offeringId))
            .setter(setter(Builder::offeringId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("offeringId")
                    .build())
            .build();
    private static final SdkField<String> SAVINGS_PLAN_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("savingsPlanId")
            .getter(getter(SavingsPlan::savingsPlanId))
            .setter(setter(Builder::savingsPlanId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("savingsPlanId")
                    .build())
            .build();
    private static final SdkField<String> SAVINGS_PLAN_ARN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("savingsPlanArn")
            .getter(getter(SavingsPlan::savingsPlanArn))
            .setter(setter(Builder::savingsPlanArn))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("savingsPlanArn")
                    .build())
            .build();
    private static final SdkField<String> DESCRIPTION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("description")
            .getter(getter(SavingsPlan::description))
            .setter(setter(Builder::description))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("description")
                    .build())
            .build();
    private static final SdkField<String> START_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("start")
            .getter(getter(SavingsPlan::start))
            .setter(setter(Builder::start))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("start")
                    .build())
            .build();
    private static final SdkField<String> END_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("end")
            .getter(getter(SavingsPlan::end))
            .setter(setter(Builder::end))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("end")
                    .build())
            .build();
    private static final SdkField<String> STATE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("state")
            .getter(getter(SavingsPlan::state))
            .setter(setter(Builder::state))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("state")
                    .build())
            .build();
    private static final SdkField<String> REGION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("region")
            .getter(getter(SavingsPlan::region))
            .setter(setter(Builder::region))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("region")
                    .build())
            .build();
    private static final SdkField<String> EC2_INSTANCE_FAMILY_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ec2InstanceFamily")
            .getter(getter(SavingsPlan::ec2InstanceFamily))
            .setter(setter(Builder::ec2InstanceFamily))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ec2InstanceFamily")
                    .build())
            .build();
    private static final SdkField<String> SAVINGS_PLAN_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("savingsPlanType")
            .getter(getter(SavingsPlan::savingsPlanType))
            .setter(setter(Builder::savingsPlanType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("savingsPlanType")
                    .build())
            .build();
    private static final SdkField<String> PAYMENT_OPTION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("paymentOption")
            .getter(getter(SavingsPlan::paymentOption))
            .setter(setter(Builder::paymentOption))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("paymentOption")
                    .build())
            .build();
    private static final SdkField<java.util.List<String>> PRODUCT_TYPES_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("productTypes")
                    .getter(getter(SavingsPlan::productTypes))
                    .setter(setter(Builder::productTypes))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("productTypes")
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
    private static final SdkField<String> CURRENCY_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("currency")
            .getter(getter(SavingsPlan::currency))
            .setter(setter(Builder::currency))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("currency")
                    .build())
            .build();
    private static final SdkField<String> COMMITMENT_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("commitment")
            .getter(getter(SavingsPlan::commitment))
            .setter(setter(Builder::commitment))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("commitment")
                    .build())
            .build();
    private static final SdkField<String> UPFRONT_PAYMENT_AMOUNT_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("upfrontPaymentAmount")
            .getter(getter(SavingsPlan::upfrontPaymentAmount))
            .setter(setter(Builder::upfrontPaymentAmount))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("upfrontPaymentAmount")
                    .build())
            .build();
    private static final SdkField<String> RECURRING_PAYMENT_AMOUNT_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("recurringPaymentAmount")
            .getter(getter(SavingsPlan::recurringPaymentAmount))
            .setter(setter(Builder::recurringPaymentAmount))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("recurringPaymentAmount")
                    .build())
            .build();
    private static final SdkField<Long> TERM_DURATION_IN_SECONDS_FIELD = SdkField.<Long>builder(MarshallingType.LONG)
            .memberName("termDurationInSeconds")
            .getter(getter(SavingsPlan::termDurationInSeconds))
            .setter(setter(Builder::termDurationInSeconds))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("termDurationInSeconds")
                    .build())
            .build();
    private static final SdkField<java.util.Map<String, String>> TAGS_FIELD =
            SdkField.<java.util.Map<String, String>>builder(MarshallingType.MAP)
                    .memberName("tags")
                    .getter(getter(SavingsPlan::tags))
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
            OFFERING_ID_FIELD,
            SAVINGS_PLAN_ID_FIELD,
            SAVINGS_PLAN_ARN_FIELD,
            DESCRIPTION_FIELD,
            START_FIELD,
            END_FIELD,
            STATE_FIELD,
            REGION_FIELD,
            EC2_INSTANCE_FAMILY_FIELD,
            SAVINGS_PLAN_TYPE_FIELD,
            PAYMENT_OPTION_FIELD,
            PRODUCT_TYPES_FIELD,
            CURRENCY_FIELD,
            COMMITMENT_FIELD,
            UPFRONT_PAYMENT_AMOUNT_FIELD,
            RECURRING_PAYMENT_AMOUNT_FIELD,
            TERM_DURATION_IN_SECONDS_FIELD,
            TAGS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String offeringId;
    private final String savingsPlanId;
    private final String savingsPlanArn;
    private final String description;
    private final String start;
    private final String end;
    private final String state;
    private final String region;
    private final String ec2InstanceFamily;
    private final String savingsPlanType;
    private final String paymentOption;
    private final java.util.List<String> productTypes;
    private final String currency;
    private final String commitment;
    private final String upfrontPaymentAmount;
    private final String recurringPaymentAmount;
    private final Long termDurationInSeconds;
    private final java.util.Map<String, String> tags;

    private SavingsPlan(BuilderImpl builder) {
        this.offeringId = builder.offeringId;
        this.savingsPlanId = builder.savingsPlanId;
        this.savingsPlanArn = builder.savingsPlanArn;
        this.description = builder.description;
        this.start = builder.start;
        this.end = builder.end;
        this.state = builder.state;
        this.region = builder.region;
        this.ec2InstanceFamily = builder.ec2InstanceFamily;
        this.savingsPlanType = builder.savingsPlanType;
        this.paymentOption = builder.paymentOption;
        this.productTypes = builder.productTypes;
        this.currency = builder.currency;
        this.commitment = builder.commitment;
        this.upfrontPaymentAmount = builder.upfrontPaymentAmount;
        this.recurringPaymentAmount = builder.recurringPaymentAmount;
        this.termDurationInSeconds = builder.termDurationInSeconds;
        this.tags = builder.tags;
    }

    public final String offeringId() {
        return offeringId;
    }

    public final String savingsPlanId() {
        return savingsPlanId;
    }

    public final String savingsPlanArn() {
        return savingsPlanArn;
    }

    public final String description() {
        return description;
    }

    public final String start() {
        return start;
    }

    public final String end() {
        return end;
    }

    public final String state() {
        return state;
    }

    public final String region() {
        return region;
    }

    public final String ec2InstanceFamily() {
        return ec2InstanceFamily;
    }

    public final String savingsPlanType() {
        return savingsPlanType;
    }

    public final String paymentOption() {
        return paymentOption;
    }

    public final java.util.List<String> productTypes() {
        return productTypes;
    }
    /** Whether the productTypes member was set (the SDK's auto-construct convention). */
    public final boolean hasProductTypes() {
        return productTypes != null && !(productTypes instanceof SdkAutoConstructList);
    }

    public final String currency() {
        return currency;
    }

    public final String commitment() {
        return commitment;
    }

    public final String upfrontPaymentAmount() {
        return upfrontPaymentAmount;
    }

    public final String recurringPaymentAmount() {
        return recurringPaymentAmount;
    }

    public final Long termDurationInSeconds() {
        return termDurationInSeconds;
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
                offeringId(),
                savingsPlanId(),
                savingsPlanArn(),
                description(),
                start(),
                end(),
                state(),
                region(),
                ec2InstanceFamily(),
                savingsPlanType(),
                paymentOption(),
                productTypes(),
                currency(),
                commitment(),
                upfrontPaymentAmount(),
                recurringPaymentAmount(),
                termDurationInSeconds(),
                tags());
    }

    @Override
    public final boolean equals(Object obj) {
        return equalsBySdkFields(obj);
    }

    @Override
    public final boolean equalsBySdkFields(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SavingsPlan other)) {
            return false;
        }
        return Objects.equals(offeringId(), other.offeringId())
                && Objects.equals(savingsPlanId(), other.savingsPlanId())
                && Objects.equals(savingsPlanArn(), other.savingsPlanArn())
                && Objects.equals(description(), other.description())
                && Objects.equals(start(), other.start())
                && Objects.equals(end(), other.end())
                && Objects.equals(state(), other.state())
                && Objects.equals(region(), other.region())
                && Objects.equals(ec2InstanceFamily(), other.ec2InstanceFamily())
                && Objects.equals(savingsPlanType(), other.savingsPlanType())
                && Objects.equals(paymentOption(), other.paymentOption())
                && Objects.equals(productTypes(), other.productTypes())
                && Objects.equals(currency(), other.currency())
                && Objects.equals(commitment(), other.commitment())
                && Objects.equals(upfrontPaymentAmount(), other.upfrontPaymentAmount())
                && Objects.equals(recurringPaymentAmount(), other.recurringPaymentAmount())
                && Objects.equals(termDurationInSeconds(), other.termDurationInSeconds())
                && Objects.equals(tags(), other.tags());
    }

    @Override
    public final String toString() {
        return ToString.builder("SavingsPlan")
                .add("offeringId", offeringId())
                .add("savingsPlanId", savingsPlanId())
                .add("savingsPlanArn", savingsPlanArn())
                .add("description", description())
                .add("start", start())
                .add("end", end())
                .add("state", state())
                .add("region", region())
                .add("ec2InstanceFamily", ec2InstanceFamily())
                .add("savingsPlanType", savingsPlanType())
                .add("paymentOption", paymentOption())
                .add("productTypes", productTypes())
                .add("currency", currency())
                .add("commitment", commitment())
                .add("upfrontPaymentAmount", upfrontPaymentAmount())
                .add("recurringPaymentAmount", recurringPaymentAmount())
                .add("termDurationInSeconds", termDurationInSeconds())
                .add("tags", tags())
                .build();
    }

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
        map.put("offeringId", OFFERING_ID_FIELD);
        map.put("savingsPlanId", SAVINGS_PLAN_ID_FIELD);
        map.put("savingsPlanArn", SAVINGS_PLAN_ARN_FIELD);
        map.put("description", DESCRIPTION_FIELD);
        map.put("start", START_FIELD);
        map.put("end", END_FIELD);
        map.put("state", STATE_FIELD);
        map.put("region", REGION_FIELD);
        map.put("ec2InstanceFamily", EC2_INSTANCE_FAMILY_FIELD);
        map.put("savingsPlanType", SAVINGS_PLAN_TYPE_FIELD);
        map.put("paymentOption", PAYMENT_OPTION_FIELD);
        map.put("productTypes", PRODUCT_TYPES_FIELD);
        map.put("currency", CURRENCY_FIELD);
        map.put("commitment", COMMITMENT_FIELD);
        map.put("upfrontPaymentAmount", UPFRONT_PAYMENT_AMOUNT_FIELD);
        map.put("recurringPaymentAmount", RECURRING_PAYMENT_AMOUNT_FIELD);
        map.put("termDurationInSeconds", TERM_DURATION_IN_SECONDS_FIELD);
        map.put("tags", TAGS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<SavingsPlan, T> g) {
        return obj -> g.apply((SavingsPlan) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, SavingsPlan> {
        Builder offeringId(String offeringId);

        Builder savingsPlanId(String savingsPlanId);

        Builder savingsPlanArn(String savingsPlanArn);

        Builder description(String description);

        Builder start(String start);

        Builder end(String end);

        Builder state(String state);

        Builder region(String region);

        Builder ec2InstanceFamily(String ec2InstanceFamily);

        Builder savingsPlanType(String savingsPlanType);

        Builder paymentOption(String paymentOption);

        Builder productTypes(java.util.List<String> productTypes);

        Builder productTypes(String... productTypes);

        Builder currency(String currency);

        Builder commitment(String commitment);

        Builder upfrontPaymentAmount(String upfrontPaymentAmount);

        Builder recurringPaymentAmount(String recurringPaymentAmount);

        Builder termDurationInSeconds(Long termDurationInSeconds);

        Builder tags(java.util.Map<String, String> tags);
    }

    static final class BuilderImpl implements Builder {
        private String offeringId;
        private String savingsPlanId;
        private String savingsPlanArn;
        private String description;
        private String start;
        private String end;
        private String state;
        private String region;
        private String ec2InstanceFamily;
        private String savingsPlanType;
        private String paymentOption;
        private java.util.List<String> productTypes = DefaultSdkAutoConstructList.getInstance();
        private String currency;
        private String commitment;
        private String upfrontPaymentAmount;
        private String recurringPaymentAmount;
        private Long termDurationInSeconds;
        private java.util.Map<String, String> tags = DefaultSdkAutoConstructMap.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(SavingsPlan model) {
            offeringId(model.offeringId);
            savingsPlanId(model.savingsPlanId);
            savingsPlanArn(model.savingsPlanArn);
            description(model.description);
            start(model.start);
            end(model.end);
            state(model.state);
            region(model.region);
            ec2InstanceFamily(model.ec2InstanceFamily);
            savingsPlanType(model.savingsPlanType);
            paymentOption(model.paymentOption);
            productTypes(model.productTypes);
            currency(model.currency);
            commitment(model.commitment);
            upfrontPaymentAmount(model.upfrontPaymentAmount);
            recurringPaymentAmount(model.recurringPaymentAmount);
            termDurationInSeconds(model.termDurationInSeconds);
            tags(model.tags);
        }

        @Override
        public final Builder offeringId(String offeringId) {
            this.offeringId = offeringId;
            return this;
        }

        @Override
        public final Builder savingsPlanId(String savingsPlanId) {
            this.savingsPlanId = savingsPlanId;
            return this;
        }

        @Override
        public final Builder savingsPlanArn(String savingsPlanArn) {
            this.savingsPlanArn = savingsPlanArn;
            return this;
        }

        @Override
        public final Builder description(String description) {
            this.description = description;
            return this;
        }

        @Override
        public final Builder start(String start) {
            this.start = start;
            return this;
        }

        @Override
        public final Builder end(String end) {
            this.end = end;
            return this;
        }

        @Override
        public final Builder state(String state) {
            this.state = state;
            return this;
        }

        @Override
        public final Builder region(String region) {
            this.region = region;
            return this;
        }

        @Override
        public final Builder ec2InstanceFamily(String ec2InstanceFamily) {
            this.ec2InstanceFamily = ec2InstanceFamily;
            return this;
        }

        @Override
        public final Builder savingsPlanType(String savingsPlanType) {
            this.savingsPlanType = savingsPlanType;
            return this;
        }

        @Override
        public final Builder paymentOption(String paymentOption) {
            this.paymentOption = paymentOption;
            return this;
        }

        @Override
        public final Builder productTypes(java.util.List<String> productTypes) {
            this.productTypes = productTypes == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(productTypes));
            return this;
        }

        @Override
        public final Builder productTypes(String... productTypes) {
            return productTypes(Arrays.asList(productTypes));
        }

        @Override
        public final Builder currency(String currency) {
            this.currency = currency;
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
        public final Builder recurringPaymentAmount(String recurringPaymentAmount) {
            this.recurringPaymentAmount = recurringPaymentAmount;
            return this;
        }

        @Override
        public final Builder termDurationInSeconds(Long termDurationInSeconds) {
            this.termDurationInSeconds = termDurationInSeconds;
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
        public SavingsPlan build() {
            return new SavingsPlan(this);
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
