package org.ec2tutor.sdk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.Ec2Api;
import org.ec2tutor.cloud.ec2.RunCommand;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.CloudWatchOutputConfig;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.CommandPlugin;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationRequest;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsRequest;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsResponse;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;
import software.amazon.awssdk.services.ssm.model.SendCommandResponse;
import software.amazon.awssdk.services.ssm.model.SsmException;

/**
 * The real {@link SsmClient} interface for Run Command on the simulated cloud: SendCommand (AWS-RunShellScript),
 * GetCommandInvocation, ListCommandInvocations. Every other SSM operation answers {@code OperationNotSimulated}.
 * Errors are {@link SsmException}s with SSM's codes.
 */
public final class SimulatedSsmClient implements SsmClient {

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final Caller caller;

    private SimulatedSsmClient(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.caller = caller;
    }

    public static SsmClient create(Cloud cloud, Account account, Region region) {
        return create(cloud, account, region, Caller.Surface.JAVA);
    }

    /** A client whose calls are recorded as {@link SimulatedEc2Client#create(Cloud, Account, Region,
     * Caller.Surface)}'s are. */
    public static SsmClient create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                SsmClient.class,
                new SimulatedSsmClient(cloud, account, region, InProcessCallers.of(surface, account)),
                "SimulatedSsmClient[" + account.profile() + "@" + region + "]",
                op -> Ec2Exceptions.ssm(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    private Caller caller() {
        return CallerContext.current().orElse(caller);
    }

    private <T> T call(String operation, Object request, Function<Ec2Api, T> body) {
        return cloud.transact(() -> {
            Instant at = cloud.now();
            try {
                T result = body.apply(cloud.ec2(account, region));
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                "ssm",
                                operation,
                                Optional.empty(),
                                caller(),
                                TrailPayloads.succeeded(TrailPayloads.Style.PLAIN, operation, request, result, true)));
                return result;
            } catch (AwsException e) {
                String requestId = cloud.newRequestId();
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                "ssm",
                                operation,
                                Optional.of(e.code().code()),
                                caller(),
                                TrailPayloads.failed(TrailPayloads.Style.PLAIN, request, e, requestId, true)));
                throw Ec2Exceptions.ssm(e, requestId);
            }
        });
    }

    @Override
    public SendCommandResponse sendCommand(SendCommandRequest r) {
        return call("SendCommand", r, api -> {
            List<String> commands = r.parameters().getOrDefault("commands", List.of());
            RunCommand c = api.runCommand()
                    .send(r.documentName(), r.instanceIds(), commands, r.comment() == null ? "" : r.comment());
            return SendCommandResponse.builder()
                    .command(Command.builder()
                            .commandId(c.id())
                            .documentName(c.documentName())
                            .documentVersion("$DEFAULT")
                            .comment(c.comment())
                            .expiresAfter(c.requestedAt().plus(Duration.ofMinutes(60)))
                            .parameters(Map.of("commands", c.commands()))
                            .instanceIds(List.copyOf(c.invocations().keySet()))
                            .targets(List.of())
                            .requestedDateTime(c.requestedAt())
                            .status("Pending")
                            .statusDetails("Pending")
                            .maxConcurrency("50")
                            .maxErrors("0")
                            .targetCount(c.invocations().size())
                            .completedCount(0)
                            .errorCount(0)
                            .deliveryTimedOutCount(0)
                            .timeoutSeconds(3600)
                            .cloudWatchOutputConfig(CloudWatchOutputConfig.builder()
                                    .cloudWatchOutputEnabled(false)
                                    .build())
                            .build())
                    .build();
        });
    }

    @Override
    public GetCommandInvocationResponse getCommandInvocation(GetCommandInvocationRequest r) {
        return call("GetCommandInvocation", r, api -> {
            RunCommand.Invocation i = api.runCommand().invocation(r.commandId(), r.instanceId());
            RunCommand c = api.runCommand().command(r.commandId()).orElseThrow();
            Instant now = cloud.now();
            String status = i.status(now);
            boolean done = !status.equals("InProgress");
            return GetCommandInvocationResponse.builder()
                    .commandId(c.id())
                    .instanceId(i.instanceId())
                    .comment(c.comment())
                    .documentName(c.documentName())
                    .documentVersion("$DEFAULT")
                    .pluginName("aws:runShellScript")
                    .responseCode(done ? i.responseCode() : -1)
                    .executionStartDateTime(i.start().toString())
                    .executionElapsedTime(
                            done ? Duration.between(i.start(), i.end()).toString() : "")
                    .executionEndDateTime(done ? i.end().toString() : "")
                    .status(status)
                    .statusDetails(status)
                    .standardOutputContent(done ? i.stdout() : "")
                    .standardOutputUrl("")
                    .standardErrorContent(done ? i.stderr() : "")
                    .standardErrorUrl("")
                    .cloudWatchOutputConfig(CloudWatchOutputConfig.builder()
                            .cloudWatchOutputEnabled(false)
                            .build())
                    .build();
        });
    }

    @Override
    public ListCommandInvocationsResponse listCommandInvocations(ListCommandInvocationsRequest r) {
        return call("ListCommandInvocations", r, api -> {
            Instant now = cloud.now();
            List<CommandInvocation> out = new ArrayList<>();
            for (RunCommand c : api.runCommand().commands()) {
                if (r.commandId() != null && !r.commandId().equals(c.id())) {
                    continue;
                }
                for (RunCommand.Invocation i : c.invocations().values()) {
                    if (r.instanceId() != null && !r.instanceId().equals(i.instanceId())) {
                        continue;
                    }
                    String status = i.status(now);
                    var b = CommandInvocation.builder()
                            .commandId(c.id())
                            .instanceId(i.instanceId())
                            .instanceName("")
                            .comment(c.comment())
                            .documentName(c.documentName())
                            .documentVersion("$DEFAULT")
                            .requestedDateTime(c.requestedAt())
                            .status(status)
                            .statusDetails(status)
                            .standardOutputUrl("")
                            .standardErrorUrl("")
                            .serviceRole("")
                            .cloudWatchOutputConfig(CloudWatchOutputConfig.builder()
                                    .cloudWatchOutputEnabled(false)
                                    .build());
                    if (Boolean.TRUE.equals(r.details())) {
                        boolean done = !status.equals("InProgress");
                        b.commandPlugins(CommandPlugin.builder()
                                .name("aws:runShellScript")
                                .status(status)
                                .statusDetails(status)
                                .responseCode(done ? i.responseCode() : -1)
                                .responseStartDateTime(i.start())
                                .responseFinishDateTime(done ? i.end() : null)
                                .output(done ? i.stdout() : "")
                                .standardOutputUrl("")
                                .standardErrorUrl("")
                                .build());
                    }
                    out.add(b.build());
                }
            }
            return ListCommandInvocationsResponse.builder()
                    .commandInvocations(out)
                    .build();
        });
    }
}
