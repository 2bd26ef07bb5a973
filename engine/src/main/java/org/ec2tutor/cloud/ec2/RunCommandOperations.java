package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.guest.Guest;
import org.ec2tutor.cloud.guest.GuestShell;
import org.ec2tutor.cloud.guest.ShellRun;

/**
 * Systems Manager Run Command with the {@code AWS-RunShellScript} document: the script runs in each target's guest
 * shell. Only running instances of the caller accept commands (the SSM agent answers only while the OS runs).
 */
public final class RunCommandOperations {

    public static final String RUN_SHELL_SCRIPT = "AWS-RunShellScript";

    private final Ec2Context ctx;

    RunCommandOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public RunCommand send(String documentName, List<String> instanceIds, List<String> commands, String comment) {
        if (!documentName.equals(RUN_SHELL_SCRIPT)) {
            throw Ec2Errors.ssmDocumentNotFound(documentName);
        }
        if (instanceIds.isEmpty()) {
            throw Ec2Errors.ssmNoTargets();
        }
        if (commands.isEmpty()) {
            throw Ec2Errors.ssmCommandsMissing();
        }
        List<String> invalid = new ArrayList<>();
        List<Instance> targets = new ArrayList<>();
        for (String id : new LinkedHashSet<>(instanceIds)) {
            Instance i = ctx.resources().instances.get(id);
            if (i == null || !i.owner().equals(ctx.caller().id()) || i.state() != InstanceState.RUNNING) {
                invalid.add(id);
            } else {
                targets.add(i);
            }
        }
        if (!invalid.isEmpty()) {
            throw Ec2Errors.ssmInstancesNotValid(invalid, ctx.caller().id().value());
        }
        for (Instance i : targets) {
            if (i.guest().family() == Guest.Family.WINDOWS) {
                throw Ec2Errors.ssmUnsupportedPlatform(documentName);
            }
        }
        String id = commandId();
        RunCommand command = new RunCommand(id, ctx.caller().id(), documentName, commands, comment, ctx.now());
        String script = String.join("\n", commands);
        for (Instance i : targets) {
            // The agent picks the command up a moment after it is sent.
            var start = ctx.now().plusSeconds(1);
            ShellRun run = new GuestShell(i.guest()).run(script, start);
            command.add(new RunCommand.Invocation(
                    i.id(), start, start.plus(run.duration()), run.exitCode(), run.output(), run.errorOutput()));
        }
        ctx.resources().commands.put(id, command);
        return command;
    }

    public RunCommand.Invocation invocation(String commandId, String instanceId) {
        RunCommand c = own(commandId).orElseThrow(Ec2Errors::ssmInvocationDoesNotExist);
        RunCommand.Invocation i = c.invocations().get(instanceId);
        if (i == null) {
            throw Ec2Errors.ssmInvocationDoesNotExist();
        }
        return i;
    }

    public Optional<RunCommand> command(String commandId) {
        return own(commandId);
    }

    /** The caller's commands, newest first, as ListCommandInvocations returns them. */
    public List<RunCommand> commands() {
        List<RunCommand> out = new ArrayList<>();
        ctx.resources().commands.values().stream()
                .filter(c -> c.owner().equals(ctx.caller().id()))
                .forEach(c -> out.add(0, c));
        return out;
    }

    private Optional<RunCommand> own(String commandId) {
        return Optional.ofNullable(ctx.resources().commands.get(commandId))
                .filter(c -> c.owner().equals(ctx.caller().id()));
    }

    /** Command ids are UUIDs, from the seeded source. */
    private String commandId() {
        return ctx.world().ids.requestId();
    }
}
