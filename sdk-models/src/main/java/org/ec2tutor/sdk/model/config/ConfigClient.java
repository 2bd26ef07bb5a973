package org.ec2tutor.sdk.model.config;

import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsClient;

/**
 * The AWS Config client, as the SDK generates service clients (its {@code ConfigClient}): one default method per
 * operation that throws {@code UnsupportedOperationException} until an implementation overrides it, and a
 * {@code Consumer} overload of each. Only the operations the tutor simulates are here (the SDK module is not available
 * to this build).
 */
public interface ConfigClient extends AwsClient {

    String SERVICE_NAME = "config";

    String SERVICE_METADATA_ID = "config";

    default PutConfigRuleResponse putConfigRule(PutConfigRuleRequest request) {
        throw new UnsupportedOperationException();
    }

    default PutConfigRuleResponse putConfigRule(Consumer<PutConfigRuleRequest.Builder> request) {
        return putConfigRule(
                PutConfigRuleRequest.builder().applyMutation(request).build());
    }

    default DescribeConfigRulesResponse describeConfigRules(DescribeConfigRulesRequest request) {
        throw new UnsupportedOperationException();
    }

    default DescribeConfigRulesResponse describeConfigRules(Consumer<DescribeConfigRulesRequest.Builder> request) {
        return describeConfigRules(
                DescribeConfigRulesRequest.builder().applyMutation(request).build());
    }

    default DeleteConfigRuleResponse deleteConfigRule(DeleteConfigRuleRequest request) {
        throw new UnsupportedOperationException();
    }

    default DeleteConfigRuleResponse deleteConfigRule(Consumer<DeleteConfigRuleRequest.Builder> request) {
        return deleteConfigRule(
                DeleteConfigRuleRequest.builder().applyMutation(request).build());
    }

    default StartConfigRulesEvaluationResponse startConfigRulesEvaluation(StartConfigRulesEvaluationRequest request) {
        throw new UnsupportedOperationException();
    }

    default StartConfigRulesEvaluationResponse startConfigRulesEvaluation(
            Consumer<StartConfigRulesEvaluationRequest.Builder> request) {
        return startConfigRulesEvaluation(StartConfigRulesEvaluationRequest.builder()
                .applyMutation(request)
                .build());
    }

    default DescribeComplianceByResourceResponse describeComplianceByResource(
            DescribeComplianceByResourceRequest request) {
        throw new UnsupportedOperationException();
    }

    default DescribeComplianceByResourceResponse describeComplianceByResource(
            Consumer<DescribeComplianceByResourceRequest.Builder> request) {
        return describeComplianceByResource(DescribeComplianceByResourceRequest.builder()
                .applyMutation(request)
                .build());
    }

    default GetComplianceDetailsByConfigRuleResponse getComplianceDetailsByConfigRule(
            GetComplianceDetailsByConfigRuleRequest request) {
        throw new UnsupportedOperationException();
    }

    default GetComplianceDetailsByConfigRuleResponse getComplianceDetailsByConfigRule(
            Consumer<GetComplianceDetailsByConfigRuleRequest.Builder> request) {
        return getComplianceDetailsByConfigRule(GetComplianceDetailsByConfigRuleRequest.builder()
                .applyMutation(request)
                .build());
    }

    default DescribeComplianceByConfigRuleResponse describeComplianceByConfigRule(
            DescribeComplianceByConfigRuleRequest request) {
        throw new UnsupportedOperationException();
    }

    default DescribeComplianceByConfigRuleResponse describeComplianceByConfigRule(
            Consumer<DescribeComplianceByConfigRuleRequest.Builder> request) {
        return describeComplianceByConfigRule(DescribeComplianceByConfigRuleRequest.builder()
                .applyMutation(request)
                .build());
    }
}
