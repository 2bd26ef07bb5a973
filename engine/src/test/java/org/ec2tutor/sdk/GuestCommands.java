package org.ec2tutor.sdk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Runs a script inside an instance as a learner does, through Run Command, and reads what it printed. */
final class GuestCommands {

    /** What the script printed on each stream, and its exit status. */
    record Ran(String out, String err, int code) {}

    private final TestCloud t;
    private final SsmClient ssm;

    GuestCommands(TestCloud t) {
        this.t = t;
        this.ssm = SimulatedAws.on(t.cloud).ssm("default", "us-east-1");
    }

    /** Sends the lines, waits long enough for any timeout inside to pass, and reads the invocation. */
    Ran run(String instanceId, String... lines) {
        String commandId = ssm.sendCommand(b -> b.documentName("AWS-RunShellScript")
                        .instanceIds(instanceId)
                        .parameters(Map.of("commands", List.of(lines))))
                .command()
                .commandId();
        t.advance(Duration.ofMinutes(5));
        var invocation = ssm.getCommandInvocation(b -> b.commandId(commandId).instanceId(instanceId));
        return new Ran(
                invocation.standardOutputContent(), invocation.standardErrorContent(), invocation.responseCode());
    }
}
