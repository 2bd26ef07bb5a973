package org.ec2tutor.cli;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;

/**
 * A member's shape as botocore describes it (type name, enum values, members), read from the SDK model's field
 * metadata: the help pages document what the binder accepts from the same schema. Members load on demand, so a
 * recursive shape is only followed as deep as a page goes.
 *
 * @param type botocore's type name: {@code string}, {@code integer}, {@code list}, {@code structure}, ...
 * @param name an identity for recursion checks: the model class for a structure (botocore's shape name)
 * @param owner the model class whose getter reads this member (null for a list's or map's element)
 * @param elementEnum for a list's element, the enum its list getter declares (an element has no getter of its own)
 */
record Shape(String type, String name, SdkField<?> field, Class<?> owner, Class<?> elementEnum) {

    private static final Map<MarshallingType<?>, String> TYPES = Map.ofEntries(
            Map.entry(MarshallingType.STRING, "string"),
            Map.entry(MarshallingType.INTEGER, "integer"),
            Map.entry(MarshallingType.SHORT, "integer"),
            Map.entry(MarshallingType.BYTE, "integer"),
            Map.entry(MarshallingType.LONG, "long"),
            Map.entry(MarshallingType.FLOAT, "float"),
            Map.entry(MarshallingType.DOUBLE, "double"),
            Map.entry(MarshallingType.BIG_DECIMAL, "double"),
            Map.entry(MarshallingType.BOOLEAN, "boolean"),
            Map.entry(MarshallingType.INSTANT, "timestamp"),
            Map.entry(MarshallingType.SDK_BYTES, "blob"),
            Map.entry(MarshallingType.SDK_POJO, "structure"),
            Map.entry(MarshallingType.LIST, "list"),
            Map.entry(MarshallingType.MAP, "map"),
            Map.entry(MarshallingType.DOCUMENT, "document"));

    /** The shape of {@code field}, a member of the model class {@code owner} (null for a list's or map's element). */
    static Shape of(SdkField<?> field, Class<?> owner) {
        String type = TYPES.getOrDefault(field.marshallingType(), "string");
        String name = type.equals("structure")
                ? modelClass(field.constructor().get()).getName()
                : type + ":" + System.identityHashCode(field);
        return new Shape(type, name, field, owner, null);
    }

    /** The members of a request or response builder, in the model's order. */
    static Map<String, Shape> membersOf(SdkPojo builder) {
        Map<String, Shape> out = new LinkedHashMap<>();
        Class<?> model = modelClass(builder);
        for (SdkField<?> f : builder.sdkFields()) {
            out.put(f.memberName(), of(f, model));
        }
        return out;
    }

    private static Class<?> modelClass(SdkPojo builder) {
        Class<?> enclosing = builder.getClass().getEnclosingClass();
        return enclosing == null ? builder.getClass() : enclosing;
    }

    boolean scalar() {
        return !List.of("structure", "list", "map", "document").contains(type);
    }

    Map<String, Shape> members() {
        return type.equals("structure") ? membersOf(field.constructor().get()) : Map.of();
    }

    Shape member() {
        SdkField<?> m = field.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
        Shape element = of(m, null);
        return new Shape(element.type, element.name, m, null, listElementEnum());
    }

    Shape value() {
        SdkField<?> v = field.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
        return of(v, null);
    }

    /** The enum values of a string member (the SDK's enum class without its UNKNOWN_TO_SDK_VERSION), else none. */
    List<String> enumValues() {
        if (!type.equals("string")) {
            return List.of();
        }
        return enumClass().map(Shape::values).orElse(List.of());
    }

    private Optional<Class<?>> enumClass() {
        if (elementEnum != null) {
            return Optional.of(elementEnum);
        }
        Method getter = getter();
        return getter != null && getter.getReturnType().isEnum()
                ? Optional.of(getter.getReturnType())
                : Optional.empty();
    }

    private Method getter() {
        if (owner == null) {
            return null;
        }
        for (Method m : owner.getMethods()) {
            if (m.getParameterCount() == 0 && m.getName().equalsIgnoreCase(field.memberName())) {
                return m;
            }
        }
        return null;
    }

    private Class<?> listElementEnum() {
        Method getter = getter();
        if (getter != null
                && getter.getGenericReturnType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isEnum()) {
            return element;
        }
        return null;
    }

    private static List<String> values(Class<?> enumClass) {
        return Arrays.stream(enumClass.getEnumConstants())
                .map(Object::toString)
                .filter(v -> !v.equals("null") && !v.equals("UNKNOWN_TO_SDK_VERSION"))
                .toList();
    }
}
