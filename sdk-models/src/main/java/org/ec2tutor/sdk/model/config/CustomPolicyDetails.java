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

/** The CustomPolicyDetails structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class CustomPolicyDetails
        implements SdkPojo, ToCopyableBuilder<CustomPolicyDetails.Builder, CustomPolicyDetails> {
    private static final SdkField<String> POLICY_RUNTIME_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("PolicyRuntime")
            .getter(getter(CustomPolicyDetails::policyRuntime))
            .setter(setter(Builder::policyRuntime))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("PolicyRuntime")
                    .build())
            .build();
    private static final SdkField<String> POLICY_TEXT_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("PolicyText")
            .getter(getter(CustomPolicyDetails::policyText))
            .setter(setter(Builder::policyText))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("PolicyText")
                    .build())
            .build();
    private static final SdkField<Boolean> ENABLE_DEBUG_LOG_DELIVERY_FIELD = SdkField.<Boolean>builder(
                    MarshallingType.BOOLEAN)
            .memberName("EnableDebugLogDelivery")
            .getter(getter(CustomPolicyDetails::enableDebugLogDelivery))
            .setter(setter(Builder::enableDebugLogDelivery))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("EnableDebugLogDelivery")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(POLICY_RUNTIME_FIELD, POLICY_TEXT_FIELD, ENABLE_DEBUG_LOG_DELIVERY_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String policyRuntime;
    private final String policyText;
    private final Boolean enableDebugLogDelivery;

    private CustomPolicyDetails(BuilderImpl builder) {
        this.policyRuntime = builder.policyRuntime;
        this.policyText = builder.policyText;
        this.enableDebugLogDelivery = builder.enableDebugLogDelivery;
    }

    public final String policyRuntime() {
        return policyRuntime;
    }

    public final String policyText() {
        return policyText;
    }

    public final Boolean enableDebugLogDelivery() {
        return enableDebugLogDelivery;
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
        return Objects.hash(policyRuntime(), policyText(), enableDebugLogDelivery());
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
        if (!(obj instanceof CustomPolicyDetails other)) {
            return false;
        }
        return Objects.equals(policyRuntime(), other.policyRuntime())
                && Objects.equals(policyText(), other.policyText())
                && Objects.equals(enableDebugLogDelivery(), other.enableDebugLogDelivery());
    }

    @Override
    public final String toString() {
        return ToString.builder("CustomPolicyDetails")
                .add("PolicyRuntime", policyRuntime())
                .add("PolicyText", policyText())
                .add("EnableDebugLogDelivery", enableDebugLogDelivery())
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
        map.put("PolicyRuntime", POLICY_RUNTIME_FIELD);
        map.put("PolicyText", POLICY_TEXT_FIELD);
        map.put("EnableDebugLogDelivery", ENABLE_DEBUG_LOG_DELIVERY_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<CustomPolicyDetails, T> g) {
        return obj -> g.apply((CustomPolicyDetails) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, CustomPolicyDetails> {
        Builder policyRuntime(String policyRuntime);

        Builder policyText(String policyText);

        Builder enableDebugLogDelivery(Boolean enableDebugLogDelivery);
    }

    static final class BuilderImpl implements Builder {
        private String policyRuntime;
        private String policyText;
        private Boolean enableDebugLogDelivery;

        private BuilderImpl() {}

        private BuilderImpl(CustomPolicyDetails model) {
            policyRuntime(model.policyRuntime);
            policyText(model.policyText);
            enableDebugLogDelivery(model.enableDebugLogDelivery);
        }

        @Override
        public final Builder policyRuntime(String policyRuntime) {
            this.policyRuntime = policyRuntime;
            return this;
        }

        @Override
        public final Builder policyText(String policyText) {
            this.policyText = policyText;
            return this;
        }

        @Override
        public final Builder enableDebugLogDelivery(Boolean enableDebugLogDelivery) {
            this.enableDebugLogDelivery = enableDebugLogDelivery;
            return this;
        }

        @Override
        public CustomPolicyDetails build() {
            return new CustomPolicyDetails(this);
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
