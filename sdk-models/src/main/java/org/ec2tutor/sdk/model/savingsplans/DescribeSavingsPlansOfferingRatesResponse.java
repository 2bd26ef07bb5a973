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

/** The response of DescribeSavingsPlansOfferingRates. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeSavingsPlansOfferingRatesResponse extends SavingsPlansResponse
        implements ToCopyableBuilder<
                DescribeSavingsPlansOfferingRatesResponse.Builder, DescribeSavingsPlansOfferingRatesResponse> {
    private static final SdkField<java.util.List<SavingsPlanOfferingRate>> SEARCH_RESULTS_FIELD =
            SdkField.<java.util.List<SavingsPlanOfferingRate>>builder(MarshallingType.LIST)
                    .memberName("searchResults")
                    .getter(getter(DescribeSavingsPlansOfferingRatesResponse::searchResults))
                    .setter(setter(Builder::searchResults))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("searchResults")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<SavingsPlanOfferingRate>builder(MarshallingType.SDK_POJO)
                                            .constructor(SavingsPlanOfferingRate::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("nextToken")
            .getter(getter(DescribeSavingsPlansOfferingRatesResponse::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("nextToken")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(SEARCH_RESULTS_FIELD, NEXT_TOKEN_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<SavingsPlanOfferingRate> searchResults;
    private final String nextToken;

    private DescribeSavingsPlansOfferingRatesResponse(BuilderImpl builder) {
        super(builder);
        this.searchResults = builder.searchResults;
        this.nextToken = builder.nextToken;
    }

    public final java.util.List<SavingsPlanOfferingRate> searchResults() {
        return searchResults;
    }
    /** Whether the searchResults member was set (the SDK's auto-construct convention). */
    public final boolean hasSearchResults() {
        return searchResults != null && !(searchResults instanceof SdkAutoConstructList);
    }

    public final String nextToken() {
        return nextToken;
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
        return Objects.hash(super.hashCode(), searchResults(), nextToken());
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
        if (!(obj instanceof DescribeSavingsPlansOfferingRatesResponse other)) {
            return false;
        }
        return Objects.equals(searchResults(), other.searchResults()) && Objects.equals(nextToken(), other.nextToken());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeSavingsPlansOfferingRatesResponse")
                .add("searchResults", searchResults())
                .add("nextToken", nextToken())
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
        map.put("searchResults", SEARCH_RESULTS_FIELD);
        map.put("nextToken", NEXT_TOKEN_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeSavingsPlansOfferingRatesResponse, T> g) {
        return obj -> g.apply((DescribeSavingsPlansOfferingRatesResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends SavingsPlansResponse.Builder,
                    SdkPojo,
                    CopyableBuilder<Builder, DescribeSavingsPlansOfferingRatesResponse> {
        Builder searchResults(java.util.List<SavingsPlanOfferingRate> searchResults);

        Builder searchResults(SavingsPlanOfferingRate... searchResults);

        Builder nextToken(String nextToken);
    }

    static final class BuilderImpl extends SavingsPlansResponse.BuilderImpl implements Builder {
        private java.util.List<SavingsPlanOfferingRate> searchResults = DefaultSdkAutoConstructList.getInstance();
        private String nextToken;

        private BuilderImpl() {}

        private BuilderImpl(DescribeSavingsPlansOfferingRatesResponse model) {
            super(model);
            searchResults(model.searchResults);
            nextToken(model.nextToken);
        }

        @Override
        public final Builder searchResults(java.util.List<SavingsPlanOfferingRate> searchResults) {
            this.searchResults = searchResults == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(searchResults));
            return this;
        }

        @Override
        public final Builder searchResults(SavingsPlanOfferingRate... searchResults) {
            return searchResults(Arrays.asList(searchResults));
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        @Override
        public DescribeSavingsPlansOfferingRatesResponse build() {
            return new DescribeSavingsPlansOfferingRatesResponse(this);
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
