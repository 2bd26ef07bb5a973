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
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The request of DescribeSavingsPlansOfferings. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeSavingsPlansOfferingsRequest extends SavingsPlansRequest
        implements ToCopyableBuilder<
                DescribeSavingsPlansOfferingsRequest.Builder, DescribeSavingsPlansOfferingsRequest> {
    private static final SdkField<java.util.List<String>> OFFERING_IDS_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("offeringIds")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::offeringIds))
            .setter(setter(Builder::offeringIds))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("offeringIds")
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
    private static final SdkField<java.util.List<String>> PAYMENT_OPTIONS_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("paymentOptions")
                    .getter(getter(DescribeSavingsPlansOfferingsRequest::paymentOptions))
                    .setter(setter(Builder::paymentOptions))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("paymentOptions")
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
    private static final SdkField<String> PRODUCT_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("productType")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::productType))
            .setter(setter(Builder::productType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("productType")
                    .build())
            .build();
    private static final SdkField<java.util.List<String>> PLAN_TYPES_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("planTypes")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::planTypes))
            .setter(setter(Builder::planTypes))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("planTypes")
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
    private static final SdkField<java.util.List<Long>> DURATIONS_FIELD = SdkField.<java.util.List<Long>>builder(
                    MarshallingType.LIST)
            .memberName("durations")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::durations))
            .setter(setter(Builder::durations))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("durations")
                            .build(),
                    ListTrait.builder()
                            .memberLocationName(null)
                            .memberFieldInfo(SdkField.<Long>builder(MarshallingType.LONG)
                                    .traits(LocationTrait.builder()
                                            .location(MarshallLocation.PAYLOAD)
                                            .locationName("member")
                                            .build())
                                    .build())
                            .build())
            .build();
    private static final SdkField<java.util.List<String>> CURRENCIES_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("currencies")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::currencies))
            .setter(setter(Builder::currencies))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("currencies")
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
    private static final SdkField<java.util.List<String>> DESCRIPTIONS_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("descriptions")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::descriptions))
            .setter(setter(Builder::descriptions))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("descriptions")
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
    private static final SdkField<java.util.List<String>> SERVICE_CODES_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("serviceCodes")
                    .getter(getter(DescribeSavingsPlansOfferingsRequest::serviceCodes))
                    .setter(setter(Builder::serviceCodes))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("serviceCodes")
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
    private static final SdkField<java.util.List<String>> USAGE_TYPES_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("usageTypes")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::usageTypes))
            .setter(setter(Builder::usageTypes))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("usageTypes")
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
    private static final SdkField<java.util.List<String>> OPERATIONS_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("operations")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::operations))
            .setter(setter(Builder::operations))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("operations")
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
    private static final SdkField<java.util.List<SavingsPlanOfferingFilterElement>> FILTERS_FIELD =
            SdkField.<java.util.List<SavingsPlanOfferingFilterElement>>builder(MarshallingType.LIST)
                    .memberName("filters")
                    .getter(getter(DescribeSavingsPlansOfferingsRequest::filters))
                    .setter(setter(Builder::filters))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("filters")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(
                                            SdkField.<SavingsPlanOfferingFilterElement>builder(MarshallingType.SDK_POJO)
                                                    .constructor(SavingsPlanOfferingFilterElement::builder)
                                                    .traits(LocationTrait.builder()
                                                            .location(MarshallLocation.PAYLOAD)
                                                            .locationName("member")
                                                            .build())
                                                    .build())
                                    .build())
                    .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("nextToken")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("nextToken")
                    .build())
            .build();
    private static final SdkField<Integer> MAX_RESULTS_FIELD = SdkField.<Integer>builder(MarshallingType.INTEGER)
            .memberName("maxResults")
            .getter(getter(DescribeSavingsPlansOfferingsRequest::maxResults))
            .setter(setter(Builder::maxResults))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("maxResults")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            OFFERING_IDS_FIELD,
            PAYMENT_OPTIONS_FIELD,
            PRODUCT_TYPE_FIELD,
            PLAN_TYPES_FIELD,
            DURATIONS_FIELD,
            CURRENCIES_FIELD,
            DESCRIPTIONS_FIELD,
            SERVICE_CODES_FIELD,
            USAGE_TYPES_FIELD,
            OPERATIONS_FIELD,
            FILTERS_FIELD,
            NEXT_TOKEN_FIELD,
            MAX_RESULTS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<String> offeringIds;
    private final java.util.List<String> paymentOptions;
    private final String productType;
    private final java.util.List<String> planTypes;
    private final java.util.List<Long> durations;
    private final java.util.List<String> currencies;
    private final java.util.List<String> descriptions;
    private final java.util.List<String> serviceCodes;
    private final java.util.List<String> usageTypes;
    private final java.util.List<String> operations;
    private final java.util.List<SavingsPlanOfferingFilterElement> filters;
    private final String nextToken;
    private final Integer maxResults;

    private DescribeSavingsPlansOfferingsRequest(BuilderImpl builder) {
        super(builder);
        this.offeringIds = builder.offeringIds;
        this.paymentOptions = builder.paymentOptions;
        this.productType = builder.productType;
        this.planTypes = builder.planTypes;
        this.durations = builder.durations;
        this.currencies = builder.currencies;
        this.descriptions = builder.descriptions;
        this.serviceCodes = builder.serviceCodes;
        this.usageTypes = builder.usageTypes;
        this.operations = builder.operations;
        this.filters = builder.filters;
        this.nextToken = builder.nextToken;
        this.maxResults = builder.maxResults;
    }

    public final java.util.List<String> offeringIds() {
        return offeringIds;
    }
    /** Whether the offeringIds member was set (the SDK's auto-construct convention). */
    public final boolean hasOfferingIds() {
        return offeringIds != null && !(offeringIds instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> paymentOptions() {
        return paymentOptions;
    }
    /** Whether the paymentOptions member was set (the SDK's auto-construct convention). */
    public final boolean hasPaymentOptions() {
        return paymentOptions != null && !(paymentOptions instanceof SdkAutoConstructList);
    }

    public final String productType() {
        return productType;
    }

    public final java.util.List<String> planTypes() {
        return planTypes;
    }
    /** Whether the planTypes member was set (the SDK's auto-construct convention). */
    public final boolean hasPlanTypes() {
        return planTypes != null && !(planTypes instanceof SdkAutoConstructList);
    }

    public final java.util.List<Long> durations() {
        return durations;
    }
    /** Whether the durations member was set (the SDK's auto-construct convention). */
    public final boolean hasDurations() {
        return durations != null && !(durations instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> currencies() {
        return currencies;
    }
    /** Whether the currencies member was set (the SDK's auto-construct convention). */
    public final boolean hasCurrencies() {
        return currencies != null && !(currencies instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> descriptions() {
        return descriptions;
    }
    /** Whether the descriptions member was set (the SDK's auto-construct convention). */
    public final boolean hasDescriptions() {
        return descriptions != null && !(descriptions instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> serviceCodes() {
        return serviceCodes;
    }
    /** Whether the serviceCodes member was set (the SDK's auto-construct convention). */
    public final boolean hasServiceCodes() {
        return serviceCodes != null && !(serviceCodes instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> usageTypes() {
        return usageTypes;
    }
    /** Whether the usageTypes member was set (the SDK's auto-construct convention). */
    public final boolean hasUsageTypes() {
        return usageTypes != null && !(usageTypes instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> operations() {
        return operations;
    }
    /** Whether the operations member was set (the SDK's auto-construct convention). */
    public final boolean hasOperations() {
        return operations != null && !(operations instanceof SdkAutoConstructList);
    }

    public final java.util.List<SavingsPlanOfferingFilterElement> filters() {
        return filters;
    }
    /** Whether the filters member was set (the SDK's auto-construct convention). */
    public final boolean hasFilters() {
        return filters != null && !(filters instanceof SdkAutoConstructList);
    }

    public final String nextToken() {
        return nextToken;
    }

    public final Integer maxResults() {
        return maxResults;
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
                offeringIds(),
                paymentOptions(),
                productType(),
                planTypes(),
                durations(),
                currencies(),
                descriptions(),
                serviceCodes(),
                usageTypes(),
                operations(),
                filters(),
                nextToken(),
                maxResults());
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
        if (!(obj instanceof DescribeSavingsPlansOfferingsRequest other)) {
            return false;
        }
        return Objects.equals(offeringIds(), other.offeringIds())
                && Objects.equals(paymentOptions(), other.paymentOptions())
                && Objects.equals(productType(), other.productType())
                && Objects.equals(planTypes(), other.planTypes())
                && Objects.equals(durations(), other.durations())
                && Objects.equals(currencies(), other.currencies())
                && Objects.equals(descriptions(), other.descriptions())
                && Objects.equals(serviceCodes(), other.serviceCodes())
                && Objects.equals(usageTypes(), other.usageTypes())
                && Objects.equals(operations(), other.operations())
                && Objects.equals(filters(), other.filters())
                && Objects.equals(nextToken(), other.nextToken())
                && Objects.equals(maxResults(), other.maxResults());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeSavingsPlansOfferingsRequest")
                .add("offeringIds", offeringIds())
                .add("paymentOptions", paymentOptions())
                .add("productType", productType())
                .add("planTypes", planTypes())
                .add("durations", durations())
                .add("currencies", currencies())
                .add("descriptions", descriptions())
                .add("serviceCodes", serviceCodes())
                .add("usageTypes", usageTypes())
                .add("operations", operations())
                .add("filters", filters())
                .add("nextToken", nextToken())
                .add("maxResults", maxResults())
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
        map.put("offeringIds", OFFERING_IDS_FIELD);
        map.put("paymentOptions", PAYMENT_OPTIONS_FIELD);
        map.put("productType", PRODUCT_TYPE_FIELD);
        map.put("planTypes", PLAN_TYPES_FIELD);
        map.put("durations", DURATIONS_FIELD);
        map.put("currencies", CURRENCIES_FIELD);
        map.put("descriptions", DESCRIPTIONS_FIELD);
        map.put("serviceCodes", SERVICE_CODES_FIELD);
        map.put("usageTypes", USAGE_TYPES_FIELD);
        map.put("operations", OPERATIONS_FIELD);
        map.put("filters", FILTERS_FIELD);
        map.put("nextToken", NEXT_TOKEN_FIELD);
        map.put("maxResults", MAX_RESULTS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeSavingsPlansOfferingsRequest, T> g) {
        return obj -> g.apply((DescribeSavingsPlansOfferingsRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends SavingsPlansRequest.Builder,
                    SdkPojo,
                    CopyableBuilder<Builder, DescribeSavingsPlansOfferingsRequest> {
        Builder offeringIds(java.util.List<String> offeringIds);

        Builder offeringIds(String... offeringIds);

        Builder paymentOptions(java.util.List<String> paymentOptions);

        Builder paymentOptions(String... paymentOptions);

        Builder productType(String productType);

        Builder planTypes(java.util.List<String> planTypes);

        Builder planTypes(String... planTypes);

        Builder durations(java.util.List<Long> durations);

        Builder durations(Long... durations);

        Builder currencies(java.util.List<String> currencies);

        Builder currencies(String... currencies);

        Builder descriptions(java.util.List<String> descriptions);

        Builder descriptions(String... descriptions);

        Builder serviceCodes(java.util.List<String> serviceCodes);

        Builder serviceCodes(String... serviceCodes);

        Builder usageTypes(java.util.List<String> usageTypes);

        Builder usageTypes(String... usageTypes);

        Builder operations(java.util.List<String> operations);

        Builder operations(String... operations);

        Builder filters(java.util.List<SavingsPlanOfferingFilterElement> filters);

        Builder filters(SavingsPlanOfferingFilterElement... filters);

        Builder nextToken(String nextToken);

        Builder maxResults(Integer maxResults);

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends SavingsPlansRequest.BuilderImpl implements Builder {
        private java.util.List<String> offeringIds = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> paymentOptions = DefaultSdkAutoConstructList.getInstance();
        private String productType;
        private java.util.List<String> planTypes = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<Long> durations = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> currencies = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> descriptions = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> serviceCodes = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> usageTypes = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> operations = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<SavingsPlanOfferingFilterElement> filters = DefaultSdkAutoConstructList.getInstance();
        private String nextToken;
        private Integer maxResults;

        private BuilderImpl() {}

        private BuilderImpl(DescribeSavingsPlansOfferingsRequest model) {
            super(model);
            offeringIds(model.offeringIds);
            paymentOptions(model.paymentOptions);
            productType(model.productType);
            planTypes(model.planTypes);
            durations(model.durations);
            currencies(model.currencies);
            descriptions(model.descriptions);
            serviceCodes(model.serviceCodes);
            usageTypes(model.usageTypes);
            operations(model.operations);
            filters(model.filters);
            nextToken(model.nextToken);
            maxResults(model.maxResults);
        }

        @Override
        public final Builder offeringIds(java.util.List<String> offeringIds) {
            this.offeringIds = offeringIds == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(offeringIds));
            return this;
        }

        @Override
        public final Builder offeringIds(String... offeringIds) {
            return offeringIds(Arrays.asList(offeringIds));
        }

        @Override
        public final Builder paymentOptions(java.util.List<String> paymentOptions) {
            this.paymentOptions = paymentOptions == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(paymentOptions));
            return this;
        }

        @Override
        public final Builder paymentOptions(String... paymentOptions) {
            return paymentOptions(Arrays.asList(paymentOptions));
        }

        @Override
        public final Builder productType(String productType) {
            this.productType = productType;
            return this;
        }

        @Override
        public final Builder planTypes(java.util.List<String> planTypes) {
            this.planTypes = planTypes == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(planTypes));
            return this;
        }

        @Override
        public final Builder planTypes(String... planTypes) {
            return planTypes(Arrays.asList(planTypes));
        }

        @Override
        public final Builder durations(java.util.List<Long> durations) {
            this.durations = durations == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(durations));
            return this;
        }

        @Override
        public final Builder durations(Long... durations) {
            return durations(Arrays.asList(durations));
        }

        @Override
        public final Builder currencies(java.util.List<String> currencies) {
            this.currencies = currencies == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(currencies));
            return this;
        }

        @Override
        public final Builder currencies(String... currencies) {
            return currencies(Arrays.asList(currencies));
        }

        @Override
        public final Builder descriptions(java.util.List<String> descriptions) {
            this.descriptions = descriptions == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(descriptions));
            return this;
        }

        @Override
        public final Builder descriptions(String... descriptions) {
            return descriptions(Arrays.asList(descriptions));
        }

        @Override
        public final Builder serviceCodes(java.util.List<String> serviceCodes) {
            this.serviceCodes = serviceCodes == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(serviceCodes));
            return this;
        }

        @Override
        public final Builder serviceCodes(String... serviceCodes) {
            return serviceCodes(Arrays.asList(serviceCodes));
        }

        @Override
        public final Builder usageTypes(java.util.List<String> usageTypes) {
            this.usageTypes = usageTypes == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(usageTypes));
            return this;
        }

        @Override
        public final Builder usageTypes(String... usageTypes) {
            return usageTypes(Arrays.asList(usageTypes));
        }

        @Override
        public final Builder operations(java.util.List<String> operations) {
            this.operations = operations == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(operations));
            return this;
        }

        @Override
        public final Builder operations(String... operations) {
            return operations(Arrays.asList(operations));
        }

        @Override
        public final Builder filters(java.util.List<SavingsPlanOfferingFilterElement> filters) {
            this.filters = filters == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(filters));
            return this;
        }

        @Override
        public final Builder filters(SavingsPlanOfferingFilterElement... filters) {
            return filters(Arrays.asList(filters));
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        @Override
        public final Builder maxResults(Integer maxResults) {
            this.maxResults = maxResults;
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
        public DescribeSavingsPlansOfferingsRequest build() {
            return new DescribeSavingsPlansOfferingsRequest(this);
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
