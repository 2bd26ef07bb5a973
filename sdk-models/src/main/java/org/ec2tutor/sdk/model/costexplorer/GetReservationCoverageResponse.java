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

/** The response of GetReservationCoverage. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class GetReservationCoverageResponse extends CostExplorerResponse
        implements ToCopyableBuilder<GetReservationCoverageResponse.Builder, GetReservationCoverageResponse> {
    private static final SdkField<java.util.List<CoverageByTime>> COVERAGES_BY_TIME_FIELD =
            SdkField.<java.util.List<CoverageByTime>>builder(MarshallingType.LIST)
                    .memberName("CoveragesByTime")
                    .getter(getter(GetReservationCoverageResponse::coveragesByTime))
                    .setter(setter(Builder::coveragesByTime))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("CoveragesByTime")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<CoverageByTime>builder(MarshallingType.SDK_POJO)
                                            .constructor(CoverageByTime::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<Coverage> TOTAL_FIELD = SdkField.<Coverage>builder(MarshallingType.SDK_POJO)
            .memberName("Total")
            .getter(getter(GetReservationCoverageResponse::total))
            .setter(setter(Builder::total))
            .constructor(Coverage::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Total")
                    .build())
            .build();
    private static final SdkField<String> NEXT_PAGE_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextPageToken")
            .getter(getter(GetReservationCoverageResponse::nextPageToken))
            .setter(setter(Builder::nextPageToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextPageToken")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(COVERAGES_BY_TIME_FIELD, TOTAL_FIELD, NEXT_PAGE_TOKEN_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<CoverageByTime> coveragesByTime;
    private final Coverage total;
    private final String nextPageToken;

    private GetReservationCoverageResponse(BuilderImpl builder) {
        super(builder);
        this.coveragesByTime = builder.coveragesByTime;
        this.total = builder.total;
        this.nextPageToken = builder.nextPageToken;
    }

    public final java.util.List<CoverageByTime> coveragesByTime() {
        return coveragesByTime;
    }
    /** Whether the CoveragesByTime member was set (the SDK's auto-construct convention). */
    public final boolean hasCoveragesByTime() {
        return coveragesByTime != null && !(coveragesByTime instanceof SdkAutoConstructList);
    }

    public final Coverage total() {
        return total;
    }

    public final String nextPageToken() {
        return nextPageToken;
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
        return Objects.hash(super.hashCode(), coveragesByTime(), total(), nextPageToken());
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
        if (!(obj instanceof GetReservationCoverageResponse other)) {
            return false;
        }
        return Objects.equals(coveragesByTime(), other.coveragesByTime())
                && Objects.equals(total(), other.total())
                && Objects.equals(nextPageToken(), other.nextPageToken());
    }

    @Override
    public final String toString() {
        return ToString.builder("GetReservationCoverageResponse")
                .add("CoveragesByTime", coveragesByTime())
                .add("Total", total())
                .add("NextPageToken", nextPageToken())
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
        map.put("CoveragesByTime", COVERAGES_BY_TIME_FIELD);
        map.put("Total", TOTAL_FIELD);
        map.put("NextPageToken", NEXT_PAGE_TOKEN_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<GetReservationCoverageResponse, T> g) {
        return obj -> g.apply((GetReservationCoverageResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends CostExplorerResponse.Builder, SdkPojo, CopyableBuilder<Builder, GetReservationCoverageResponse> {
        Builder coveragesByTime(java.util.List<CoverageByTime> coveragesByTime);

        Builder coveragesByTime(CoverageByTime... coveragesByTime);

        Builder total(Coverage total);

        default Builder total(Consumer<Coverage.Builder> total) {
            return total(Coverage.builder().applyMutation(total).build());
        }

        Builder nextPageToken(String nextPageToken);
    }

    static final class BuilderImpl extends CostExplorerResponse.BuilderImpl implements Builder {
        private java.util.List<CoverageByTime> coveragesByTime = DefaultSdkAutoConstructList.getInstance();
        private Coverage total;
        private String nextPageToken;

        private BuilderImpl() {}

        private BuilderImpl(GetReservationCoverageResponse model) {
            super(model);
            coveragesByTime(model.coveragesByTime);
            total(model.total);
            nextPageToken(model.nextPageToken);
        }

        @Override
        public final Builder coveragesByTime(java.util.List<CoverageByTime> coveragesByTime) {
            this.coveragesByTime = coveragesByTime == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(coveragesByTime));
            return this;
        }

        @Override
        public final Builder coveragesByTime(CoverageByTime... coveragesByTime) {
            return coveragesByTime(Arrays.asList(coveragesByTime));
        }

        @Override
        public final Builder total(Coverage total) {
            this.total = total;
            return this;
        }

        @Override
        public final Builder nextPageToken(String nextPageToken) {
            this.nextPageToken = nextPageToken;
            return this;
        }

        @Override
        public GetReservationCoverageResponse build() {
            return new GetReservationCoverageResponse(this);
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
