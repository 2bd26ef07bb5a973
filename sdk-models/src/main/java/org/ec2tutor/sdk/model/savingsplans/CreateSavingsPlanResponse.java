package org.ec2tutor.sdk.model.savingsplans;

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

/** The response of CreateSavingsPlan. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class CreateSavingsPlanResponse extends SavingsPlansResponse
        implements ToCopyableBuilder<CreateSavingsPlanResponse.Builder, CreateSavingsPlanResponse> {
    private static final SdkField<String> SAVINGS_PLAN_ID_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("savingsPlanId")
            .getter(getter(CreateSavingsPlanResponse::savingsPlanId))
            .setter(setter(Builder::savingsPlanId))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("savingsPlanId")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(SAVINGS_PLAN_ID_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String savingsPlanId;

    private CreateSavingsPlanResponse(BuilderImpl builder) {
        super(builder);
        this.savingsPlanId = builder.savingsPlanId;
    }

    public final String savingsPlanId() {
        return savingsPlanId;
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
        return Objects.hash(super.hashCode(), savingsPlanId());
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
        if (!(obj instanceof CreateSavingsPlanResponse other)) {
            return false;
        }
        return Objects.equals(savingsPlanId(), other.savingsPlanId());
    }

    @Override
    public final String toString() {
        return ToString.builder("CreateSavingsPlanResponse")
                .add("savingsPlanId", savingsPlanId())
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
        map.put("savingsPlanId", SAVINGS_PLAN_ID_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<CreateSavingsPlanResponse, T> g) {
        return obj -> g.apply((CreateSavingsPlanResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends SavingsPlansResponse.Builder, SdkPojo, CopyableBuilder<Builder, CreateSavingsPlanResponse> {
        Builder savingsPlanId(String savingsPlanId);
    }

    static final class BuilderImpl extends SavingsPlansResponse.BuilderImpl implements Builder {
        private String savingsPlanId;

        private BuilderImpl() {}

        private BuilderImpl(CreateSavingsPlanResponse model) {
            super(model);
            savingsPlanId(model.savingsPlanId);
        }

        @Override
        public final Builder savingsPlanId(String savingsPlanId) {
            this.savingsPlanId = savingsPlanId;
            return this;
        }

        @Override
        public CreateSavingsPlanResponse build() {
            return new CreateSavingsPlanResponse(this);
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
