package org.ec2tutor.sdk.model.costexplorer;

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

/** The Expression structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class Expression implements SdkPojo, ToCopyableBuilder<Expression.Builder, Expression> {
    private static final SdkField<java.util.List<Expression>> OR_FIELD = SdkField.<java.util.List<Expression>>builder(
                    MarshallingType.LIST)
            .memberName("Or")
            .getter(getter(Expression::or))
            .setter(setter(Builder::or))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("Or")
                            .build(),
                    ListTrait.builder()
                            .memberLocationName(null)
                            .memberFieldInfo(SdkField.<Expression>builder(MarshallingType.SDK_POJO)
                                    .constructor(Expression::builder)
                                    .traits(LocationTrait.builder()
                                            .location(MarshallLocation.PAYLOAD)
                                            .locationName("member")
                                            .build())
                                    .build())
                            .build())
            .build();
    private static final SdkField<java.util.List<Expression>> AND_FIELD = SdkField.<java.util.List<Expression>>builder(
                    MarshallingType.LIST)
            .memberName("And")
            .getter(getter(Expression::and))
            .setter(setter(Builder::and))
            .traits(
                    LocationTrait.builder()
                            .location(MarshallLocation.PAYLOAD)
                            .locationName("And")
                            .build(),
                    ListTrait.builder()
                            .memberLocationName(null)
                            .memberFieldInfo(SdkField.<Expression>builder(MarshallingType.SDK_POJO)
                                    .constructor(Expression::builder)
                                    .traits(LocationTrait.builder()
                                            .location(MarshallLocation.PAYLOAD)
                                            .locationName("member")
                                            .build())
                                    .build())
                            .build())
            .build();
    private static final SdkField<Expression> NOT_FIELD = SdkField.<Expression>builder(MarshallingType.SDK_POJO)
            .memberName("Not")
            .getter(getter(Expression::not))
            .setter(setter(Builder::not))
            .constructor(Expression::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Not")
                    .build())
            .build();
    private static final SdkField<DimensionValues> DIMENSIONS_FIELD = SdkField.<DimensionValues>builder(
                    MarshallingType.SDK_POJO)
            .memberName("Dimensions")
            .getter(getter(Expression::dimensions))
            .setter(setter(Builder::dimensions))
            .constructor(DimensionValues::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Dimensions")
                    .build())
            .build();
    private static final SdkField<TagValues> TAGS_FIELD = SdkField.<TagValues>builder(MarshallingType.SDK_POJO)
            .memberName("Tags")
            .getter(getter(Expression::tags))
            .setter(setter(Builder::tags))
            .constructor(TagValues::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Tags")
                    .build())
            .build();
    private static final SdkField<CostCategoryValues> COST_CATEGORIES_FIELD = SdkField.<CostCategoryValues>builder(
                    MarshallingType.SDK_POJO)
            .memberName("CostCategories")
            .getter(getter(Expression::costCategories))
            .setter(setter(Builder::costCategories))
            .constructor(CostCategoryValues::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("CostCategories")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS = Collections.unmodifiableList(
            Arrays.asList(OR_FIELD, AND_FIELD, NOT_FIELD, DIMENSIONS_FIELD, TAGS_FIELD, COST_CATEGORIES_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final java.util.List<Expression> or;
    private final java.util.List<Expression> and;
    private final Expression not;
    private final DimensionValues dimensions;
    private final TagValues tags;
    private final CostCategoryValues costCategories;

    private Expression(BuilderImpl builder) {
        this.or = builder.or;
        this.and = builder.and;
        this.not = builder.not;
        this.dimensions = builder.dimensions;
        this.tags = builder.tags;
        this.costCategories = builder.costCategories;
    }

    public final java.util.List<Expression> or() {
        return or;
    }
    /** Whether the Or member was set (the SDK's auto-construct convention). */
    public final boolean hasOr() {
        return or != null && !(or instanceof SdkAutoConstructList);
    }

    public final java.util.List<Expression> and() {
        return and;
    }
    /** Whether the And member was set (the SDK's auto-construct convention). */
    public final boolean hasAnd() {
        return and != null && !(and instanceof SdkAutoConstructList);
    }

    public final Expression not() {
        return not;
    }

    public final DimensionValues dimensions() {
        return dimensions;
    }

    public final TagValues tags() {
        return tags;
    }

    public final CostCategoryValues costCategories() {
        return costCategories;
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
        return Objects.hash(or(), and(), not(), dimensions(), tags(), costCategories());
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
        if (!(obj instanceof Expression other)) {
            return false;
        }
        return Objects.equals(or(), other.or())
                && Objects.equals(and(), other.and())
                && Objects.equals(not(), other.not())
                && Objects.equals(dimensions(), other.dimensions())
                && Objects.equals(tags(), other.tags())
                && Objects.equals(costCategories(), other.costCategories());
    }

    @Override
    public final String toString() {
        return ToString.builder("Expression")
                .add("Or", or())
                .add("And", and())
                .add("Not", not())
                .add("Dimensions", dimensions())
                .add("Tags", tags())
                .add("CostCategories", costCategories())
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
        map.put("Or", OR_FIELD);
        map.put("And", AND_FIELD);
        map.put("Not", NOT_FIELD);
        map.put("Dimensions", DIMENSIONS_FIELD);
        map.put("Tags", TAGS_FIELD);
        map.put("CostCategories", COST_CATEGORIES_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<Expression, T> g) {
        return obj -> g.apply((Expression) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, Expression> {
        Builder or(java.util.List<Expression> or);

        Builder or(Expression... or);

        Builder and(java.util.List<Expression> and);

        Builder and(Expression... and);

        Builder not(Expression not);

        default Builder not(Consumer<Expression.Builder> not) {
            return not(Expression.builder().applyMutation(not).build());
        }

        Builder dimensions(DimensionValues dimensions);

        default Builder dimensions(Consumer<DimensionValues.Builder> dimensions) {
            return dimensions(
                    DimensionValues.builder().applyMutation(dimensions).build());
        }

        Builder tags(TagValues tags);

        default Builder tags(Consumer<TagValues.Builder> tags) {
            return tags(TagValues.builder().applyMutation(tags).build());
        }

        Builder costCategories(CostCategoryValues costCategories);

        default Builder costCategories(Consumer<CostCategoryValues.Builder> costCategories) {
            return costCategories(
                    CostCategoryValues.builder().applyMutation(costCategories).build());
        }
    }

    static final class BuilderImpl implements Builder {
        private java.util.List<Expression> or = DefaultSdkAutoConstructList.getInstance();
        private java.util.List<Expression> and = DefaultSdkAutoConstructList.getInstance();
        private Expression not;
        private DimensionValues dimensions;
        private TagValues tags;
        private CostCategoryValues costCategories;

        private BuilderImpl() {}

        private BuilderImpl(Expression model) {
            or(model.or);
            and(model.and);
            not(model.not);
            dimensions(model.dimensions);
            tags(model.tags);
            costCategories(model.costCategories);
        }

        @Override
        public final Builder or(java.util.List<Expression> or) {
            this.or = or == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(or));
            return this;
        }

        @Override
        public final Builder or(Expression... or) {
            return or(Arrays.asList(or));
        }

        @Override
        public final Builder and(java.util.List<Expression> and) {
            this.and = and == null
                    ? DefaultSdkAutoConstructList.getInstance()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(and));
            return this;
        }

        @Override
        public final Builder and(Expression... and) {
            return and(Arrays.asList(and));
        }

        @Override
        public final Builder not(Expression not) {
            this.not = not;
            return this;
        }

        @Override
        public final Builder dimensions(DimensionValues dimensions) {
            this.dimensions = dimensions;
            return this;
        }

        @Override
        public final Builder tags(TagValues tags) {
            this.tags = tags;
            return this;
        }

        @Override
        public final Builder costCategories(CostCategoryValues costCategories) {
            this.costCategories = costCategories;
            return this;
        }

        @Override
        public Expression build() {
            return new Expression(this);
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
