package org.ec2tutor.sdk.model.config;

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

/** The Source structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class Source implements SdkPojo, ToCopyableBuilder<Source.Builder, Source> {
    private static final SdkField<String> OWNER_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("Owner")
            .getter(getter(Source::owner))
            .setter(setter(Builder::owner))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Owner")
                    .build())
            .build();
    private static final SdkField<String> SOURCE_IDENTIFIER_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("SourceIdentifier")
            .getter(getter(Source::sourceIdentifier))
            .setter(setter(Builder::sourceIdentifier))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("SourceIdentifier")
                    .build())
            .build();
    private static final SdkField<java.util.List<SourceDetail>> SOURCE_DETAILS_FIELD =
            SdkField.<java.util.List<SourceDetail>>builder(MarshallingType.LIST)
                    .memberName("SourceDetails")
                    .getter(getter(Source::sourceDetails))
                    .setter(setter(Builder::sourceDetails))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("SourceDetails")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<SourceDetail>builder(MarshallingType.SDK_POJO)
                                            .constructor(SourceDetail::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<CustomPolicyDetails> CUSTOM_POLICY_DETAILS_FIELD =
            SdkField.<CustomPolicyDetails>builder(MarshallingType.SDK_POJO)
                    .memberName("CustomPolicyDetails")
                    .getter(getter(Source::customPolicyDetails))
                    .setter(setter(Builder::customPolicyDetails))
                    .constructor(CustomPolicyDetails::builder)
                    .traits(LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("CustomPolicyDetails")
                            .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(OWNER_FIELD, SOURCE_IDENTIFIER_FIELD, SOURCE_DETAILS_FIELD, CUSTOM_POLICY_DETAILS_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String owner;
    private final String sourceIdentifier;
    private final java.util.List<SourceDetail> sourceDetails;
    private final CustomPolicyDetails customPolicyDetails;

    private Source(BuilderImpl builder) {
        this.owner = builder.owner;
        this.sourceIdentifier = builder.sourceIdentifier;
        this.sourceDetails = builder.sourceDetails;
        this.customPolicyDetails = builder.customPolicyDetails;
    }

    public final String owner() {
        return owner;
    }

    public final String sourceIdentifier() {
        return sourceIdentifier;
    }

    public final java.util.List<SourceDetail> sourceDetails() {
        return sourceDetails;
    }
    /** Whether the SourceDetails member was set (the SDK's auto-construct convention). */
    public final boolean hasSourceDetails() {
        return sourceDetails != null && !(sourceDetails instanceof SdkAutoConstructList);
    }

    public final CustomPolicyDetails customPolicyDetails() {
        return customPolicyDetails;
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
        return Objects.hash(owner(), sourceIdentifier(), sourceDetails(), customPolicyDetails());
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
        if (!(obj instanceof Source other)) {
            return false;
        }
        return Objects.equals(owner(), other.owner())
                && Objects.equals(sourceIdentifier(), other.sourceIdentifier())
                && Objects.equals(sourceDetails(), other.sourceDetails())
                && Objects.equals(customPolicyDetails(), other.customPolicyDetails());
    }

    @Override
    public final String toString() {
        return ToString.builder("Source")
                .add("Owner", owner())
                .add("SourceIdentifier", sourceIdentifier())
                .add("SourceDetails", sourceDetails())
                .add("CustomPolicyDetails", customPolicyDetails())
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
        map.put("Owner", OWNER_FIELD);
        map.put("SourceIdentifier", SOURCE_IDENTIFIER_FIELD);
        map.put("SourceDetails", SOURCE_DETAILS_FIELD);
        map.put("CustomPolicyDetails", CUSTOM_POLICY_DETAILS_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<Source, T> g) {
        return obj -> g.apply((Source) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, Source> {
        Builder owner(String owner);

        Builder sourceIdentifier(String sourceIdentifier);

        Builder sourceDetails(java.util.List<SourceDetail> sourceDetails);

        Builder sourceDetails(SourceDetail... sourceDetails);

        Builder customPolicyDetails(CustomPolicyDetails customPolicyDetails);

        default Builder customPolicyDetails(Consumer<CustomPolicyDetails.Builder> customPolicyDetails) {
            return customPolicyDetails(CustomPolicyDetails.builder()
                    .applyMutation(customPolicyDetails)
                    .build());
        }
    }

    static final class BuilderImpl implements Builder {
        private String owner;
        private String sourceIdentifier;
        private java.util.List<SourceDetail> sourceDetails = DefaultSdkAutoConstructList.getInstance();
        private CustomPolicyDetails customPolicyDetails;

        private BuilderImpl() {}

        private BuilderImpl(Source model) {
            owner(model.owner);
            sourceIdentifier(model.sourceIdentifier);
            sourceDetails(model.sourceDetails);
            customPolicyDetails(model.customPolicyDetails);
        }

        @Override
        public final Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        @Override
        public final Builder sourceIdentifier(String sourceIdentifier) {
            this.sourceIdentifier = sourceIdentifier;
            return this;
        }

        @Override
        public final Builder sourceDetails(java.util.List<SourceDetail> sourceDetails) {
            this.sourceDetails = sourceDetails == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sourceDetails));
            return this;
        }

        @Override
        public final Builder sourceDetails(SourceDetail... sourceDetails) {
            return sourceDetails(Arrays.asList(sourceDetails));
        }

        @Override
        public final Builder customPolicyDetails(CustomPolicyDetails customPolicyDetails) {
            this.customPolicyDetails = customPolicyDetails;
            return this;
        }

        @Override
        public Source build() {
            return new Source(this);
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
