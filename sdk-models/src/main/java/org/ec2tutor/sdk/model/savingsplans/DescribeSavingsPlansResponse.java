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
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The response of DescribeSavingsPlans. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class DescribeSavingsPlansResponse extends SavingsPlansResponse
        implements ToCopyableBuilder<DescribeSavingsPlansResponse.Builder, DescribeSavingsPlansResponse> {
    private static final SdkField<java.util.List<SavingsPlan>> SAVINGS_PLANS_FIELD =
            SdkField.<java.util.List<SavingsPlan>>builder(MarshallingType.LIST)
                    .memberName("savingsPlans")
                    .getter(getter(DescribeSavingsPlansResponse::savingsPlans))
                    .setter(setter(Builder::savingsPlans))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("savingsPlans")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<SavingsPlan>builder(MarshallingType.SDK_POJO)
                                            .constructor(SavingsPlan::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("nextToken")
            .getter(getter(DescribeSavingsPlansResponse::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("nextToken")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(SAVINGS_PLANS_FIELD, NEXT_TOKEN_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<SavingsPlan> savingsPlans;
    private final String nextToken;

    private DescribeSavingsPlansResponse(BuilderImpl builder) {
        super(builder);
        this.savingsPlans = builder.savingsPlans;
        this.nextToken = builder.nextToken;
    }

    public final java.util.List<SavingsPlan> savingsPlans() {
        return savingsPlans;
    }
    /** Whether the savingsPlans member was set (the SDK's auto-construct convention). */
    public final boolean hasSavingsPlans() {
        return savingsPlans != null && !(savingsPlans instanceof SdkAutoConstructList);
    }

    public final String nextToken() {
        return nextToken;
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
        return Objects.hash(super.hashCode(), savingsPlans(), nextToken());
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
        if (!(obj instanceof DescribeSavingsPlansResponse other)) {
            return false;
        }
        return Objects.equals(savingsPlans(), other.savingsPlans()) && Objects.equals(nextToken(), other.nextToken());
    }

    @Override
    public final String toString() {
        return ToString.builder("DescribeSavingsPlansResponse")
                .add("savingsPlans", savingsPlans())
                .add("nextToken", nextToken())
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
        map.put("savingsPlans", SAVINGS_PLANS_FIELD);
        map.put("nextToken", NEXT_TOKEN_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<DescribeSavingsPlansResponse, T> g) {
        return obj -> g.apply((DescribeSavingsPlansResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends SavingsPlansResponse.Builder, SdkPojo, CopyableBuilder<Builder, DescribeSavingsPlansResponse> {
        Builder savingsPlans(java.util.List<SavingsPlan> savingsPlans);

        Builder savingsPlans(SavingsPlan... savingsPlans);

        Builder nextToken(String nextToken);
    }

    static final class BuilderImpl extends SavingsPlansResponse.BuilderImpl implements Builder {
        private java.util.List<SavingsPlan> savingsPlans = DefaultSdkAutoConstructList.getInstance();
        private String nextToken;

        private BuilderImpl() {}

        private BuilderImpl(DescribeSavingsPlansResponse model) {
            super(model);
            savingsPlans(model.savingsPlans);
            nextToken(model.nextToken);
        }

        @Override
        public final Builder savingsPlans(java.util.List<SavingsPlan> savingsPlans) {
            this.savingsPlans = savingsPlans == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(savingsPlans));
            return this;
        }

        @Override
        public final Builder savingsPlans(SavingsPlan... savingsPlans) {
            return savingsPlans(Arrays.asList(savingsPlans));
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        @Override
        public DescribeSavingsPlansResponse build() {
            return new DescribeSavingsPlansResponse(this);
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
