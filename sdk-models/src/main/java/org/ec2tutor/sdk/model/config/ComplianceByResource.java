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

/** The ComplianceByResource structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class ComplianceByResource
        implements SdkPojo, ToCopyableBuilder<ComplianceByResource.Builder, ComplianceByResource> {
    private static final SdkField<String> RESOURCE_TYPE_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ResourceType")
            .getter(getter(ComplianceByResource::resourceType))
            .setter(setter(Builder::resourceType))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ResourceType")
                    .build())
            .build();
    private static final SdkField<String> RESOURCE_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ResourceId")
            .getter(getter(ComplianceByResource::resourceId))
            .setter(setter(Builder::resourceId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ResourceId")
                    .build())
            .build();
    private static final SdkField<Compliance> COMPLIANCE_FIELD = SdkField.<Compliance>builder(MarshallingType.SDK_POJO)
            .memberName("Compliance")
            .getter(getter(ComplianceByResource::compliance))
            .setter(setter(Builder::compliance))
            .constructor(Compliance::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Compliance")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(RESOURCE_TYPE_FIELD, RESOURCE_ID_FIELD, COMPLIANCE_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String resourceType;
    private final String resourceId;
    private final Compliance compliance;

    private ComplianceByResource(BuilderImpl builder) {
        this.resourceType = builder.resourceType;
        this.resourceId = builder.resourceId;
        this.compliance = builder.compliance;
    }

    public final String resourceType() {
        return resourceType;
    }

    public final String resourceId() {
        return resourceId;
    }

    public final Compliance compliance() {
        return compliance;
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
        return Objects.hash(resourceType(), resourceId(), compliance());
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
        if (!(obj instanceof ComplianceByResource other)) {
            return false;
        }
        return Objects.equals(resourceType(), other.resourceType())
                && Objects.equals(resourceId(), other.resourceId())
                && Objects.equals(compliance(), other.compliance());
    }

    @Override
    public final String toString() {
        return ToString.builder("ComplianceByResource")
                .add("ResourceType", resourceType())
                .add("ResourceId", resourceId())
                .add("Compliance", compliance())
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
        map.put("ResourceType", RESOURCE_TYPE_FIELD);
        map.put("ResourceId", RESOURCE_ID_FIELD);
        map.put("Compliance", COMPLIANCE_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<ComplianceByResource, T> g) {
        return obj -> g.apply((ComplianceByResource) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, ComplianceByResource> {
        Builder resourceType(String resourceType);

        Builder resourceId(String resourceId);

        Builder compliance(Compliance compliance);

        default Builder compliance(Consumer<Compliance.Builder> compliance) {
            return compliance(Compliance.builder().applyMutation(compliance).build());
        }
    }

    static final class BuilderImpl implements Builder {
        private String resourceType;
        private String resourceId;
        private Compliance compliance;

        private BuilderImpl() {}

        private BuilderImpl(ComplianceByResource model) {
            resourceType(model.resourceType);
            resourceId(model.resourceId);
            compliance(model.compliance);
        }

        @Override
        public final Builder resourceType(String resourceType) {
            this.resourceType = resourceType;
            return this;
        }

        @Override
        public final Builder resourceId(String resourceId) {
            this.resourceId = resourceId;
            return this;
        }

        @Override
        public final Builder compliance(Compliance compliance) {
            this.compliance = compliance;
            return this;
        }

        @Override
        public ComplianceByResource build() {
            return new ComplianceByResource(this);
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
