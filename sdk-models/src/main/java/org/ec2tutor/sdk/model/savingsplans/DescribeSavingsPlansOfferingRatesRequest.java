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

/** The request of DescribeSavingsPlansOfferingRates. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeSavingsPlansOfferingRatesRequest extends SavingsPlansRequest
        implements ToCopyableBuilder<
                DescribeSavingsPlansOfferingRatesRequest.Builder, DescribeSavingsPlansOfferingRatesRequest> {
    private static final SdkField<java.util.List<String>> SAVINGS_PLAN_OFFERING_IDS_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("savingsPlanOfferingIds")
                    .getter(getter(DescribeSavingsPlansOfferingRatesRequest::savingsPlanOfferingIds))
                    .setter(setter(Builder::savingsPlanOfferingIds))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("savingsPlanOfferingIds")
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
    private static final SdkField<java.util.List<String>> SAVINGS_PLAN_PAYMENT_OPTIONS_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("savingsPlanPaymentOptions")
                    .getter(getter(DescribeSavingsPlansOfferingRatesRequest::savingsPlanPaymentOptions))
                    .setter(setter(Builder::savingsPlanPaymentOptions))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("savingsPlanPaymentOptions")
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
    private static final SdkField<java.util.List<String>> SAVINGS_PLAN_TYPES_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("savingsPlanTypes")
                    .getter(getter(DescribeSavingsPlansOfferingRatesRequest::savingsPlanTypes))
                    .setter(setter(Builder::savingsPlanTypes))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("savingsPlanTypes")
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
    private static final SdkField<java.util.List<String>> PRODUCTS_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("products")
            .getter(getter(DescribeSavingsPlansOfferingRatesRequest::products))
            .setter(setter(Builder::products))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("products")
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
                    .getter(getter(DescribeSavingsPlansOfferingRatesRequest::serviceCodes))
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
            .getter(getter(DescribeSavingsPlansOfferingRatesRequest::usageTypes))
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
            .getter(getter(DescribeSavingsPlansOfferingRatesRequest::operations))
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
    private static final SdkField<java.util.List<SavingsPlanOfferingRateFilterElement>> FILTERS_FIELD =
            SdkField.<java.util.List<SavingsPlanOfferingRateFilterElement>>builder(MarshallingType.LIST)
                    .memberName("filters")
                    .getter(getter(DescribeSavingsPlansOfferingRatesRequest::filters))
                    .setter(setter(Builder::filters))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("filters")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<SavingsPlanOfferingRateFilterElement>builder(
                                                    MarshallingType.SDK_POJO)
                                            .constructor(SavingsPlanOfferingRateFilterElement::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("nextToken")
            .getter(getter(DescribeSavingsPlansOfferingRatesRequest::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("nextToken")
                    .build())
            .build();
    private static final SdkField<Integer> MAX_RESULTS_FIELD = SdkField.<Integer>builder(MarshallingType.INTEGER)
            .memberName("maxResults")
            .getter(getter(DescribeSavingsPlansOfferingRatesRequest::maxResults))
            .setter(setter(Builder::maxResults))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("maxResults")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            SAVINGS_PLAN_OFFERING_IDS_FIELD,
            SAVINGS_PLAN_PAYMENT_OPTIONS_FIELD,
            SAVINGS_PLAN_TYPES_FIELD,
            PRODUCTS_FIELD,
            SERVICE_CODES_FIELD,
            USAGE_TYPES_FIELD,
            OPERATIONS_FIELD,
            FILTERS_FIELD,
            NEXT_TOKEN_FIELD,
            MAX_RESULTS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<String> savingsPlanOfferingIds;
    private final java.util.List<String> savingsPlanPaymentOptions;
    private final java.util.List<String> savingsPlanTypes;
    private final java.util.List<String> products;
    private final java.util.List<String> serviceCodes;
    private final java.util.List<String> usageTypes;
    private final java.util.List<String> operations;
    private final java.util.List<SavingsPlanOfferingRateFilterElement> filters;
    private final String nextToken;
    private final Integer maxResults;

    private DescribeSavingsPlansOfferingRatesRequest(BuilderImpl builder) {
        super(builder);
        this.savingsPlanOfferingIds = builder.savingsPlanOfferingIds;
        this.savingsPlanPaymentOptions = builder.savingsPlanPaymentOptions;
        this.savingsPlanTypes = builder.savingsPlanTypes;
        this.products = builder.products;
        this.serviceCodes = builder.serviceCodes;
        this.usageTypes = builder.usageTypes;
        this.operations = builder.operations;
        this.filters = builder.filters;
        this.nextToken = builder.nextToken;
        this.maxResults = builder.maxResults;
    }

    public final java.util.List<String> savingsPlanOfferingIds() {
        return savingsPlanOfferingIds;
    }
    /** Whether the savingsPlanOfferingIds member was set (the SDK's auto-construct convention). */
    public final boolean hasSavingsPlanOfferingIds() {
        return savingsPlanOfferingIds != null && !(savingsPlanOfferingIds instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> savingsPlanPaymentOptions() {
        return savingsPlanPaymentOptions;
    }
    /** Whether the savingsPlanPaymentOptions member was set (the SDK's auto-construct convention). */
    public final boolean hasSavingsPlanPaymentOptions() {
        return savingsPlanPaymentOptions != null && !(savingsPlanPaymentOptions instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> savingsPlanTypes() {
        return savingsPlanTypes;
    }
    /** Whether the savingsPlanTypes member was set (the SDK's auto-construct convention). */
    public final boolean hasSavingsPlanTypes() {
        return savingsPlanTypes != null && !(savingsPlanTypes instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> products() {
        return products;
    }
    /** Whether the products member was set (the SDK's auto-construct convention). */
    public final boolean hasProducts() {
        return products != null && !(products instanceof SdkAutoConstructList);
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

    public final java.util.List<SavingsPlanOfferingRateFilterElement> filters() {
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
                savingsPlanOfferingIds(),
                savingsPlanPaymentOptions(),
                savingsPlanTypes(),
                products(),
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
        if (!(obj instanceof DescribeSavingsPlansOfferingRatesRequest other)) {
            return false;
        }
        return Objects.equals(savingsPlanOfferingIds(), other.savingsPlanOfferingIds())
                && Objects.equals(savingsPlanPaymentOptions(), other.savingsPlanPaymentOptions())
                && Objects.equals(savingsPlanTypes(), other.savingsPlanTypes())
                && Objects.equals(products(), other.products())
                && Objects.equals(serviceCodes(), other.serviceCodes())
                && Objects.equals(usageTypes(), other.usageTypes())
                && Objects.equals(operations(), other.operations())
                && Objects.equals(filters(), other.filters())
                && Objects.equals(nextToken(), other.nextToken())
                && Objects.equals(maxResults(), other.maxResults());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeSavingsPlansOfferingRatesRequest")
                .add("savingsPlanOfferingIds", savingsPlanOfferingIds())
                .add("savingsPlanPaymentOptions", savingsPlanPaymentOptions())
                .add("savingsPlanTypes", savingsPlanTypes())
                .add("products", products())
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
        map.put("savingsPlanOfferingIds", SAVINGS_PLAN_OFFERING_IDS_FIELD);
        map.put("savingsPlanPaymentOptions", SAVINGS_PLAN_PAYMENT_OPTIONS_FIELD);
        map.put("savingsPlanTypes", SAVINGS_PLAN_TYPES_FIELD);
        map.put("products", PRODUCTS_FIELD);
        map.put("serviceCodes", SERVICE_CODES_FIELD);
        map.put("usageTypes", USAGE_TYPES_FIELD);
        map.put("operations", OPERATIONS_FIELD);
        map.put("filters", FILTERS_FIELD);
        map.put("nextToken", NEXT_TOKEN_FIELD);
        map.put("maxResults", MAX_RESULTS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeSavingsPlansOfferingRatesRequest, T> g) {
        return obj -> g.apply((DescribeSavingsPlansOfferingRatesRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends SavingsPlansRequest.Builder,
                    SdkPojo,
                    CopyableBuilder<Builder, DescribeSavingsPlansOfferingRatesRequest> {
        Builder savingsPlanOfferingIds(java.util.List<String> savingsPlanOfferingIds);

        Builder savingsPlanOfferingIds(String... savingsPlanOfferingIds);

        Builder savingsPlanPaymentOptions(java.util.List<String> savingsPlanPaymentOptions);

        Builder savingsPlanPaymentOptions(String... savingsPlanPaymentOptions);

        Builder savingsPlanTypes(java.util.List<String> savingsPlanTypes);

        Builder savingsPlanTypes(String... savingsPlanTypes);

        Builder products(java.util.List<String> products);

        Builder products(String... products);

        Builder serviceCodes(java.util.List<String> serviceCodes);

        Builder serviceCodes(String... serviceCodes);

        Builder usageTypes(java.util.List<String> usageTypes);

        Builder usageTypes(String... usageTypes);

        Builder operations(java.util.List<String> operations);

        Builder operations(String... operations);

        Builder filters(java.util.List<SavingsPlanOfferingRateFilterElement> filters);

        Builder filters(SavingsPlanOfferingRateFilterElement... filters);

        Builder nextToken(String nextToken);

        Builder maxResults(Integer maxResults);

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends SavingsPlansRequest.BuilderImpl implements Builder {
        private java.util.List<String> savingsPlanOfferingIds = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> savingsPlanPaymentOptions = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> savingsPlanTypes = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> products = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> serviceCodes = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> usageTypes = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> operations = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<SavingsPlanOfferingRateFilterElement> filters =
                DefaultSdkAutoConstructList.getInstance();
        private String nextToken;
        private Integer maxResults;

        private BuilderImpl() {}

        private BuilderImpl(DescribeSavingsPlansOfferingRatesRequest model) {
            super(model);
            savingsPlanOfferingIds(model.savingsPlanOfferingIds);
            savingsPlanPaymentOptions(model.savingsPlanPaymentOptions);
            savingsPlanTypes(model.savingsPlanTypes);
            products(model.products);
            serviceCodes(model.serviceCodes);
            usageTypes(model.usageTypes);
            operations(model.operations);
            filters(model.filters);
            nextToken(model.nextToken);
            maxResults(model.maxResults);
        }

        @Override
        public final Builder savingsPlanOfferingIds(java.util.List<String> savingsPlanOfferingIds) {
            this.savingsPlanOfferingIds = savingsPlanOfferingIds == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(savingsPlanOfferingIds));
            return this;
        }

        @Override
        public final Builder savingsPlanOfferingIds(String... savingsPlanOfferingIds) {
            return savingsPlanOfferingIds(Arrays.asList(savingsPlanOfferingIds));
        }

        @Override
        public final Builder savingsPlanPaymentOptions(java.util.List<String> savingsPlanPaymentOptions) {
            this.savingsPlanPaymentOptions = savingsPlanPaymentOptions == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(savingsPlanPaymentOptions));
            return this;
        }

        @Override
        public final Builder savingsPlanPaymentOptions(String... savingsPlanPaymentOptions) {
            return savingsPlanPaymentOptions(Arrays.asList(savingsPlanPaymentOptions));
        }

        @Override
        public final Builder savingsPlanTypes(java.util.List<String> savingsPlanTypes) {
            this.savingsPlanTypes = savingsPlanTypes == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(savingsPlanTypes));
            return this;
        }

        @Override
        public final Builder savingsPlanTypes(String... savingsPlanTypes) {
            return savingsPlanTypes(Arrays.asList(savingsPlanTypes));
        }

        @Override
        public final Builder products(java.util.List<String> products) {
            this.products = products == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(products));
            return this;
        }

        @Override
        public final Builder products(String... products) {
            return products(Arrays.asList(products));
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
        public final Builder filters(java.util.List<SavingsPlanOfferingRateFilterElement> filters) {
            this.filters = filters == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(filters));
            return this;
        }

        @Override
        public final Builder filters(SavingsPlanOfferingRateFilterElement... filters) {
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
        public DescribeSavingsPlansOfferingRatesRequest build() {
            return new DescribeSavingsPlansOfferingRatesRequest(this);
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
