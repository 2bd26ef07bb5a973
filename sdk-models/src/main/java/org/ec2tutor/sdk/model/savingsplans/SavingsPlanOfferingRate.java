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

/** The SavingsPlanOfferingRate structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class SavingsPlanOfferingRate
        implements SdkPojo, ToCopyableBuilder<SavingsPlanOfferingRate.Builder, SavingsPlanOfferingRate> {
    private static final SdkField<ParentSavingsPlanOffering> SAVINGS_PLAN_OFFERING_FIELD =
            SdkField.<ParentSavingsPlanOffering>builder(MarshallingType.SDK_POJO)
                    .memberName("savingsPlanOffering")
                    .getter(getter(SavingsPlanOfferingRate::savingsPlanOffering))
                    .setter(setter(Builder::savingsPlanOffering))
                    .constructor(ParentSavingsPlanOffering::builder)
                    .traits(LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("savingsPlanOffering")
                            .build())
                    .build();
    private static final SdkField<String> RATE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("rate")
            .getter(getter(SavingsPlanOfferingRate::rate))
            .setter(setter(Builder::rate))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("rate")
                    .build())
            .build();
    private static final SdkField<String> UNIT_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("unit")
            .getter(getter(SavingsPlanOfferingRate::unit))
            .setter(setter(Builder::unit))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("unit")
                    .build())
            .build();
    private static final SdkField<String> PRODUCT_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("productType")
            .getter(getter(SavingsPlanOfferingRate::productType))
            .setter(setter(Builder::productType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("productType")
                    .build())
            .build();
    private static final SdkField<String> SERVICE_CODE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("serviceCode")
            .getter(getter(SavingsPlanOfferingRate::serviceCode))
            .setter(setter(Builder::serviceCode))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("serviceCode")
                    .build())
            .build();
    private static final SdkField<String> USAGE_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("usageType")
            .getter(getter(SavingsPlanOfferingRate::usageType))
            .setter(setter(Builder::usageType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("usageType")
                    .build())
            .build();
    private static final SdkField<String> OPERATION_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("operation")
            .getter(getter(SavingsPlanOfferingRate::operation))
            .setter(setter(Builder::operation))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("operation")
                    .build())
            .build();
    private static final SdkField<java.util.List<SavingsPlanOfferingRateProperty>> PROPERTIES_FIELD =
            SdkField.<java.util.List<SavingsPlanOfferingRateProperty>>builder(MarshallingType.LIST)
                    .memberName("properties")
                    .getter(getter(SavingsPlanOfferingRate::properties))
                    .setter(setter(Builder::properties))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("properties")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(
                                            SdkField.<SavingsPlanOfferingRateProperty>builder(MarshallingType.SDK_POJO)
                                                    .constructor(SavingsPlanOfferingRateProperty::builder)
                                                    .traits(LocationTrait.builder()
                                                            .location(MarshallLocation.PAYLOAD)
                                                            .locationName("member")
                                                            .build())
                                                    .build())
                                    .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            SAVINGS_PLAN_OFFERING_FIELD,
            RATE_FIELD,
            UNIT_FIELD,
            PRODUCT_TYPE_FIELD,
            SERVICE_CODE_FIELD,
            USAGE_TYPE_FIELD,
            OPERATION_FIELD,
            PROPERTIES_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final ParentSavingsPlanOffering savingsPlanOffering;
    private final String rate;
    private final String unit;
    private final String productType;
    private final String serviceCode;
    private final String usageType;
    private final String operation;
    private final java.util.List<SavingsPlanOfferingRateProperty> properties;

    private SavingsPlanOfferingRate(BuilderImpl builder) {
        this.savingsPlanOffering = builder.savingsPlanOffering;
        this.rate = builder.rate;
        this.unit = builder.unit;
        this.productType = builder.productType;
        this.serviceCode = builder.serviceCode;
        this.usageType = builder.usageType;
        this.operation = builder.operation;
        this.properties = builder.properties;
    }

    public final ParentSavingsPlanOffering savingsPlanOffering() {
        return savingsPlanOffering;
    }

    public final String rate() {
        return rate;
    }

    public final String unit() {
        return unit;
    }

    public final String productType() {
        return productType;
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

    public final java.util.List<SavingsPlanOfferingRateProperty> properties() {
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
                savingsPlanOffering(),
                rate(),
                unit(),
                productType(),
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
        if (!(obj instanceof SavingsPlanOfferingRate other)) {
            return false;
        }
        return Objects.equals(savingsPlanOffering(), other.savingsPlanOffering())
                && Objects.equals(rate(), other.rate())
                && Objects.equals(unit(), other.unit())
                && Objects.equals(productType(), other.productType())
                && Objects.equals(serviceCode(), other.serviceCode())
                && Objects.equals(usageType(), other.usageType())
                && Objects.equals(operation(), other.operation())
                && Objects.equals(properties(), other.properties());
    }

    @Override
    public final String toString() {
        return ToString.builder("SavingsPlanOfferingRate")
                .add("savingsPlanOffering", savingsPlanOffering())
                .add("rate", rate())
                .add("unit", unit())
                .add("productType", productType())
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
        map.put("savingsPlanOffering", SAVINGS_PLAN_OFFERING_FIELD);
        map.put("rate", RATE_FIELD);
        map.put("unit", UNIT_FIELD);
        map.put("productType", PRODUCT_TYPE_FIELD);
        map.put("serviceCode", SERVICE_CODE_FIELD);
        map.put("usageType", USAGE_TYPE_FIELD);
        map.put("operation", OPERATION_FIELD);
        map.put("properties", PROPERTIES_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<SavingsPlanOfferingRate, T> g) {
        return obj -> g.apply((SavingsPlanOfferingRate) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, SavingsPlanOfferingRate> {
        Builder savingsPlanOffering(ParentSavingsPlanOffering savingsPlanOffering);

        default Builder savingsPlanOffering(Consumer<ParentSavingsPlanOffering.Builder> savingsPlanOffering) {
            return savingsPlanOffering(ParentSavingsPlanOffering.builder()
                    .applyMutation(savingsPlanOffering)
                    .build());
        }

        Builder rate(String rate);

        Builder unit(String unit);

        Builder productType(String productType);

        Builder serviceCode(String serviceCode);

        Builder usageType(String usageType);

        Builder operation(String operation);

        Builder properties(java.util.List<SavingsPlanOfferingRateProperty> properties);

        Builder properties(SavingsPlanOfferingRateProperty... properties);
    }

    static final class BuilderImpl implements Builder {
        private ParentSavingsPlanOffering savingsPlanOffering;
        private String rate;
        private String unit;
        private String productType;
        private String serviceCode;
        private String usageType;
        private String operation;
        private java.util.List<SavingsPlanOfferingRateProperty> properties = DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(SavingsPlanOfferingRate model) {
            savingsPlanOffering(model.savingsPlanOffering);
            rate(model.rate);
            unit(model.unit);
            productType(model.productType);
            serviceCode(model.serviceCode);
            usageType(model.usageType);
            operation(model.operation);
            properties(model.properties);
        }

        @Override
        public final Builder savingsPlanOffering(ParentSavingsPlanOffering savingsPlanOffering) {
            this.savingsPlanOffering = savingsPlanOffering;
            return this;
        }

        @Override
        public final Builder rate(String rate) {
            this.rate = rate;
            return this;
        }

        @Override
        public final Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        @Override
        public final Builder productType(String productType) {
            this.productType = productType;
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
        public final Builder properties(java.util.List<SavingsPlanOfferingRateProperty> properties) {
            this.properties = properties == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(properties));
            return this;
        }

        @Override
        public final Builder properties(SavingsPlanOfferingRateProperty... properties) {
            return properties(Arrays.asList(properties));
        }

        @Override
        public SavingsPlanOfferingRate build() {
            return new SavingsPlanOfferingRate(this);
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
