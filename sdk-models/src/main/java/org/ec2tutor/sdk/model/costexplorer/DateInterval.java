package org.ec2tutor.sdk.model.costexplorer;

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
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The DateInterval structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DateInterval implements SdkPojo, ToCopyableBuilder<DateInterval.Builder, DateInterval> {
    private static final SdkField<String> START_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Start")
            .getter(getter(DateInterval::start))
            .setter(setter(Builder::start))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Start")
                    .build())
            .build();
    private static final SdkField<String> END_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("End")
            .getter(getter(DateInterval::end))
            .setter(setter(Builder::end))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("End")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(START_FIELD, END_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String start;
    private final String end;

    private DateInterval(BuilderImpl builder) {
        this.start = builder.start;
        this.end = builder.end;
    }

    public final String start() {
        return start;
    }

    public final String end() {
        return end;
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
        return Objects.hash(start(), end());
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
        if (!(obj instanceof DateInterval other)) {
            return false;
        }
        return Objects.equals(start(), other.start()) && Objects.equals(end(), other.end());
    }

    @Override
    public final String toString() {
        return ToString.builder("DateInterval")
                .add("Start", start())
                .add("End", end())
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
        map.put("Start", START_FIELD);
        map.put("End", END_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DateInterval, T> g) {
        return obj -> g.apply((DateInterval) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, DateInterval> {
        Builder start(String start);

        Builder end(String end);
    }

    static final class BuilderImpl implements Builder {
        private String start;
        private String end;

        private BuilderImpl() {}

        private BuilderImpl(DateInterval model) {
            start(model.start);
            end(model.end);
        }

        @Override
        public final Builder start(String start) {
            this.start = start;
            return this;
        }

        @Override
        public final Builder end(String end) {
            this.end = end;
            return this;
        }

        @Override
        public DateInterval build() {
            return new DateInterval(this);
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
