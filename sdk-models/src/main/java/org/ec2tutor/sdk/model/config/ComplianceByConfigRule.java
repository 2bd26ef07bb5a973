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

/** The ComplianceByConfigRule structure of the service model. Written in the SDK's conventions (see tools/sdk-model-classes.py). */
public final class ComplianceByConfigRule
        implements SdkPojo, ToCopyableBuilder<ComplianceByConfigRule.Builder, ComplianceByConfigRule> {
    private static final SdkField<String> CONFIG_RULE_NAME_FIELD = SdkField.<String>builder(MarshallingType.STRING)
            .memberName("ConfigRuleName")
            .getter(getter(ComplianceByConfigRule::configRuleName))
            .setter(setter(Builder::configRuleName))
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("ConfigRuleName")
                    .build())
            .build();
    private static final SdkField<Compliance> COMPLIANCE_FIELD = SdkField.<Compliance>builder(MarshallingType.SDK_POJO)
            .memberName("Compliance")
            .getter(getter(ComplianceByConfigRule::compliance))
            .setter(setter(Builder::compliance))
            .constructor(Compliance::builder)
            .traits(LocationTrait.builder()
                    .location(MarshallLocation.PAYLOAD)
                    .locationName("Compliance")
                    .build())
            .build();
    private static final List<SdkField<?>> SDK_FIELDS =
            Collections.unmodifiableList(Arrays.asList(CONFIG_RULE_NAME_FIELD, COMPLIANCE_FIELD));
    private static final Map<String, SdkField<?>> SDK_NAME_TO_FIELD = memberNameToFieldInitializer();
    private final String configRuleName;
    private final Compliance compliance;

    private ComplianceByConfigRule(BuilderImpl builder) {
        this.configRuleName = builder.configRuleName;
        this.compliance = builder.compliance;
    }

    public final String configRuleName() {
        return configRuleName;
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
        return Objects.hash(configRuleName(), compliance());
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
        if (!(obj instanceof ComplianceByConfigRule other)) {
            return false;
        }
        return Objects.equals(configRuleName(), other.configRuleName())
                && Objects.equals(compliance(), other.compliance());
    }

    @Override
    public final String toString() {
        return ToString.builder("ComplianceByConfigRule")
                .add("ConfigRuleName", configRuleName())
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
        map.put("ConfigRuleName", CONFIG_RULE_NAME_FIELD);
        map.put("Compliance", COMPLIANCE_FIELD);
        return Collections.unmodifiableMap(map);
    }

    private static <T> Function<Object, T> getter(Function<ComplianceByConfigRule, T> g) {
        return obj -> g.apply((ComplianceByConfigRule) obj);
    }

    private static <T> BiConsumer<Object, T> setter(BiConsumer<Builder, T> s) {
        return (obj, val) -> s.accept((Builder) obj, val);
    }

    public interface Builder extends SdkPojo, CopyableBuilder<Builder, ComplianceByConfigRule> {
        Builder configRuleName(String configRuleName);

        Builder compliance(Compliance compliance);

        default Builder compliance(Consumer<Compliance.Builder> compliance) {
            return compliance(Compliance.builder().applyMutation(compliance).build());
        }
    }

    static final class BuilderImpl implements Builder {
        private String configRuleName;
        private Compliance compliance;

        private BuilderImpl() {}

        private BuilderImpl(ComplianceByConfigRule model) {
            configRuleName(model.configRuleName);
            compliance(model.compliance);
        }

        @Override
        public final Builder configRuleName(String configRuleName) {
            this.configRuleName = configRuleName;
            return this;
        }

        @Override
        public final Builder compliance(Compliance compliance) {
            this.compliance = compliance;
            return this;
        }

        @Override
        public ComplianceByConfigRule build() {
            return new ComplianceByConfigRule(this);
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
