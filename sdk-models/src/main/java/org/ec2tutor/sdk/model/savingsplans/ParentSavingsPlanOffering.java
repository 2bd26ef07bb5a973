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
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The ParentSavingsPlanOffering structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class ParentSavingsPlanOffering
        implements SdkPojo, ToCopyableBuilder<ParentSavingsPlanOffering.Builder, ParentSavingsPlanOffering> {
    private static final SdkField<String> OFFERING_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("offeringId")
            .getter(getter(ParentSavingsPlanOffering::offeringId))
            .setter(setter(Builder::offeringId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("offeringId")
                    .build())
            .build();
    private static final SdkField<String> PAYMENT_OPTION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("paymentOption")
            .getter(getter(ParentSavingsPlanOffering::paymentOption))
            .setter(setter(Builder::paymentOption))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("paymentOption")
                    .build())
            .build();
    private static final SdkField<String> PLAN_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("planType")
            .getter(getter(ParentSavingsPlanOffering::planType))
            .setter(setter(Builder::planType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("planType")
                    .build())
            .build();
    private static final SdkField<Long> DURATION_SECONDS_FIELD = SdkField.<Long>builder(MarshallingType.LONG)
            .memberName("durationSeconds")
            .getter(getter(ParentSavingsPlanOffering::durationSeconds))
            .setter(setter(Builder::durationSeconds))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("durationSeconds")
                    .build())
            .build();
    private static final SdkField<String> CURRENCY_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("currency")
            .getter(getter(ParentSavingsPlanOffering::currency))
            .setter(setter(Builder::currency))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("currency")
                    .build())
            .build();
    private static final SdkField<String> PLAN_DESCRIPTION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("planDescription")
            .getter(getter(ParentSavingsPlanOffering::planDescription))
            .setter(setter(Builder::planDescription))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("planDescription")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            OFFERING_ID_FIELD,
            PAYMENT_OPTION_FIELD,
            PLAN_TYPE_FIELD,
            DURATION_SECONDS_FIELD,
            CURRENCY_FIELD,
            PLAN_DESCRIPTION_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String offeringId;
    private final String paymentOption;
    private final String planType;
    private final Long durationSeconds;
    private final String currency;
    private final String planDescription;

    private ParentSavingsPlanOffering(BuilderImpl builder) {
        this.offeringId = builder.offeringId;
        this.paymentOption = builder.paymentOption;
        this.planType = builder.planType;
        this.durationSeconds = builder.durationSeconds;
        this.currency = builder.currency;
        this.planDescription = builder.planDescription;
    }

    public final String offeringId() {
        return offeringId;
    }

    public final String paymentOption() {
        return paymentOption;
    }

    public final String planType() {
        return planType;
    }

    public final Long durationSeconds() {
        return durationSeconds;
    }

    public final String currency() {
        return currency;
    }

    public final String planDescription() {
        return planDescription;
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
                offeringId(), paymentOption(), planType(), durationSeconds(), currency(), planDescription());
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
        if (!(obj instanceof ParentSavingsPlanOffering other)) {
            return false;
        }
        return Objects.equals(offeringId(), other.offeringId())
                && Objects.equals(paymentOption(), other.paymentOption())
                && Objects.equals(planType(), other.planType())
                && Objects.equals(durationSeconds(), other.durationSeconds())
                && Objects.equals(currency(), other.currency())
                && Objects.equals(planDescription(), other.planDescription());
    }

    @Override
    public final String toString() {
        return ToString.builder("ParentSavingsPlanOffering")
                .add("offeringId", offeringId())
                .add("paymentOption", paymentOption())
                .add("planType", planType())
                .add("durationSeconds", durationSeconds())
                .add("currency", currency())
                .add("planDescription", planDescription())
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
        map.put("paymentOption", PAYMENT_OPTION_FIELD);
        map.put("planType", PLAN_TYPE_FIELD);
        map.put("durationSeconds", DURATION_SECONDS_FIELD);
        map.put("currency", CURRENCY_FIELD);
        map.put("planDescription", PLAN_DESCRIPTION_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<ParentSavingsPlanOffering, T> g) {
        return obj -> g.apply((ParentSavingsPlanOffering) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, ParentSavingsPlanOffering> {
        Builder offeringId(String offeringId);

        Builder paymentOption(String paymentOption);

        Builder planType(String planType);

        Builder durationSeconds(Long durationSeconds);

        Builder currency(String currency);

        Builder planDescription(String planDescription);
    }

    static final class BuilderImpl implements Builder {
        private String offeringId;
        private String paymentOption;
        private String planType;
        private Long durationSeconds;
        private String currency;
        private String planDescription;

        private BuilderImpl() {}

        private BuilderImpl(ParentSavingsPlanOffering model) {
            offeringId(model.offeringId);
            paymentOption(model.paymentOption);
            planType(model.planType);
            durationSeconds(model.durationSeconds);
            currency(model.currency);
            planDescription(model.planDescription);
        }

        @Override
        public final Builder offeringId(String offeringId) {
            this.offeringId = offeringId;
            return this;
        }

        @Override
        public final Builder paymentOption(String paymentOption) {
            this.paymentOption = paymentOption;
            return this;
        }

        @Override
        public final Builder planType(String planType) {
            this.planType = planType;
            return this;
        }

        @Override
        public final Builder durationSeconds(Long durationSeconds) {
            this.durationSeconds = durationSeconds;
            return this;
        }

        @Override
        public final Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        @Override
        public final Builder planDescription(String planDescription) {
            this.planDescription = planDescription;
            return this;
        }

        @Override
        public ParentSavingsPlanOffering build() {
            return new ParentSavingsPlanOffering(this);
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
