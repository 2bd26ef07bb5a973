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
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructMap;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The ResultByTime structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class ResultByTime implements SdkPojo, ToCopyableBuilder<ResultByTime.Builder, ResultByTime> {
    private static final SdkField<DateInterval> TIME_PERIOD_FIELD = SdkField.<DateInterval>builder(
                    MarshallingType.SDK_POJO)
            .memberName("TimePeriod")
            .getter(getter(ResultByTime::timePeriod))
            .setter(setter(Builder::timePeriod))
            .constructor(DateInterval::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("TimePeriod")
                    .build())
            .build();
    private static final SdkField<java.util.Map<String, MetricValue>> TOTAL_FIELD =
            SdkField.<java.util.Map<String, MetricValue>>builder(MarshallingType.MAP)
                    .memberName("Total")
                    .getter(getter(ResultByTime::total))
                    .setter(setter(Builder::total))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("Total")
                                    .build(),
                            MapTrait.builder()
                                    .keyLocationName("key")
                                    .valueLocationName("value")
                                    .valueFieldInfo(SdkField.<MetricValue>builder(MarshallingType.SDK_POJO)
                                            .constructor(MetricValue::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("value")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<java.util.List<Group>> GROUPS_FIELD = SdkField.<java.util.List<Group>>builder(
                    MarshallingType.LIST)
            .memberName("Groups")
            .getter(getter(ResultByTime::groups))
            .setter(setter(Builder::groups))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("Groups")
                            .build(),
                    ListTrait.builder()
                            .memberLocationName(null)
                            .memberFieldInfo(SdkField.<Group>builder(MarshallingType.SDK_POJO)
                                    .constructor(Group::builder)
                                    .traits(LocationTrait.builder()
                                            .location(MarshallLocation.PAYLOAD)
                                            .locationName("member")
                                            .build())
                                    .build())
                            .build())
            .build();
    private static final SdkField<Boolean> ESTIMATED_FIELD = SdkField.<Boolean>builder(MarshallingType.BOOLEAN)
            .memberName("Estimated")
            .getter(getter(ResultByTime::estimated))
            .setter(setter(Builder::estimated))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Estimated")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(TIME_PERIOD_FIELD, TOTAL_FIELD, GROUPS_FIELD, ESTIMATED_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final DateInterval timePeriod;
    private final java.util.Map<String, MetricValue> total;
    private final java.util.List<Group> groups;
    private final Boolean estimated;

    private ResultByTime(BuilderImpl builder) {
        this.timePeriod = builder.timePeriod;
        this.total = builder.total;
        this.groups = builder.groups;
        this.estimated = builder.estimated;
    }

    public final DateInterval timePeriod() {
        return timePeriod;
    }

    public final java.util.Map<String, MetricValue> total() {
        return total;
    }
    /** Whether the Total member was set (the SDK's auto-construct convention). */
    public final boolean hasTotal() {
        return total != null && !(total instanceof SdkAutoConstructMap);
    }

    public final java.util.List<Group> groups() {
        return groups;
    }
    /** Whether the Groups member was set (the SDK's auto-construct convention). */
    public final boolean hasGroups() {
        return groups != null && !(groups instanceof SdkAutoConstructList);
    }

    public final Boolean estimated() {
        return estimated;
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
        return Objects.hash(timePeriod(), total(), groups(), estimated());
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
        if (!(obj instanceof ResultByTime other)) {
            return false;
        }
        return Objects.equals(timePeriod(), other.timePeriod())
                && Objects.equals(total(), other.total())
                && Objects.equals(groups(), other.groups())
                && Objects.equals(estimated(), other.estimated());
    }

    @Override
    public final String toString() {
        return ToString.builder("ResultByTime")
                .add("TimePeriod", timePeriod())
                .add("Total", total())
                .add("Groups", groups())
                .add("Estimated", estimated())
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
        map.put("Total", TOTAL_FIELD);
        map.put("Groups", GROUPS_FIELD);
        map.put("Estimated", ESTIMATED_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<ResultByTime, T> g) {
        return obj -> g.apply((ResultByTime) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, ResultByTime> {
        Builder timePeriod(DateInterval timePeriod);

        default Builder timePeriod(Consumer<DateInterval.Builder> timePeriod) {
            return timePeriod(DateInterval.builder().applyMutation(timePeriod).build());
        }

        Builder total(java.util.Map<String, MetricValue> total);

        Builder groups(java.util.List<Group> groups);

        Builder groups(Group... groups);

        Builder estimated(Boolean estimated);
    }

    static final class BuilderImpl implements Builder {
        private DateInterval timePeriod;
        private java.util.Map<String, MetricValue> total = DefaultSdkAutoConstructMap.getInstance();
        private java.util.List<Group> groups = DefaultSdkAutoConstructList.getInstance();
        private Boolean estimated;

        private BuilderImpl() {}

        private BuilderImpl(ResultByTime model) {
            timePeriod(model.timePeriod);
            total(model.total);
            groups(model.groups);
            estimated(model.estimated);
        }

        @Override
        public final Builder timePeriod(DateInterval timePeriod) {
            this.timePeriod = timePeriod;
            return this;
        }

        @Override
        public final Builder total(java.util.Map<String, MetricValue> total) {
            this.total = total == null
                    ? DefaultSdkAutoConstructMap.getInstance()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(total));
            return this;
        }

        @Override
        public final Builder groups(java.util.List<Group> groups) {
            this.groups = groups == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groups));
            return this;
        }

        @Override
        public final Builder groups(Group... groups) {
            return groups(Arrays.asList(groups));
        }

        @Override
        public final Builder estimated(Boolean estimated) {
            this.estimated = estimated;
            return this;
        }

        @Override
        public ResultByTime build() {
            return new ResultByTime(this);
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
