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

/** The request of DescribeSavingsPlans. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeSavingsPlansRequest extends SavingsPlansRequest
        implements ToCopyableBuilder<DescribeSavingsPlansRequest.Builder, DescribeSavingsPlansRequest> {
    private static final SdkField<java.util.List<String>> SAVINGS_PLAN_ARNS_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("savingsPlanArns")
                    .getter(getter(DescribeSavingsPlansRequest::savingsPlanArns))
                    .setter(setter(Builder::savingsPlanArns))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("savingsPlanArns")
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
    private static final SdkField<java.util.List<String>> SAVINGS_PLAN_IDS_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("savingsPlanIds")
                    .getter(getter(DescribeSavingsPlansRequest::savingsPlanIds))
                    .setter(setter(Builder::savingsPlanIds))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("savingsPlanIds")
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
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("nextToken")
            .getter(getter(DescribeSavingsPlansRequest::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("nextToken")
                    .build())
            .build();
    private static final SdkField<Integer> MAX_RESULTS_FIELD = SdkField.<Integer>builder(MarshallingType.INTEGER)
            .memberName("maxResults")
            .getter(getter(DescribeSavingsPlansRequest::maxResults))
            .setter(setter(Builder::maxResults))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("maxResults")
                    .build())
            .build();
    private static final SdkField<java.util.List<String>> STATES_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("states")
            .getter(getter(DescribeSavingsPlansRequest::states))
            .setter(setter(Builder::states))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("states")
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
    private static final SdkField<java.util.List<SavingsPlanFilter>> FILTERS_FIELD =
            SdkField.<java.util.List<SavingsPlanFilter>>builder(MarshallingType.LIST)
                    .memberName("filters")
                    .getter(getter(DescribeSavingsPlansRequest::filters))
                    .setter(setter(Builder::filters))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("filters")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<SavingsPlanFilter>builder(MarshallingType.SDK_POJO)
                                            .constructor(SavingsPlanFilter::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            SAVINGS_PLAN_ARNS_FIELD,
            SAVINGS_PLAN_IDS_FIELD,
            NEXT_TOKEN_FIELD,
            MAX_RESULTS_FIELD,
            STATES_FIELD,
            FILTERS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<String> savingsPlanArns;
    private final java.util.List<String> savingsPlanIds;
    private final String nextToken;
    private final Integer maxResults;
    private final java.util.List<String> states;
    private final java.util.List<SavingsPlanFilter> filters;

    private DescribeSavingsPlansRequest(BuilderImpl builder) {
        super(builder);
        this.savingsPlanArns = builder.savingsPlanArns;
        this.savingsPlanIds = builder.savingsPlanIds;
        this.nextToken = builder.nextToken;
        this.maxResults = builder.maxResults;
        this.states = builder.states;
        this.filters = builder.filters;
    }

    public final java.util.List<String> savingsPlanArns() {
        return savingsPlanArns;
    }
    /** Whether the savingsPlanArns member was set (the SDK's auto-construct convention). */
    public final boolean hasSavingsPlanArns() {
        return savingsPlanArns != null && !(savingsPlanArns instanceof SdkAutoConstructList);
    }

    public final java.util.List<String> savingsPlanIds() {
        return savingsPlanIds;
    }
    /** Whether the savingsPlanIds member was set (the SDK's auto-construct convention). */
    public final boolean hasSavingsPlanIds() {
        return savingsPlanIds != null && !(savingsPlanIds instanceof SdkAutoConstructList);
    }

    public final String nextToken() {
        return nextToken;
    }

    public final Integer maxResults() {
        return maxResults;
    }

    public final java.util.List<String> states() {
        return states;
    }
    /** Whether the states member was set (the SDK's auto-construct convention). */
    public final boolean hasStates() {
        return states != null && !(states instanceof SdkAutoConstructList);
    }

    public final java.util.List<SavingsPlanFilter> filters() {
        return filters;
    }
    /** Whether the filters member was set (the SDK's auto-construct convention). */
    public final boolean hasFilters() {
        return filters != null && !(filters instanceof SdkAutoConstructList);
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
                super.hashCode(), savingsPlanArns(), savingsPlanIds(), nextToken(), maxResults(), states(), filters());
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
        if (!(obj instanceof DescribeSavingsPlansRequest other)) {
            return false;
        }
        return Objects.equals(savingsPlanArns(), other.savingsPlanArns())
                && Objects.equals(savingsPlanIds(), other.savingsPlanIds())
                && Objects.equals(nextToken(), other.nextToken())
                && Objects.equals(maxResults(), other.maxResults())
                && Objects.equals(states(), other.states())
                && Objects.equals(filters(), other.filters());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeSavingsPlansRequest")
                .add("savingsPlanArns", savingsPlanArns())
                .add("savingsPlanIds", savingsPlanIds())
                .add("nextToken", nextToken())
                .add("maxResults", maxResults())
                .add("states", states())
                .add("filters", filters())
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
        map.put("savingsPlanArns", SAVINGS_PLAN_ARNS_FIELD);
        map.put("savingsPlanIds", SAVINGS_PLAN_IDS_FIELD);
        map.put("nextToken", NEXT_TOKEN_FIELD);
        map.put("maxResults", MAX_RESULTS_FIELD);
        map.put("states", STATES_FIELD);
        map.put("filters", FILTERS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeSavingsPlansRequest, T> g) {
        return obj -> g.apply((DescribeSavingsPlansRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends SavingsPlansRequest.Builder, SdkPojo, CopyableBuilder<Builder, DescribeSavingsPlansRequest> {
        Builder savingsPlanArns(java.util.List<String> savingsPlanArns);

        Builder savingsPlanArns(String... savingsPlanArns);

        Builder savingsPlanIds(java.util.List<String> savingsPlanIds);

        Builder savingsPlanIds(String... savingsPlanIds);

        Builder nextToken(String nextToken);

        Builder maxResults(Integer maxResults);

        Builder states(java.util.List<String> states);

        Builder states(String... states);

        Builder filters(java.util.List<SavingsPlanFilter> filters);

        Builder filters(SavingsPlanFilter... filters);

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends SavingsPlansRequest.BuilderImpl implements Builder {
        private java.util.List<String> savingsPlanArns = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<String> savingsPlanIds = DefaultSdkAutoConstructList.getInstance();
        private String nextToken;
        private Integer maxResults;
        private java.util.List<String> states = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<SavingsPlanFilter> filters = DefaultSdkAutoConstructList.getInstance();

        private BuilderImpl() {}

        private BuilderImpl(DescribeSavingsPlansRequest model) {
            super(model);
            savingsPlanArns(model.savingsPlanArns);
            savingsPlanIds(model.savingsPlanIds);
            nextToken(model.nextToken);
            maxResults(model.maxResults);
            states(model.states);
            filters(model.filters);
        }

        @Override
        public final Builder savingsPlanArns(java.util.List<String> savingsPlanArns) {
            this.savingsPlanArns = savingsPlanArns == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(savingsPlanArns));
            return this;
        }

        @Override
        public final Builder savingsPlanArns(String... savingsPlanArns) {
            return savingsPlanArns(Arrays.asList(savingsPlanArns));
        }

        @Override
        public final Builder savingsPlanIds(java.util.List<String> savingsPlanIds) {
            this.savingsPlanIds = savingsPlanIds == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(savingsPlanIds));
            return this;
        }

        @Override
        public final Builder savingsPlanIds(String... savingsPlanIds) {
            return savingsPlanIds(Arrays.asList(savingsPlanIds));
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
        public final Builder states(java.util.List<String> states) {
            this.states = states == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(states));
            return this;
        }

        @Override
        public final Builder states(String... states) {
            return states(Arrays.asList(states));
        }

        @Override
        public final Builder filters(java.util.List<SavingsPlanFilter> filters) {
            this.filters = filters == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(filters));
            return this;
        }

        @Override
        public final Builder filters(SavingsPlanFilter... filters) {
            return filters(Arrays.asList(filters));
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
        public DescribeSavingsPlansRequest build() {
            return new DescribeSavingsPlansRequest(this);
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
