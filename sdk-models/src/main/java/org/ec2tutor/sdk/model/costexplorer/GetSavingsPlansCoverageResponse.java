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
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.util.DefaultSdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.utils.ToString;
import software.amazon.awssdk.utils.builder.CopyableBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/** The response of GetSavingsPlansCoverage. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class GetSavingsPlansCoverageResponse extends CostExplorerResponse
        implements ToCopyableBuilder<GetSavingsPlansCoverageResponse.Builder, GetSavingsPlansCoverageResponse> {
    private static final SdkField<java.util.List<SavingsPlansCoverage>> SAVINGS_PLANS_COVERAGES_FIELD =
            SdkField.<java.util.List<SavingsPlansCoverage>>builder(MarshallingType.LIST)
                    .memberName("SavingsPlansCoverages")
                    .getter(getter(GetSavingsPlansCoverageResponse::savingsPlansCoverages))
                    .setter(setter(Builder::savingsPlansCoverages))
                    .traits(
                            LocationTrait.builder()
                                    .location(MarshallLocation.PAYLOAD)
                                    .locationName("SavingsPlansCoverages")
                                    .build(),
                            ListTrait.builder()
                                    .memberLocationName(null)
                                    .memberFieldInfo(SdkField.<SavingsPlansCoverage>builder(MarshallingType.SDK_POJO)
                                            .constructor(SavingsPlansCoverage::builder)
                                            .traits(LocationTrait.builder()
                                                    .location(MarshallLocation.PAYLOAD)
                                                    .locationName("member")
                                                    .build())
                                            .build())
                                    .build())
                    .build();
    private static final SdkField<String> NEXT_TOKEN_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("NextToken")
            .getter(getter(GetSavingsPlansCoverageResponse::nextToken))
            .setter(setter(Builder::nextToken))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("NextToken")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(SAVINGS_PLANS_COVERAGES_FIELD, NEXT_TOKEN_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<SavingsPlansCoverage> savingsPlansCoverages;
    private final String nextToken;

    private GetSavingsPlansCoverageResponse(BuilderImpl builder) {
        super(builder);
        this.savingsPlansCoverages = builder.savingsPlansCoverages;
        this.nextToken = builder.nextToken;
    }

    public final java.util.List<SavingsPlansCoverage> savingsPlansCoverages() {
        return savingsPlansCoverages;
    }
    /** Whether the SavingsPlansCoverages member was set (the SDK's auto-construct convention). */
    public final boolean hasSavingsPlansCoverages() {
        return savingsPlansCoverages != null && !(savingsPlansCoverages instanceof SdkAutoConstructList);
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
        return Objects.hash(super.hashCode(), savingsPlansCoverages(), nextToken());
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
        if (!(obj instanceof GetSavingsPlansCoverageResponse other)) {
            return false;
        }
        return Objects.equals(savingsPlansCoverages(), other.savingsPlansCoverages())
                && Objects.equals(nextToken(), other.nextToken());
    }

    @Override
    public final String toString() {
        return ToString.builder("GetSavingsPlansCoverageResponse")
                .add("SavingsPlansCoverages", savingsPlansCoverages())
                .add("NextToken", nextToken())
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
        map.put("SavingsPlansCoverages", SAVINGS_PLANS_COVERAGES_FIELD);
        map.put("NextToken", NEXT_TOKEN_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<GetSavingsPlansCoverageResponse, T> g) {
        return obj -> g.apply((GetSavingsPlansCoverageResponse) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder
            extends CostExplorerResponse.Builder, SdkPojo, CopyableBuilder<Builder, GetSavingsPlansCoverageResponse> {
        Builder savingsPlansCoverages(java.util.List<SavingsPlansCoverage> savingsPlansCoverages);

        Builder savingsPlansCoverages(SavingsPlansCoverage... savingsPlansCoverages);

        Builder nextToken(String nextToken);
    }

    static final class BuilderImpl extends CostExplorerResponse.BuilderImpl implements Builder {
        private java.util.List<SavingsPlansCoverage> savingsPlansCoverages = DefaultSdkAutoConstructList.getInstance();
        private String nextToken;

        private BuilderImpl() {}

        private BuilderImpl(GetSavingsPlansCoverageResponse model) {
            super(model);
            savingsPlansCoverages(model.savingsPlansCoverages);
            nextToken(model.nextToken);
        }

        @Override
        public final Builder savingsPlansCoverages(java.util.List<SavingsPlansCoverage> savingsPlansCoverages) {
            this.savingsPlansCoverages = savingsPlansCoverages == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(savingsPlansCoverages));
            return this;
        }

        @Override
        public final Builder savingsPlansCoverages(SavingsPlansCoverage... savingsPlansCoverages) {
            return savingsPlansCoverages(Arrays.asList(savingsPlansCoverages));
        }

        @Override
        public final Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        @Override
        public GetSavingsPlansCoverageResponse build() {
            return new GetSavingsPlansCoverageResponse(this);
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
