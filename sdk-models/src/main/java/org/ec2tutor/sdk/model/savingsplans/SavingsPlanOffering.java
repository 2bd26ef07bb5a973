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
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The SavingsPlanOffering structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class SavingsPlanOffering
        implements SdkPojo, ToCopyableBuilder<SavingsPlanOffering.Builder, SavingsPlanOffering> {
    private static final SdkField<String> OFFERING_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("offeringId")
            .getter(getter(SavingsPlanOffering::offeringId))
            .setter(setter(Builder::offeringId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("offeringId")
                    .build())
            .build();
    private static final SdkField<java.util.List<String>> PRODUCT_TYPES_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("productTypes")
                    .getter(getter(SavingsPlanOffering::productTypes))
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
    private static final SdkField<String> PLAN_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("planType")
            .getter(getter(SavingsPlanOffering::planType))
            .setter(setter(Builder::planType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("planType")
                    .build())
            .build();
    private static final SdkField<String> DESCRIPTION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("description")
            .getter(getter(SavingsPlanOffering::description))
            .setter(setter(Builder::description))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("description")
                    .build())
            .build();
    private static final SdkField<String> PAYMENT_OPTION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("paymentOption")
            .getter(getter(SavingsPlanOffering::paymentOption))
            .setter(setter(Builder::paymentOption))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("paymentOption")
                    .build())
            .build();
    private static final SdkField<Long> DURATION_SECONDS_FIELD = SdkField.<Long>builder(MarshallingType.LONG)
            .memberName("durationSeconds")
            .getter(getter(SavingsPlanOffering::durationSeconds))
            .setter(setter(Builder::durationSeconds))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("durationSeconds")
                    .build())
            .build();
    private static final SdkField<String> CURRENCY_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("currency")
            .getter(getter(SavingsPlanOffering::currency))
            .setter(setter(Builder::currency))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("currency")
                    .build())
            .build();
    private static final SdkField<String> SERVICE_CODE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("serviceCode")
            .getter(getter(SavingsPlanOffering::serviceCode))
            .setter(setter(Builder::serviceCode))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("serviceCode")
                    .build())
            .build();
    private static final SdkField<String> USAGE_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("usageType")
            .getter(getter(SavingsPlanOffering::usageType))
            .setter(setter(Builder::usageType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("usageType")
                    .build())
            .build();
    private static final SdkField<String> OPERATION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("operation")
            .getter(getter(SavingsPlanOffering::operation))
            .setter(setter(Builder::operation))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("operation")
                    .build())
            .build();
    private static final SdkField<java.util.List<SavingsPlanOfferingProperty>> PROPERTIES_FIELD =
            SdkField.<java.util.List<SavingsPlanOfferingProperty>>builder(MarshallingType.LIST)
                    .memberName("properties")
                    .getter(getter(SavingsPlanOffering::properties))
                    .setter(setter(Builder::properties))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("properties")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(
                                            SdkField.<SavingsPlanOfferingProperty>builder(MarshallingType.SDK_POJO)
                                                    .constructor(SavingsPlanOfferingProperty::builder)
                                                    .traits(LocationTrait.builder()
                                                            .location(MarshallLocation.PAYLOAD)
                                                            .locationName("member")
                                                            .build())
                                                    .build())
                                    .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            OFFERING_ID_FIELD,
            PRODUCT_TYPES_FIELD,
            PLAN_TYPE_FIELD,
            DESCRIPTION_FIELD,
            PAYMENT_OPTION_FIELD,
            DURATION_SECONDS_FIELD,
            CURRENCY_FIELD,
            SERVICE_CODE_FIELD,
            USAGE_TYPE_FIELD,
            OPERATION_FIELD,
            PROPERTIES_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String offeringId;
    private final java.util.List<String> productTypes;
    private final String planType;
    private final String description;
    private final String paymentOption;
    private final Long durationSeconds;
    private final String currency;
    private final String serviceCode;
    private final String usageType;
    private final String operation;
    private final java.util.List<SavingsPlanOfferingProperty> properties;

    private SavingsPlanOffering(BuilderImpl builder) {
        this.offeringId = builder.offeringId;
        this.productTypes = builder.productTypes;
        this.planType = builder.planType;
        this.description = builder.description;
        this.paymentOption = builder.paymentOption;
        this.durationSeconds = builder.durationSeconds;
        this.currency = builder.currency;
        this.serviceCode = builder.serviceCode;
        this.usageType = builder.usageType;
        this.operation = builder.operation;
        this.properties = builder.properties;
    }

    public final String offeringId() {
        return offeringId;
    }

    public final java.util.List<String> productTypes() {
        return productTypes;
    }
    /** Whether the productTypes member was set (the SDK's auto-construct convention). */
    public final boolean hasProductTypes() {
        return productTypes != null && !(productTypes instanceof SdkAutoConstructList);
    }

    public final String planType() {
        return planType;
    }

    public final String description() {
        return description;
    }

    public final String paymentOption() {
        return paymentOption;
    }

    public final Long durationSeconds() {
        return durationSeconds;
    }

    public final String currency() {
        return currency;
    }

    public final String serviceCode() {
        return serviceCode;
    }

    public final String usageType() {
        return usageType;
    }

    public final String operation() {
        return operation;
    }

    public final java.util.List<SavingsPlanOfferingProperty> properties() {
        return properties;
    }
    /** Whether the properties member was set (the SDK's auto-construct convention). */
    public final boolean hasProperties() {
        return properties != null && !(properties instanceof SdkAutoConstructList);
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
                productTypes(),
                planType(),
                description(),
                paymentOption(),
                durationSeconds(),
                currency(),
                serviceCode(),
                usageType(),
                operation(),
                properties());
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
        if (!(obj instanceof SavingsPlanOffering other)) {
            return false;
        }
        return Objects.equals(offeringId(), other.offeringId())
                && Objects.equals(productTypes(), other.productTypes())
                && Objects.equals(planType(), other.planType())
                && Objects.equals(description(), other.description())
                && Objects.equals(paymentOption(), other.paymentOption())
                && Objects.equals(durationSeconds(), other.durationSeconds())
                && Objects.equals(currency(), other.currency())
                && Objects.equals(serviceCode(), other.serviceCode())
                && Objects.equals(usageType(), other.usageType())
                && Objects.equals(operation(), other.operation())
                && Objects.equals(properties(), other.properties());
    }

    @Override
    public final String toString() {
        return ToString.builder("SavingsPlanOffering")
                .add("offeringId", offeringId())
                .add("productTypes", productTypes())
                .add("planType", planType())
                .add("description", description())
                .add("paymentOption", paymentOption())
                .add("durationSeconds", durationSeconds())
                .add("currency", currency())
                .add("serviceCode", serviceCode())
                .add("usageType", usageType())
                .add("operation", operation())
                .add("properties", properties())
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
        map.put("productTypes", PRODUCT_TYPES_FIELD);
        map.put("planType", PLAN_TYPE_FIELD);
        map.put("description", DESCRIPTION_FIELD);
        map.put("paymentOption", PAYMENT_OPTION_FIELD);
        map.put("durationSeconds", DURATION_SECONDS_FIELD);
        map.put("currency", CURRENCY_FIELD);
        map.put("serviceCode", SERVICE_CODE_FIELD);
        map.put("usageType", USAGE_TYPE_FIELD);
        map.put("operation", OPERATION_FIELD);
        map.put("properties", PROPERTIES_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<SavingsPlanOffering, T> g) {
        return obj -> g.apply((SavingsPlanOffering) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, SavingsPlanOffering> {
        Builder offeringId(String offeringId);

        Builder productTypes(java.util.List<String> productTypes);

        Builder productTypes(String... productTypes);

        Builder planType(String planType);

        Builder description(String description);

        Builder paymentOption(String paymentOption);

        Builder durationSeconds(Long durationSeconds);

        Builder currency(String currency);

        Builder serviceCode(String serviceCode);

        Builder usageType(String usageType);

        Builder operation(String operation);

        Builder properties(java.util.List<SavingsPlanOfferingProperty> properties);

        Builder properties(SavingsPlanOfferingProperty... properties);
    }

    static final class BuilderImpl implements Builder {
        private String offeringId;
        private java.util.List<String> productTypes = DefaultSdkAutoConstructList.getInstance();
        private String planType;
        private String description;
        private String paymentOption;
        private Long durationSeconds;
        private String currency;
        private String serviceCode;
        private String usageType;
        private String operation;
        private java.util.List<SavingsPlanOfferingProperty> properties = DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(SavingsPlanOffering model) {
            offeringId(model.offeringId);
            productTypes(model.productTypes);
            planType(model.planType);
            description(model.description);
            paymentOption(model.paymentOption);
            durationSeconds(model.durationSeconds);
            currency(model.currency);
            serviceCode(model.serviceCode);
            usageType(model.usageType);
            operation(model.operation);
            properties(model.properties);
        }

        @Override
        public final Builder offeringId(String offeringId) {
            this.offeringId = offeringId;
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
        public final Builder planType(String planType) {
            this.planType = planType;
            return this;
        }

        @Override
        public final Builder description(String description) {
            this.description = description;
            return this;
        }

        @Override
        public final Builder paymentOption(String paymentOption) {
            this.paymentOption = paymentOption;
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
        public final Builder serviceCode(String serviceCode) {
            this.serviceCode = serviceCode;
            return this;
        }

        @Override
        public final Builder usageType(String usageType) {
            this.usageType = usageType;
            return this;
        }

        @Override
        public final Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        @Override
        public final Builder properties(java.util.List<SavingsPlanOfferingProperty> properties) {
            this.properties = properties == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(properties));
            return this;
        }

        @Override
        public final Builder properties(SavingsPlanOfferingProperty... properties) {
            return properties(Arrays.asList(properties));
        }

        @Override
        public SavingsPlanOffering build() {
            return new SavingsPlanOffering(this);
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
