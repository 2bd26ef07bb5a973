package org.ec2tutor.sdk;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.events.EventsApi;
import org.ec2tutor.cloud.events.Rule;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.DeleteRuleRequest;
import software.amazon.awssdk.services.eventbridge.model.DeleteRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleRequest;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.DisableRuleRequest;
import software.amazon.awssdk.services.eventbridge.model.DisableRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.EnableRuleRequest;
import software.amazon.awssdk.services.eventbridge.model.EnableRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.ListRulesRequest;
import software.amazon.awssdk.services.eventbridge.model.ListRulesResponse;
import software.amazon.awssdk.services.eventbridge.model.ListTargetsByRuleRequest;
import software.amazon.awssdk.services.eventbridge.model.ListTargetsByRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.PutRuleRequest;
import software.amazon.awssdk.services.eventbridge.model.PutRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.PutTargetsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutTargetsResponse;
import software.amazon.awssdk.services.eventbridge.model.RemoveTargetsRequest;
import software.amazon.awssdk.services.eventbridge.model.RemoveTargetsResponse;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.eventbridge.model.TestEventPatternRequest;
import software.amazon.awssdk.services.eventbridge.model.TestEventPatternResponse;

/**
 * The real {@link EventBridgeClient} on the simulated cloud: rules on the default bus, SNS and SQS targets, and
 * TestEventPattern. Every other operation answers {@code OperationNotSimulated}.
 */
public final class SimulatedEventBridgeClient implements EventBridgeClient {

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final RecordedCalls calls;

    private SimulatedEventBridgeClient(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.calls = new RecordedCalls(cloud, account, region, caller, "events", MessagingExceptions::events);
    }

    /** A client whose calls are recorded as made through {@code surface} with the account's keys. */
    public static EventBridgeClient create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                EventBridgeClient.class,
                new SimulatedEventBridgeClient(cloud, account, region, InProcessCallers.of(surface, account)),
                "SimulatedEventBridgeClient[" + account.profile() + "@" + region + "]",
                op -> MessagingExceptions.events(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    private EventsApi api() {
        return cloud.events(account, region);
    }

    @Override
    public PutRuleResponse putRule(PutRuleRequest r) {
        return calls.call("PutRule", r, () -> {
            Rule rule = api().putRule(
                            r.name(),
                            r.eventBusName(),
                            r.eventPattern(),
                            r.scheduleExpression(),
                            r.stateAsString(),
                            r.description());
            return PutRuleResponse.builder().ruleArn(rule.arn()).build();
        });
    }

    @Override
    public DescribeRuleResponse describeRule(DescribeRuleRequest r) {
        return calls.call("DescribeRule", r, () -> {
            Rule rule = api().describeRule(r.name(), r.eventBusName());
            return DescribeRuleResponse.builder()
                    .name(rule.name())
                    .arn(rule.arn())
                    .eventPattern(rule.eventPattern().orElse(null))
                    .scheduleExpression(rule.scheduleExpression().orElse(null))
                    .state(rule.state().name())
                    .description(rule.description().orElse(null))
                    .eventBusName("default")
                    .createdBy(account.id().value())
                    .build();
        });
    }

    @Override
    public ListRulesResponse listRules(ListRulesRequest r) {
        return calls.call(
                "ListRules",
                r,
                () -> ListRulesResponse.builder()
                        .rules(api().listRules(r.namePrefix(), r.eventBusName()).stream()
                                .map(SimulatedEventBridgeClient::rule)
                                .toList())
                        .build());
    }

    private static software.amazon.awssdk.services.eventbridge.model.Rule rule(Rule rule) {
        return software.amazon.awssdk.services.eventbridge.model.Rule.builder()
                .name(rule.name())
                .arn(rule.arn())
                .eventPattern(rule.eventPattern().orElse(null))
                .state(rule.state().name())
                .description(rule.description().orElse(null))
                .scheduleExpression(rule.scheduleExpression().orElse(null))
                .eventBusName("default")
                .build();
    }

    @Override
    public EnableRuleResponse enableRule(EnableRuleRequest r) {
        return calls.call("EnableRule", r, () -> {
            api().enable(r.name(), r.eventBusName());
            return EnableRuleResponse.builder().build();
        });
    }

    @Override
    public DisableRuleResponse disableRule(DisableRuleRequest r) {
        return calls.call("DisableRule", r, () -> {
            api().disable(r.name(), r.eventBusName());
            return DisableRuleResponse.builder().build();
        });
    }

    @Override
    public DeleteRuleResponse deleteRule(DeleteRuleRequest r) {
        return calls.call("DeleteRule", r, () -> {
            api().deleteRule(r.name(), r.eventBusName());
            return DeleteRuleResponse.builder().build();
        });
    }

    @Override
    public PutTargetsResponse putTargets(PutTargetsRequest r) {
        return calls.call("PutTargets", r, () -> {
            List<Rule.Target> targets = r.targets().stream()
                    .map(t -> new Rule.Target(t.id(), t.arn(), Optional.ofNullable(t.input())))
                    .toList();
            api().putTargets(r.rule(), r.eventBusName(), targets);
            return PutTargetsResponse.builder()
                    .failedEntryCount(0)
                    .failedEntries(List.of())
                    .build();
        });
    }

    @Override
    public RemoveTargetsResponse removeTargets(RemoveTargetsRequest r) {
        return calls.call("RemoveTargets", r, () -> {
            api().removeTargets(r.rule(), r.eventBusName(), r.ids());
            return RemoveTargetsResponse.builder()
                    .failedEntryCount(0)
                    .failedEntries(List.of())
                    .build();
        });
    }

    @Override
    public ListTargetsByRuleResponse listTargetsByRule(ListTargetsByRuleRequest r) {
        return calls.call(
                "ListTargetsByRule",
                r,
                () -> ListTargetsByRuleResponse.builder()
                        .targets(api().targets(r.rule(), r.eventBusName()).stream()
                                .map(t -> Target.builder()
                                        .id(t.id())
                                        .arn(t.arn())
                                        .input(t.input().orElse(null))
                                        .build())
                                .toList())
                        .build());
    }

    @Override
    public TestEventPatternResponse testEventPattern(TestEventPatternRequest r) {
        return calls.call(
                "TestEventPattern",
                r,
                () -> TestEventPatternResponse.builder()
                        .result(api().testEventPattern(r.eventPattern(), r.event()))
                        .build());
    }
}
