package org.ec2tutor.sdk.model.costexplorer;

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

/** The request of GetSavingsPlansCoverage. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class GetSavingsPlansCoverageRequest extends CostExplorerRequest
        implements ToCopyableBuilder<GetSavingsPlansCoverageRequest.Builder, GetSavingsPlansCoverageRequest> {
    private static final SdkField<DateInterval> TIME_PERIOD_FIELD = SdkField.<DateInterval>builder(
                    MarshallingType.SDK_POJO)
            .memberName("TimePeriod")
            .getter(getter(GetSavingsPlansCoverageRequest::timePeriod))
            .setter(setter(Builder::timePeriod))
            .constructor(DateInterval::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("TimePeriod")
                    .build())
            .build();
    private static final SdkField<java.util.List<GroupDefinition>> GROUP_BY_FIELD =
            SdkField.<java.util.List<GroupDefinition>>builder(MarshallingType.LIST)
                    .memberName("GroupBy")
                    .getter(getter(GetSavingsPlansCoverageRequest::groupBy))
                    .setter(setter(Builder::groupBy))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("GroupBy")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<GroupDefinition>builder(MarshallingType.SDK_POJO)
                                            .constructor(GroupDefinition::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<String> GRANULARITY_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Granularity")
            .getter(getter(GetSavingsPlansCoverageRequest::granularity))
            .setter(setter(Builder::granularity))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Granularity")
                    .build())
            .build();
    private static final SdkField<Expression> FILTER_FIELD = SdkField.<Expression>builder(MarshallingType.SDK_POJO)
            .memberName("Filter")
            .getter(getter(GetSavingsPlansCoverageRequest::filter))
            .setter(setter(Builder::filter))
            .constructor(Expression::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Filter")
                    .build())
            .build();
    private static final SdkField<java.util.List<String>> METRICS_FIELD = SdkField.<java.util.List<String>>builder(
                    MarshallingType.LIST)
            .memberName("Metrics")
            .getter(getter(GetSavingsPlansCoverageRequest::metrics))
            .setter(setter(Builder::metrics))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("Metrics")
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
            .memberName("NextToken")
            .getter(getter(GetSavingsPlansCoverageRequest::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextToken")
                    .build())
            .build();
    private static final SdkField<Integer> MAX_RESULTS_FIELD = SdkField.<Integer>builder(MarshallingType.INTEGER)
            .memberName("MaxResults")
            .getter(getter(GetSavingsPlansCoverageRequest::maxResults))
            .setter(setter(Builder::maxResults))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("MaxResults")
                    .build())
            .build();
    private static final SdkField<SortDefinition> SORT_BY_FIELD = SdkField.<SortDefinition>builder(
                    MarshallingType.SDK_POJO)
            .memberName("SortBy")
            .getter(getter(GetSavingsPlansCoverageRequest::sortBy))
            .setter(setter(Builder::sortBy))
            .constructor(SortDefinition::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("SortBy")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            TIME_PERIOD_FIELD,
            GROUP_BY_FIELD,
            GRANULARITY_FIELD,
            FILTER_FIELD,
            METRICS_FIELD,
            NEXT_TOKEN_FIELD,
            MAX_RESULTS_FIELD,
            SORT_BY_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final DateInterval timePeriod;
    private final java.util.List<GroupDefinition> groupBy;
    private final String granularity;
    private final Expression filter;
    private final java.util.List<String> metrics;
    private final String nextToken;
    private final Integer maxResults;
    private final SortDefinition sortBy;

    private GetSavingsPlansCoverageRequest(BuilderImpl builder) {
        super(builder);
        this.timePeriod = builder.timePeriod;
        this.groupBy = builder.groupBy;
        this.granularity = builder.granularity;
        this.filter = builder.filter;
        this.metrics = builder.metrics;
        this.nextToken = builder.nextToken;
        this.maxResults = builder.maxResults;
        this.sortBy = builder.sortBy;
    }

    public final DateInterval timePeriod() {
        return timePeriod;
    }

    public final java.util.List<GroupDefinition> groupBy() {
        return groupBy;
    }
    /** Whether the GroupBy member was set (the SDK's auto-construct convention). */
    public final boolean hasGroupBy() {
        return groupBy != null && !(groupBy instanceof SdkAutoConstructList);
    }

    public final String granularity() {
        return granularity;
    }

    public final Expression filter() {
        return filter;
    }

    public final java.util.List<String> metrics() {
        return metrics;
    }
    /** Whether the Metrics member was set (the SDK's auto-construct convention). */
    public final boolean hasMetrics() {
        return metrics != null && !(metrics instanceof SdkAutoConstructList);
    }

    public final String nextToken() {
        return nextToken;
    }

    public final Integer maxResults() {
        return maxResults;
    }

    public final SortDefinition sortBy() {
        return sortBy;
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
                timePeriod(),
                groupBy(),
                granularity(),
                filter(),
                metrics(),
                nextToken(),
                maxResults(),
                sortBy());
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
        if (!(obj instanceof GetSavingsPlansCoverageRequest other)) {
            return false;
        }
        return Objects.equals(timePeriod(), other.timePeriod())
                && Objects.equals(groupBy(), other.groupBy())
                && Objects.equals(granularity(), other.granularity())
                && Objects.equals(filter(), other.filter())
                && Objects.equals(metrics(), other.metrics())
                && Objects.equals(nextToken(), other.nextToken())
                && Objects.equals(maxResults(), other.maxResults())
                && Objects.equals(sortBy(), other.sortBy());
    }

    @Override
    public final String toString() {
        return ToString.builder("GetSavingsPlansCoverageRequest")
                .add("TimePeriod", timePeriod())
                .add("GroupBy", groupBy())
                .add("Granularity", granularity())
                .add("Filter", filter())
                .add("Metrics", metrics())
                .add("NextToken", nextToken())
                .add("MaxResults", maxResults())
                .add("SortBy", sortBy())
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
        map.put("TimePeriod", TIME_PERIOD_FIELD);
        map.put("GroupBy", GROUP_BY_FIELD);
        map.put("Granularity", GRANULARITY_FIELD);
        map.put("Filter", FILTER_FIELD);
        map.put("Metrics", METRICS_FIELD);
        map.put("NextToken", NEXT_TOKEN_FIELD);
        map.put("MaxResults", MAX_RESULTS_FIELD);
        map.put("SortBy", SORT_BY_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<GetSavingsPlansCoverageRequest, T> g) {
        return obj -> g.apply((GetSavingsPlansCoverageRequest) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends CostExplorerRequest.Builder, SdkPojo, CopyableBuilder<Builder, GetSavingsPlansCoverageRequest> {
        Builder timePeriod(DateInterval timePeriod);

        default Builder timePeriod(Consumer<DateInterval.Builder> timePeriod) {
            return timePeriod(DateInterval.builder().applyMutation(timePeriod).build());
        }

        Builder groupBy(java.util.List<GroupDefinition> groupBy);

        Builder groupBy(GroupDefinition... groupBy);

        Builder granularity(String granularity);

        Builder filter(Expression filter);

        default Builder filter(Consumer<Expression.Builder> filter) {
            return filter(Expression.builder().applyMutation(filter).build());
        }

        Builder metrics(java.util.List<String> metrics);

        Builder metrics(String... metrics);

        Builder nextToken(String nextToken);

        Builder maxResults(Integer maxResults);

        Builder sortBy(SortDefinition sortBy);

        default Builder sortBy(Consumer<SortDefinition.Builder> sortBy) {
            return sortBy(SortDefinition.builder().applyMutation(sortBy).build());
        }

        @Override
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        @Override
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);
    }

    static final class BuilderImpl extends CostExplorerRequest.BuilderImpl implements Builder {
        private DateInterval timePeriod;
        private java.util.List<GroupDefinition> groupBy = DefaultSdkAutoConstructList.getInstance();
        private String granularity;
        private Expression filter;
        private java.util.List<String> metrics = DefaultSdkAutoConstructList.getInstance();
        private String nextToken;
        private Integer maxResults;
        private SortDefinition sortBy;

        private BuilderImpl() {}

        private BuilderImpl(GetSavingsPlansCoverageRequest model) {
            super(model);
            timePeriod(model.timePeriod);
            groupBy(model.groupBy);
            granularity(model.granularity);
            filter(model.filter);
            metrics(model.metrics);
            nextToken(model.nextToken);
            maxResults(model.maxResults);
            sortBy(model.sortBy);
        }

        @Override
        public final Builder timePeriod(DateInterval timePeriod) {
            this.timePeriod = timePeriod;
            return this;
        }

        @Override
        public final Builder groupBy(java.util.List<GroupDefinition> groupBy) {
            this.groupBy = groupBy == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groupBy));
            return this;
        }

        @Override
        public final Builder groupBy(GroupDefinition... groupBy) {
            return groupBy(Arrays.asList(groupBy));
        }

        @Override
        public final Builder granularity(String granularity) {
            this.granularity = granularity;
            return this;
        }

        @Override
        public final Builder filter(Expression filter) {
            this.filter = filter;
            return this;
        }

        @Override
        public final Builder metrics(java.util.List<String> metrics) {
            this.metrics = metrics == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(metrics));
            return this;
        }

        @Override
        public final Builder metrics(String... metrics) {
            return metrics(Arrays.asList(metrics));
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
        public final Builder sortBy(SortDefinition sortBy) {
            this.sortBy = sortBy;
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
        public GetSavingsPlansCoverageRequest build() {
            return new GetSavingsPlansCoverageRequest(this);
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
