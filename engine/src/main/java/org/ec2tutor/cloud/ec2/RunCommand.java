package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.AccountId;

/** One Systems Manager Run Command: the script, its targets, and one invocation per instance. */
public final class RunCommand {

    /** The outcome of the command on one instance; "InProgress" until its simulated end. */
    public record Invocation(
            String instanceId, Instant start, Instant end, int responseCode, String stdout, String stderr) {

        public String status(Instant now) {
            if (now.isBefore(end)) {
                return "InProgress";
            }
            return responseCode == 0 ? "Success" : "Failed";
        }
    }

    private final String id;
    private final AccountId owner;
    private final String documentName;
    private final List<String> commands;
    private final String comment;
    private final Instant requestedAt;
    private final Map<String, Invocation> invocations = new LinkedHashMap<>();

    RunCommand(
            String id,
            AccountId owner,
            String documentName,
            List<String> commands,
            String comment,
            Instant requestedAt) {
        this.id = id;
        this.owner = owner;
        this.documentName = documentName;
        this.commands = List.copyOf(commands);
        this.comment = comment;
        this.requestedAt = requestedAt;
    }

    public String id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public String documentName() {
        return documentName;
    }

    public List<String> commands() {
        return commands;
    }

    public String comment() {
        return comment;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Map<String, Invocation> invocations() {
        return Collections.unmodifiableMap(invocations);
    }

    void add(Invocation i) {
        invocations.put(i.instanceId(), i);
    }

    /** The command's overall status: in progress until every invocation ended, then success unless one failed. */
    public String status(Instant now) {
        boolean running =
                invocations.values().stream().anyMatch(i -> i.status(now).equals("InProgress"));
        if (running) {
            return "InProgress";
        }
        return invocations.values().stream().allMatch(i -> i.responseCode() == 0) ? "Success" : "Failed";
    }
}
