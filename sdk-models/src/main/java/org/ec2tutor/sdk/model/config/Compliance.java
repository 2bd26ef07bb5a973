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
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The Compliance structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class Compliance implements SdkPojo, ToCopyableBuilder<Compliance.Builder, Compliance> {
    private static final SdkField<String> COMPLIANCE_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ComplianceType")
            .getter(getter(Compliance::complianceType))
            .setter(setter(Builder::complianceType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ComplianceType")
                    .build())
            .build();
    private static final SdkField<ComplianceContributorCount> COMPLIANCE_CONTRIBUTOR_COUNT_FIELD =
            SdkField.<ComplianceContributorCount>builder(MarshallingType.SDK_POJO)
                    .memberName("ComplianceContributorCount")
                    .getter(getter(Compliance::complianceContributorCount))
                    .setter(setter(Builder::complianceContributorCount))
                    .constructor(ComplianceContributorCount::builder)
                    .traits(LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("ComplianceContributorCount")
                            .build())
                    .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(COMPLIANCE_TYPE_FIELD, COMPLIANCE_CONTRIBUTOR_COUNT_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String complianceType;
    private final ComplianceContributorCount complianceContributorCount;

    private Compliance(BuilderImpl builder) {
        this.complianceType = builder.complianceType;
        this.complianceContributorCount = builder.complianceContributorCount;
    }

    public final String complianceType() {
        return complianceType;
    }

    public final ComplianceContributorCount complianceContributorCount() {
        return complianceContributorCount;
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
        return Objects.hash(complianceType(), complianceContributorCount());
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
        if (!(obj instanceof Compliance other)) {
            return false;
        }
        return Objects.equals(complianceType(), other.complianceType())
                && Objects.equals(complianceContributorCount(), other.complianceContributorCount());
    }

    @Override
    public final String toString() {
        return ToString.builder("Compliance")
                .add("ComplianceType", complianceType())
                .add("ComplianceContributorCount", complianceContributorCount())
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
        map.put("ComplianceType", COMPLIANCE_TYPE_FIELD);
        map.put("ComplianceContributorCount", COMPLIANCE_CONTRIBUTOR_COUNT_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<Compliance, T> g) {
        return obj -> g.apply((Compliance) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, Compliance> {
        Builder complianceType(String complianceType);

        Builder complianceContributorCount(ComplianceContributorCount complianceContributorCount);

        default Builder complianceContributorCount(
                Consumer<ComplianceContributorCount.Builder> complianceContributorCount) {
            return complianceContributorCount(ComplianceContributorCount.builder()
                    .applyMutation(complianceContributorCount)
                    .build());
        }
    }

    static final class BuilderImpl implements Builder {
        private String complianceType;
        private ComplianceContributorCount complianceContributorCount;

        private BuilderImpl() {}

        private BuilderImpl(Compliance model) {
            complianceType(model.complianceType);
            complianceContributorCount(model.complianceContributorCount);
        }

        @Override
        public final Builder complianceType(String complianceType) {
            this.complianceType = complianceType;
            return this;
        }

        @Override
        public final Builder complianceContributorCount(ComplianceContributorCount complianceContributorCount) {
            this.complianceContributorCount = complianceContributorCount;
            return this;
        }

        @Override
        public Compliance build() {
            return new Compliance(this);
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
