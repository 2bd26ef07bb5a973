package org.ec2tutor.cloud.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The simulated managed rules' verdicts, one row per case the rule pages describe. */
class ManagedRuleTest {

    private static final String APPROVED = "ami-0aaaaaaaaaaaaaaa1";
    private static final String OTHER = "ami-0bbbbbbbbbbbbbbb2";

    private static ConfigurationItem instance(String state, String image, Map<String, String> imageTags, String ip) {
        return new ConfigurationItem(
                "i-0123456789abcdef0", false, state, image, imageTags, Map.of(), Optional.ofNullable(ip));
    }

    static Stream<Arguments> verdicts() {
        Map<String, String> byId = Map.of("amiIds", APPROVED + ", ami-0ccccccccccccccc3");
        Map<String, String> byTag = Map.of("amisByTagKeyAndValue", "approved:yes,golden");
        return Stream.of(
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_ID,
                        byId,
                        instance("running", APPROVED, Map.of(), null),
                        ComplianceType.COMPLIANT),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_ID,
                        byId,
                        instance("running", OTHER, Map.of(), null),
                        ComplianceType.NON_COMPLIANT),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_ID,
                        byId,
                        instance("pending", OTHER, Map.of(), null),
                        ComplianceType.NON_COMPLIANT),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_ID,
                        byId,
                        instance("stopped", OTHER, Map.of(), null),
                        ComplianceType.NOT_APPLICABLE),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_ID,
                        byId,
                        ConfigurationItem.deleted("i-0"),
                        ComplianceType.NOT_APPLICABLE),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_ID,
                        Map.of("amiIds", ""),
                        instance("running", APPROVED, Map.of(), null),
                        ComplianceType.NON_COMPLIANT),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_TAG,
                        byTag,
                        instance("running", OTHER, Map.of("approved", "yes"), null),
                        ComplianceType.COMPLIANT),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_TAG,
                        byTag,
                        instance("running", OTHER, Map.of("approved", "no"), null),
                        ComplianceType.NON_COMPLIANT),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_TAG,
                        byTag,
                        instance("running", OTHER, Map.of("golden", "any"), null),
                        ComplianceType.COMPLIANT),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_TAG,
                        byTag,
                        instance("running", OTHER, Map.of(), null),
                        ComplianceType.NON_COMPLIANT),
                Arguments.of(
                        ManagedRule.APPROVED_AMIS_BY_TAG,
                        byTag,
                        instance("stopped", OTHER, Map.of(), null),
                        ComplianceType.NOT_APPLICABLE),
                Arguments.of(
                        ManagedRule.EC2_INSTANCE_NO_PUBLIC_IP,
                        Map.of(),
                        instance("running", OTHER, Map.of(), "3.80.1.2"),
                        ComplianceType.NON_COMPLIANT),
                Arguments.of(
                        ManagedRule.EC2_INSTANCE_NO_PUBLIC_IP,
                        Map.of(),
                        instance("running", OTHER, Map.of(), null),
                        ComplianceType.COMPLIANT),
                Arguments.of(
                        ManagedRule.EC2_INSTANCE_NO_PUBLIC_IP,
                        Map.of(),
                        instance("stopped", OTHER, Map.of(), null),
                        ComplianceType.COMPLIANT),
                Arguments.of(
                        ManagedRule.EC2_INSTANCE_NO_PUBLIC_IP,
                        Map.of(),
                        ConfigurationItem.deleted("i-0"),
                        ComplianceType.NOT_APPLICABLE));
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @MethodSource("verdicts")
    void judgesAsTheRulePageSays(
            ManagedRule rule, Map<String, String> parameters, ConfigurationItem item, ComplianceType expected) {
        assertThat(rule.evaluate(item, rule.withDefaults(parameters))).isEqualTo(expected);
    }

    @Test
    void defaultTagParameterNeedsTheDocumentedTags() {
        // The default amisByTagKeyAndValue is "tag-key:tag-value,other-tag-key".
        ManagedRule rule = ManagedRule.APPROVED_AMIS_BY_TAG;
        Map<String, String> defaults = rule.withDefaults(Map.of());
        assertThat(rule.evaluate(instance("running", OTHER, Map.of("other-tag-key", "x"), null), defaults))
                .isEqualTo(ComplianceType.COMPLIANT);
        assertThat(rule.evaluate(instance("running", OTHER, Map.of("tag-key", "x"), null), defaults))
                .isEqualTo(ComplianceType.NON_COMPLIANT);
    }
}
