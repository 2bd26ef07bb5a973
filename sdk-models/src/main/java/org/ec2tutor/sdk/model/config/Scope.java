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
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The Scope structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class Scope implements SdkPojo, ToCopyableBuilder<Scope.Builder, Scope> {
    private static final SdkField<java.util.List<String>> COMPLIANCE_RESOURCE_TYPES_FIELD =
            SdkField.<java.util.List<String>>builder(MarshallingType.LIST)
                    .memberName("ComplianceResourceTypes")
                    .getter(getter(Scope::complianceResourceTypes))
                    .setter(setter(Builder::complianceResourceTypes))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("ComplianceResourceTypes")
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
    private static final SdkField<String> TAG_KEY_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("TagKey")
            .getter(getter(Scope::tagKey))
            .setter(setter(Builder::tagKey))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("TagKey")
                    .build())
            .build();
    private static final SdkField<String> TAG_VALUE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("TagValue")
            .getter(getter(Scope::tagValue))
            .setter(setter(Builder::tagValue))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("TagValue")
                    .build())
            .build();
    private static final SdkField<String> COMPLIANCE_RESOURCE_ID_FIELD = SdkField.<String>builder(
                    MarshallingType.STRING)
            .memberName("ComplianceResourceId")
            .getter(getter(Scope::complianceResourceId))
            .setter(setter(Builder::complianceResourceId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ComplianceResourceId")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(Arrays.asList(
            COMPLIANCE_RESOURCE_TYPES_FIELD, TAG_KEY_FIELD, TAG_VALUE_FIELD, COMPLIANCE_RESOURCE_ID_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<String> complianceResourceTypes;
    private final String tagKey;
    private final String tagValue;
    private final String complianceResourceId;

    private Scope(BuilderImpl builder) {
        this.complianceResourceTypes = builder.complianceResourceTypes;
        this.tagKey = builder.tagKey;
        this.tagValue = builder.tagValue;
        this.complianceResourceId = builder.complianceResourceId;
    }

    public final java.util.List<String> complianceResourceTypes() {
        return complianceResourceTypes;
    }
    /** Whether the ComplianceResourceTypes member was set (the SDK's auto-construct convention). */
    public final boolean hasComplianceResourceTypes() {
        return complianceResourceTypes != null && !(complianceResourceTypes instanceof SdkAutoConstructList);
    }

    public final String tagKey() {
        return tagKey;
    }

    public final String tagValue() {
        return tagValue;
    }

    public final String complianceResourceId() {
        return complianceResourceId;
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
        return Objects.hash(complianceResourceTypes(), tagKey(), tagValue(), complianceResourceId());
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
        if (!(obj instanceof Scope other)) {
            return false;
        }
        return Objects.equals(complianceResourceTypes(), other.complianceResourceTypes())
                && Objects.equals(tagKey(), other.tagKey())
                && Objects.equals(tagValue(), other.tagValue())
                && Objects.equals(complianceResourceId(), other.complianceResourceId());
    }

    @Override
    public final String toString() {
        return ToString.builder("Scope")
                .add("ComplianceResourceTypes", complianceResourceTypes())
                .add("TagKey", tagKey())
                .add("TagValue", tagValue())
                .add("ComplianceResourceId", complianceResourceId())
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
        map.put("ComplianceResourceTypes", COMPLIANCE_RESOURCE_TYPES_FIELD);
        map.put("TagKey", TAG_KEY_FIELD);
        map.put("TagValue", TAG_VALUE_FIELD);
        map.put("ComplianceResourceId", COMPLIANCE_RESOURCE_ID_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<Scope, T> g) {
        return obj -> g.apply((Scope) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, Scope> {
        Builder complianceResourceTypes(java.util.List<String> complianceResourceTypes);

        Builder complianceResourceTypes(String... complianceResourceTypes);

        Builder tagKey(String tagKey);

        Builder tagValue(String tagValue);

        Builder complianceResourceId(String complianceResourceId);
    }

    static final class BuilderImpl implements Builder {
        private java.util.List<String> complianceResourceTypes = DefaultSdkAutoConstructList.getInstance();
        private String tagKey;
        private String tagValue;
        private String complianceResourceId;

        private BuilderImpl() {}

        private BuilderImpl(Scope model) {
            complianceResourceTypes(model.complianceResourceTypes);
            tagKey(model.tagKey);
            tagValue(model.tagValue);
            complianceResourceId(model.complianceResourceId);
        }

        @Override
        public final Builder complianceResourceTypes(java.util.List<String> complianceResourceTypes) {
            this.complianceResourceTypes = complianceResourceTypes == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(complianceResourceTypes));
            return this;
        }

        @Override
        public final Builder complianceResourceTypes(String... complianceResourceTypes) {
            return complianceResourceTypes(Arrays.asList(complianceResourceTypes));
        }

        @Override
        public final Builder tagKey(String tagKey) {
            this.tagKey = tagKey;
            return this;
        }

        @Override
        public final Builder tagValue(String tagValue) {
            this.tagValue = tagValue;
            return this;
        }

        @Override
        public final Builder complianceResourceId(String complianceResourceId) {
            this.complianceResourceId = complianceResourceId;
            return this;
        }

        @Override
        public Scope build() {
            return new Scope(this);
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
