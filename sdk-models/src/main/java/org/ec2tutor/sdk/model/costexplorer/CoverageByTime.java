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

/** The CoverageByTime structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class CoverageByTime implements SdkPojo, ToCopyableBuilder<CoverageByTime.Builder, CoverageByTime> {
    private static final SdkField<DateInterval> TIME_PERIOD_FIELD = SdkField.<DateInterval>builder(
                    MarshallingType.SDK_POJO)
            .memberName("TimePeriod")
            .getter(getter(CoverageByTime::timePeriod))
            .setter(setter(Builder::timePeriod))
            .constructor(DateInterval::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("TimePeriod")
                    .build())
            .build();
    private static final SdkField<java.util.List<ReservationCoverageGroup>> GROUPS_FIELD =
            SdkField.<java.util.List<ReservationCoverageGroup>>builder(MarshallingType.LIST)
                    .memberName("Groups")
                    .getter(getter(CoverageByTime::groups))
                    .setter(setter(Builder::groups))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("Groups")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(
                                            SdkField.<ReservationCoverageGroup>builder(MarshallingType.SDK_POJO)
                                                    .constructor(ReservationCoverageGroup::builder)
                                                    .traits(LocationTrait.builder()
                                                            .location(MarshallLocation.PAYLOAD)
                                                            .locationName("member")
                                                            .build())
                                                    .build())
                                    .build())
                    .build();
    private static final SdkField<Coverage> TOTAL_FIELD = SdkField.<Coverage>builder(MarshallingType.SDK_POJO)
            .memberName("Total")
            .getter(getter(CoverageByTime::total))
            .setter(setter(Builder::total))
            .constructor(Coverage::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Total")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(TIME_PERIOD_FIELD, GROUPS_FIELD, TOTAL_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final DateInterval timePeriod;
    private final java.util.List<ReservationCoverageGroup> groups;
    private final Coverage total;

    private CoverageByTime(BuilderImpl builder) {
        this.timePeriod = builder.timePeriod;
        this.groups = builder.groups;
        this.total = builder.total;
    }

    public final DateInterval timePeriod() {
        return timePeriod;
    }

    public final java.util.List<ReservationCoverageGroup> groups() {
        return groups;
    }
    /** Whether the Groups member was set (the SDK's auto-construct convention). */
    public final boolean hasGroups() {
        return groups != null && !(groups instanceof SdkAutoConstructList);
    }

    public final Coverage total() {
        return total;
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
        return Objects.hash(timePeriod(), groups(), total());
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
        if (!(obj instanceof CoverageByTime other)) {
            return false;
        }
        return Objects.equals(timePeriod(), other.timePeriod())
                && Objects.equals(groups(), other.groups())
                && Objects.equals(total(), other.total());
    }

    @Override
    public final String toString() {
        return ToString.builder("CoverageByTime")
                .add("TimePeriod", timePeriod())
                .add("Groups", groups())
                .add("Total", total())
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
        map.put("TimePeriod", TIME_PERIOD_FIELD);
        map.put("Groups", GROUPS_FIELD);
        map.put("Total", TOTAL_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<CoverageByTime, T> g) {
        return obj -> g.apply((CoverageByTime) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, CoverageByTime> {
        Builder timePeriod(DateInterval timePeriod);

        default Builder timePeriod(Consumer<DateInterval.Builder> timePeriod) {
            return timePeriod(DateInterval.builder().applyMutation(timePeriod).build());
        }

        Builder groups(java.util.List<ReservationCoverageGroup> groups);

        Builder groups(ReservationCoverageGroup... groups);

        Builder total(Coverage total);

        default Builder total(Consumer<Coverage.Builder> total) {
            return total(Coverage.builder().applyMutation(total).build());
        }
    }

    static final class BuilderImpl implements Builder {
        private DateInterval timePeriod;
        private java.util.List<ReservationCoverageGroup> groups = DefaultSdkAutoConstructList.getInstance();
        private Coverage total;

        private BuilderImpl() {}

        private BuilderImpl(CoverageByTime model) {
            timePeriod(model.timePeriod);
            groups(model.groups);
            total(model.total);
        }

        @Override
        public final Builder timePeriod(DateInterval timePeriod) {
            this.timePeriod = timePeriod;
            return this;
        }

        @Override
        public final Builder groups(java.util.List<ReservationCoverageGroup> groups) {
            this.groups = groups == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groups));
            return this;
        }

        @Override
        public final Builder groups(ReservationCoverageGroup... groups) {
            return groups(Arrays.asList(groups));
        }

        @Override
        public final Builder total(Coverage total) {
            this.total = total;
            return this;
        }

        @Override
        public CoverageByTime build() {
            return new CoverageByTime(this);
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
