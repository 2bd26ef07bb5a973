package org.ec2tutor.sdk;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.config.ConfigApi;
import org.ec2tutor.cloud.config.ConfigRule;
import org.ec2tutor.cloud.config.Evaluation;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.ConfigErrors;
import org.ec2tutor.sdk.model.config.Compliance;
import org.ec2tutor.sdk.model.config.ComplianceByConfigRule;
import org.ec2tutor.sdk.model.config.ComplianceByResource;
import org.ec2tutor.sdk.model.config.ComplianceContributorCount;
import org.ec2tutor.sdk.model.config.ConfigClient;
import org.ec2tutor.sdk.model.config.ConfigException;
import org.ec2tutor.sdk.model.config.DeleteConfigRuleRequest;
import org.ec2tutor.sdk.model.config.DeleteConfigRuleResponse;
import org.ec2tutor.sdk.model.config.DescribeComplianceByConfigRuleRequest;
import org.ec2tutor.sdk.model.config.DescribeComplianceByConfigRuleResponse;
import org.ec2tutor.sdk.model.config.DescribeComplianceByResourceRequest;
import org.ec2tutor.sdk.model.config.DescribeComplianceByResourceResponse;
import org.ec2tutor.sdk.model.config.DescribeConfigRulesRequest;
import org.ec2tutor.sdk.model.config.DescribeConfigRulesResponse;
import org.ec2tutor.sdk.model.config.EvaluationModeConfiguration;
import org.ec2tutor.sdk.model.config.EvaluationResult;
import org.ec2tutor.sdk.model.config.EvaluationResultIdentifier;
import org.ec2tutor.sdk.model.config.EvaluationResultQualifier;
import org.ec2tutor.sdk.model.config.GetComplianceDetailsByConfigRuleRequest;
import org.ec2tutor.sdk.model.config.GetComplianceDetailsByConfigRuleResponse;
import org.ec2tutor.sdk.model.config.PutConfigRuleRequest;
import org.ec2tutor.sdk.model.config.PutConfigRuleResponse;
import org.ec2tutor.sdk.model.config.Scope;
import org.ec2tutor.sdk.model.config.Source;
import org.ec2tutor.sdk.model.config.StartConfigRulesEvaluationRequest;
import org.ec2tutor.sdk.model.config.StartConfigRulesEvaluationResponse;

/**
 * A {@link ConfigClient} on the simulated cloud: managed rules for EC2 instances, on-demand evaluation and the
 * compliance views. Every other operation answers {@code OperationNotSimulated}; errors are {@link ConfigException}s
 * with AWS Config's codes.
 */
public final class SimulatedConfigClient implements ConfigClient {

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final RecordedCalls calls;

    private SimulatedConfigClient(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.calls = new RecordedCalls(cloud, account, region, caller, "config", SimulatedConfigClient::error);
    }

    /** A client whose calls are recorded as made through {@code surface} with the account's keys. */
    public static ConfigClient create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                ConfigClient.class,
                new SimulatedConfigClient(cloud, account, region, InProcessCallers.of(surface, account)),
                "SimulatedConfigClient[" + account.profile() + "@" + region + "]",
                op -> error(ConfigErrors.notSimulated("the " + op + " operation"), cloud.newRequestId()));
    }

    private static ConfigException error(AwsException e, String requestId) {
        return ConfigException.of(e.code().code(), e.getMessage(), e.code().httpStatus(), requestId);
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    private ConfigApi api() {
        return cloud.config(account, region);
    }

    @Override
    public PutConfigRuleResponse putConfigRule(PutConfigRuleRequest r) {
        return calls.call("PutConfigRule", r, () -> {
            org.ec2tutor.sdk.model.config.ConfigRule c = r.configRule();
            if (c == null || c.source() == null) {
                throw ConfigErrors.invalidValue("ConfigRule.Source is required.");
            }
            Optional<Scope> scope = Optional.ofNullable(c.scope());
            api().putConfigRule(new ConfigApi.RuleDefinition(
                    Optional.ofNullable(c.configRuleName()),
                    Optional.ofNullable(c.configRuleArn()),
                    Optional.ofNullable(c.configRuleId()),
                    Optional.ofNullable(c.description()),
                    c.source().owner(),
                    c.source().sourceIdentifier(),
                    Optional.ofNullable(c.inputParameters()),
                    Optional.ofNullable(c.maximumExecutionFrequency()),
                    scope.map(Scope::complianceResourceTypes).orElse(List.of()),
                    scope.map(Scope::tagKey),
                    scope.map(Scope::tagValue),
                    scope.map(Scope::complianceResourceId)));
            return PutConfigRuleResponse.builder().build();
        });
    }

    @Override
    public DescribeConfigRulesResponse describeConfigRules(DescribeConfigRulesRequest r) {
        return calls.call(
                "DescribeConfigRules",
                r,
                () -> DescribeConfigRulesResponse.builder()
                        .configRules(api().describeConfigRules(r.configRuleNames()).stream()
                                .map(SimulatedConfigClient::rule)
                                .toList())
                        .build());
    }

    private static org.ec2tutor.sdk.model.config.ConfigRule rule(ConfigRule rule) {
        Scope.Builder scope = Scope.builder();
        if (!rule.resourceTypes().isEmpty()) {
            scope.complianceResourceTypes(rule.resourceTypes());
        }
        rule.scopeTagKey().ifPresent(scope::tagKey);
        rule.scopeTagValue().ifPresent(scope::tagValue);
        rule.scopeResourceId().ifPresent(scope::complianceResourceId);
        return org.ec2tutor.sdk.model.config.ConfigRule.builder()
                .configRuleName(rule.name())
                .configRuleArn(rule.arn())
                .configRuleId(rule.id())
                .description(rule.description().orElse(null))
                .scope(scope.build())
                .source(Source.builder()
                        .owner("AWS")
                        .sourceIdentifier(rule.source().name())
                        .build())
                .inputParameters(rule.inputParameters().orElse("{}"))
                .configRuleState(rule.state())
                .evaluationModes(
                        EvaluationModeConfiguration.builder().mode("DETECTIVE").build())
                .build();
    }

    @Override
    public DeleteConfigRuleResponse deleteConfigRule(DeleteConfigRuleRequest r) {
        return calls.call("DeleteConfigRule", r, () -> {
            api().deleteConfigRule(r.configRuleName());
            return DeleteConfigRuleResponse.builder().build();
        });
    }

    @Override
    public StartConfigRulesEvaluationResponse startConfigRulesEvaluation(StartConfigRulesEvaluationRequest r) {
        return calls.call("StartConfigRulesEvaluation", r, () -> {
            api().startEvaluation(r.configRuleNames());
            return StartConfigRulesEvaluationResponse.builder().build();
        });
    }

    @Override
    public DescribeComplianceByResourceResponse describeComplianceByResource(DescribeComplianceByResourceRequest r) {
        return calls.call(
                "DescribeComplianceByResource",
                r,
                () -> DescribeComplianceByResourceResponse.builder()
                        .complianceByResources(api()
                                .complianceByResource(
                                        Optional.ofNullable(r.resourceType()),
                                        Optional.ofNullable(r.resourceId()),
                                        r.complianceTypes())
                                .stream()
                                .map(c -> ComplianceByResource.builder()
                                        .resourceType(c.resourceType())
                                        .resourceId(c.resourceId())
                                        .compliance(compliance(c.compliance()))
                                        .build())
                                .toList())
                        .build());
    }

    @Override
    public DescribeComplianceByConfigRuleResponse describeComplianceByConfigRule(
            DescribeComplianceByConfigRuleRequest r) {
        return calls.call(
                "DescribeComplianceByConfigRule",
                r,
                () -> DescribeComplianceByConfigRuleResponse.builder()
                        .complianceByConfigRules(
                                api().complianceByRule(r.configRuleNames(), r.complianceTypes()).stream()
                                        .map(c -> ComplianceByConfigRule.builder()
                                                .configRuleName(c.ruleName())
                                                .compliance(compliance(c.compliance()))
                                                .build())
                                        .toList())
                        .build());
    }

    /** The contributor count is given for NON_COMPLIANT only, as AWS gives it. */
    private static Compliance compliance(ConfigApi.Compliance c) {
        Compliance.Builder b = Compliance.builder().complianceType(c.type().name());
        if (c.nonCompliant() > 0) {
            b.complianceContributorCount(ComplianceContributorCount.builder()
                    .cappedCount(c.nonCompliant())
                    .capExceeded(false)
                    .build());
        }
        return b.build();
    }

    @Override
    public GetComplianceDetailsByConfigRuleResponse getComplianceDetailsByConfigRule(
            GetComplianceDetailsByConfigRuleRequest r) {
        return calls.call(
                "GetComplianceDetailsByConfigRule",
                r,
                () -> GetComplianceDetailsByConfigRuleResponse.builder()
                        .evaluationResults(api().complianceDetails(r.configRuleName(), r.complianceTypes()).stream()
                                .map(SimulatedConfigClient::result)
                                .toList())
                        .build());
    }

    private static EvaluationResult result(Evaluation e) {
        return EvaluationResult.builder()
                .evaluationResultIdentifier(EvaluationResultIdentifier.builder()
                        .evaluationResultQualifier(EvaluationResultQualifier.builder()
                                .configRuleName(e.ruleName())
                                .resourceType(e.resourceType())
                                .resourceId(e.resourceId())
                                .evaluationMode("DETECTIVE")
                                .build())
                        .orderingTimestamp(e.orderingTimestamp())
                        .build())
                .complianceType(e.compliance().name())
                .resultRecordedTime(e.recordedAt())
                .configRuleInvokedTime(e.invokedAt())
                .build();
    }
}
