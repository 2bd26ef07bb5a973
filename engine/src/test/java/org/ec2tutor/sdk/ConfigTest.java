package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.config.ConfigRules;
import org.ec2tutor.sdk.model.config.ComplianceByResource;
import org.ec2tutor.sdk.model.config.ConfigClient;
import org.ec2tutor.sdk.model.config.ConfigException;
import org.ec2tutor.sdk.model.config.ConfigRule;
import org.ec2tutor.sdk.model.config.EvaluationResult;
import org.ec2tutor.sdk.model.config.Scope;
import org.ec2tutor.sdk.model.config.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/** AWS Config through the SDK-shaped client: managed rules on EC2 instances, evaluated on change and on demand. */
class ConfigTest {

    private static final String LEARNER = "111122223333";
    private static final Duration DELAY = ConfigRules.EVALUATION_DELAY;

    private final SimulatedAws aws = SimulatedAws.realistic(23);
    private final Ec2Client ec2 = aws.ec2();
    private final ConfigClient config = aws.config("default", "us-east-1");

    private String launch(String image, InstanceType type) {
        return ec2.runInstances(
                        b -> b.imageId(image).instanceType(type).minCount(1).maxCount(1))
                .instances()
                .get(0)
                .instanceId();
    }

    private void approvedById(String name, String amiIds) {
        config.putConfigRule(b -> b.configRule(rule(name, "APPROVED_AMIS_BY_ID", "{\"amiIds\":\"" + amiIds + "\"}")));
    }

    private static ConfigRule rule(String name, String identifier, String parameters) {
        return ConfigRule.builder()
                .configRuleName(name)
                .source(Source.builder()
                        .owner("AWS")
                        .sourceIdentifier(identifier)
                        .build())
                .inputParameters(parameters)
                .scope(Scope.builder()
                        .complianceResourceTypes("AWS::EC2::Instance")
                        .build())
                .build();
    }

    private Map<String, String> details(String rule, String... types) {
        return config
                .getComplianceDetailsByConfigRule(b -> b.configRuleName(rule).complianceTypes(types))
                .evaluationResults()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        r -> r.evaluationResultIdentifier()
                                .evaluationResultQualifier()
                                .resourceId(),
                        EvaluationResult::complianceType));
    }

    private static ConfigException refused(Executable call) {
        return catchThrowableOfType(ConfigException.class, call::execute);
    }

    @Test
    void aNewRuleEvaluatesExistingInstancesAfterTheDelay() {
        String good = launch(TestCloud.AL2023, InstanceType.T3_MICRO);
        String bad = launch(TestCloud.AL2023_ARM, InstanceType.T4_G_MICRO);
        approvedById("approved-amis", TestCloud.AL2023);

        // Before Config has evaluated: no results, the rule has insufficient data.
        assertThat(details("approved-amis")).isEmpty();
        assertThat(config.describeComplianceByConfigRule(b -> b.configRuleNames("approved-amis"))
                        .complianceByConfigRules()
                        .get(0)
                        .compliance()
                        .complianceType())
                .isEqualTo("INSUFFICIENT_DATA");

        aws.advance(DELAY);
        assertThat(details("approved-amis")).isEqualTo(Map.of(good, "COMPLIANT", bad, "NON_COMPLIANT"));
        EvaluationResult r = config.getComplianceDetailsByConfigRule(
                        b -> b.configRuleName("approved-amis").complianceTypes("NON_COMPLIANT"))
                .evaluationResults()
                .get(0);
        assertThat(r.evaluationResultIdentifier().evaluationResultQualifier().resourceType())
                .isEqualTo("AWS::EC2::Instance");
        assertThat(r.evaluationResultIdentifier().evaluationResultQualifier().configRuleName())
                .isEqualTo("approved-amis");
        assertThat(r.evaluationResultIdentifier().evaluationResultQualifier().evaluationMode())
                .isEqualTo("DETECTIVE");
        assertThat(r.resultRecordedTime()).isEqualTo(r.configRuleInvokedTime()).isEqualTo(aws.now());

        var byRule = config.describeComplianceByConfigRule(b -> b.configRuleNames("approved-amis"))
                .complianceByConfigRules()
                .get(0)
                .compliance();
        assertThat(byRule.complianceType()).isEqualTo("NON_COMPLIANT");
        assertThat(byRule.complianceContributorCount().cappedCount()).isEqualTo(1);
        assertThat(byRule.complianceContributorCount().capExceeded()).isFalse();

        List<ComplianceByResource> byResource = config.describeComplianceByResource(
                        b -> b.resourceType("AWS::EC2::Instance"))
                .complianceByResources();
        assertThat(byResource)
                .extracting(
                        ComplianceByResource::resourceId, c -> c.compliance().complianceType())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(good, "COMPLIANT"),
                        org.assertj.core.groups.Tuple.tuple(bad, "NON_COMPLIANT"));
        assertThat(byResource.get(0).compliance().complianceContributorCount()).isNull();
        assertThat(config.describeComplianceByResource(
                                b -> b.resourceType("AWS::EC2::Instance").complianceTypes("NON_COMPLIANT"))
                        .complianceByResources())
                .extracting(ComplianceByResource::resourceId)
                .containsExactly(bad);
    }

    @Test
    void aLaunchOrTerminationIsAConfigurationChangeEvaluatedAfterTheDelay() {
        approvedById("approved-amis", TestCloud.AL2023);
        aws.advance(DELAY);
        String bad = launch(TestCloud.AL2023_ARM, InstanceType.T4_G_MICRO);
        aws.advance(DELAY.minusSeconds(1));
        assertThat(details("approved-amis")).doesNotContainKey(bad);
        aws.advance(Duration.ofSeconds(1));
        assertThat(details("approved-amis")).containsEntry(bad, "NON_COMPLIANT");

        ec2.terminateInstances(b -> b.instanceIds(bad));
        aws.advance(Duration.ofMinutes(5));
        // A terminated instance is not applicable: gone from the default view, listed when asked for.
        assertThat(details("approved-amis")).doesNotContainKey(bad);
        assertThat(details("approved-amis", "NOT_APPLICABLE")).containsEntry(bad, "NOT_APPLICABLE");
        assertThat(config.describeComplianceByConfigRule(b -> b.configRuleNames("approved-amis"))
                        .complianceByConfigRules()
                        .get(0)
                        .compliance()
                        .complianceType())
                .isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void taggingTheAmiLaterNeedsAnOnDemandEvaluation() {
        String builder = launch(TestCloud.AL2023, InstanceType.T3_MICRO);
        aws.advance(Duration.ofMinutes(1));
        String image =
                ec2.createImage(b -> b.instanceId(builder).name("golden")).imageId();
        aws.advance(Duration.ofMinutes(10));
        String fromImage = launch(image, InstanceType.T3_MICRO);
        config.putConfigRule(b -> b.configRule(
                rule("tagged-amis", "APPROVED_AMIS_BY_TAG", "{\"amisByTagKeyAndValue\":\"approved:yes\"}")));
        // Past the evaluations of the launch's own state changes (pending, then running).
        aws.advance(Duration.ofMinutes(10));
        assertThat(details("tagged-amis")).containsEntry(fromImage, "NON_COMPLIANT");

        // Tagging the AMI changes no instance: nothing is evaluated until someone asks.
        ec2.createTags(b -> b.resources(image)
                .tags(Tag.builder().key("approved").value("yes").build()));
        aws.advance(Duration.ofMinutes(10));
        assertThat(details("tagged-amis")).containsEntry(fromImage, "NON_COMPLIANT");
        config.startConfigRulesEvaluation(b -> b.configRuleNames("tagged-amis"));
        aws.advance(DELAY);
        assertThat(details("tagged-amis")).containsEntry(fromImage, "COMPLIANT");
    }

    @Test
    void noPublicIpFlagsInstancesWithAPublicAddress() {
        String withIp = launch(TestCloud.AL2023, InstanceType.T3_MICRO);
        config.putConfigRule(b -> b.configRule(rule("no-public-ip", "EC2_INSTANCE_NO_PUBLIC_IP", null)));
        aws.advance(DELAY);
        // The default VPC's subnets give launched instances a public address.
        assertThat(details("no-public-ip")).containsEntry(withIp, "NON_COMPLIANT");
    }

    @Test
    void describeConfigRulesShowsTheRuleAsAwsDoes() {
        approvedById("approved-amis", "ami-0123456789abcdef0");
        ConfigRule r = config.describeConfigRules(b -> b.configRuleNames("approved-amis"))
                .configRules()
                .get(0);
        assertThat(r.configRuleId()).matches("config-rule-[a-z0-9]{6}");
        assertThat(r.configRuleArn())
                .isEqualTo("arn:aws:config:us-east-1:" + LEARNER + ":config-rule/" + r.configRuleId());
        assertThat(r.configRuleState()).isEqualTo("ACTIVE");
        assertThat(r.source().owner()).isEqualTo("AWS");
        assertThat(r.source().sourceIdentifier()).isEqualTo("APPROVED_AMIS_BY_ID");
        assertThat(r.inputParameters()).isEqualTo("{\"amiIds\":\"ami-0123456789abcdef0\"}");
        assertThat(r.scope().complianceResourceTypes()).containsExactly("AWS::EC2::Instance");
        assertThat(r.evaluationModes()).extracting(m -> m.mode()).containsExactly("DETECTIVE");

        // PutConfigRule on an existing name updates it in place: same ARN, new parameters.
        approvedById("approved-amis", "ami-0fedcba9876543210");
        ConfigRule updated = config.describeConfigRules(b -> b.configRuleNames("approved-amis"))
                .configRules()
                .get(0);
        assertThat(updated.configRuleArn()).isEqualTo(r.configRuleArn());
        assertThat(updated.inputParameters()).contains("ami-0fedcba9876543210");

        config.deleteConfigRule(b -> b.configRuleName("approved-amis"));
        assertThat(config.describeConfigRules(b -> {}).configRules()).isEmpty();
    }

    @Test
    void mistakesGetAwsConfigsCodesAndMessages() {
        ConfigException e = refused(() -> config.describeConfigRules(b -> b.configRuleNames("nope")));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchConfigRuleException");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("One or more ConfigRules provided in the request are invalid. Please check the configRule"
                        + " names.");
        assertThat(e.statusCode()).isEqualTo(400);

        e = refused(() -> config.deleteConfigRule(b -> b.configRuleName("nope")));
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The ConfigRule 'nope' provided in the request is invalid. Please check the configRule"
                        + " name.");
        e = refused(() -> config.getComplianceDetailsByConfigRule(b -> b.configRuleName("nope")));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchConfigRuleException");
        e = refused(() -> config.startConfigRulesEvaluation(b -> b.configRuleNames("nope")));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchConfigRuleException");

        e = refused(() -> config.putConfigRule(b -> b.configRule(rule("r", "APPROVED_AMIS_BY_ID", "{}"))));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The required parameter [amiIds] is not present in the inputParameters");
        e = refused(() -> config.putConfigRule(b -> b.configRule(rule("r", "approved-amis-by-id", null))));
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The sourceIdentifier approved-amis-by-id is invalid. Please refer to the documentation"
                        + " for a list of valid sourceIdentifiers that can be used when AWS is the Owner.");
        e = refused(() -> config.putConfigRule(
                b -> b.configRule(rule("r", "APPROVED_AMIS_BY_ID", "{\"amiIds\":\"x\"}").toBuilder()
                        .maximumExecutionFrequency("One_Hour")
                        .build())));
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("A maximum execution frequency for this rule is not allowed because only a change in"
                        + " resources triggers this managed rule.");
        e = refused(() -> config.putConfigRule(b -> b.configRule(rule("r", "APPROVED_AMIS_BY_ID", "{amiIds"))));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException");
        e = refused(() -> config.describeComplianceByResource(b -> b.resourceId("i-0123456789abcdef0")));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException");
        assertThat(config.describeConfigRules(b -> {}).configRules()).isEmpty();
    }
}
