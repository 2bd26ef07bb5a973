package org.ec2tutor.sdk.model.config;

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

/** The SourceDetail structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class SourceDetail implements SdkPojo, ToCopyableBuilder<SourceDetail.Builder, SourceDetail> {
    private static final SdkField<String> EVENT_SOURCE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("EventSource")
            .getter(getter(SourceDetail::eventSource))
            .setter(setter(Builder::eventSource))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("EventSource")
                    .build())
            .build();
    private static final SdkField<String> MESSAGE_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("MessageType")
            .getter(getter(SourceDetail::messageType))
            .setter(setter(Builder::messageType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("MessageType")
                    .build())
            .build();
    private static final SdkField<String> MAXIMUM_EXECUTION_FREQUENCY_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("MaximumExecutionFrequency")
            .getter(getter(SourceDetail::maximumExecutionFrequency))
            .setter(setter(Builder::maximumExecutionFrequency))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("MaximumExecutionFrequency")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(EVENT_SOURCE_FIELD, MESSAGE_TYPE_FIELD, MAXIMUM_EXECUTION_FREQUENCY_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String eventSource;
    private final String messageType;
    private final String maximumExecutionFrequency;

    private SourceDetail(BuilderImpl builder) {
        this.eventSource = builder.eventSource;
        this.messageType = builder.messageType;
        this.maximumExecutionFrequency = builder.maximumExecutionFrequency;
    }

    public final String eventSource() {
        return eventSource;
    }

    public final String messageType() {
        return messageType;
    }

    public final String maximumExecutionFrequency() {
        return maximumExecutionFrequency;
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
        return Objects.hash(eventSource(), messageType(), maximumExecutionFrequency());
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
        if (!(obj instanceof SourceDetail other)) {
            return false;
        }
        return Objects.equals(eventSource(), other.eventSource())
                && Objects.equals(messageType(), other.messageType())
                && Objects.equals(maximumExecutionFrequency(), other.maximumExecutionFrequency());
    }

    @Override
    public final String toString() {
        return ToString.builder("SourceDetail")
                .add("EventSource", eventSource())
                .add("MessageType", messageType())
                .add("MaximumExecutionFrequency", maximumExecutionFrequency())
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
        map.put("EventSource", EVENT_SOURCE_FIELD);
        map.put("MessageType", MESSAGE_TYPE_FIELD);
        map.put("MaximumExecutionFrequency", MAXIMUM_EXECUTION_FREQUENCY_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<SourceDetail, T> g) {
        return obj -> g.apply((SourceDetail) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, SourceDetail> {
        Builder eventSource(String eventSource);

        Builder messageType(String messageType);

        Builder maximumExecutionFrequency(String maximumExecutionFrequency);
    }

    static final class BuilderImpl implements Builder {
        private String eventSource;
        private String messageType;
        private String maximumExecutionFrequency;

        private BuilderImpl() {}

        private BuilderImpl(SourceDetail model) {
            eventSource(model.eventSource);
            messageType(model.messageType);
            maximumExecutionFrequency(model.maximumExecutionFrequency);
        }

        @Override
        public final Builder eventSource(String eventSource) {
            this.eventSource = eventSource;
            return this;
        }

        @Override
        public final Builder messageType(String messageType) {
            this.messageType = messageType;
            return this;
        }

        @Override
        public final Builder maximumExecutionFrequency(String maximumExecutionFrequency) {
            this.maximumExecutionFrequency = maximumExecutionFrequency;
            return this;
        }

        @Override
        public SourceDetail build() {
            return new SourceDetail(this);
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
