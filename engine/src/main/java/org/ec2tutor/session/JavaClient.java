package org.ec2tutor.session;

import java.util.Arrays;
import java.util.Optional;
import org.ec2tutor.sdk.SimulatedService;
import org.ec2tutor.sdk.SimulatedServices;

/**
 * The AWS clients a Java cell gets, one row per variable: its name (as the AWS SDK for Java's examples name the
 * client), the simulated service it calls (a row of {@link SimulatedServices}, which gives the client interface and
 * how the session makes the client in this JVM), and whether an agent JVM reaches it. In an agent the variable is the
 * SDK's own client of that interface, built by {@code org.ec2tutor.agent.Bindings} against the session's endpoint;
 * a service the endpoint cannot serve to it is not declared there, and a cell naming it is told why. Adding a service
 * to Java cells is adding a row.
 */
enum JavaClient {
    EC2("ec2", "ec2", ""),
    SSM("ssm", "ssm", ""),
    CLOUD_TRAIL("cloudTrail", "cloudtrail", ""),
    S3("s3", "s3api", "the session's endpoint does not serve Amazon S3"),
    EVENTS("events", "events", "the session's endpoint does not serve Amazon EventBridge"),
    SNS("sns", "sns", "the session's endpoint does not serve Amazon SNS"),
    SQS("sqs", "sqs", "the session's endpoint does not serve Amazon SQS"),
    // The endpoint serves these four, but their clients are the tutor's own (the SDK modules are not available to
    // this build), without an HTTP implementation, and not on an agent's class path.
    SAVINGS_PLANS("savingsPlans", "savingsplans", "the AWS SDK for Java has no Savings Plans client here"),
    COST_EXPLORER("costExplorer", "ce", "the AWS SDK for Java has no Cost Explorer client here"),
    CONFIG("config", "configservice", "the AWS SDK for Java has no AWS Config client here"),
    ACCOUNT("account", "account", "the AWS SDK for Java has no Account Management client here");

    private final String variable;
    private final String cliName;
    private final String notInAgent;

    /**
     * @param variable the Java variable
     * @param cliName the {@code aws} command's name of the service, the key of its {@link SimulatedServices} row
     * @param notInAgent empty when an agent's SDK client reaches the service through the endpoint; else why not
     */
    JavaClient(String variable, String cliName, String notInAgent) {
        this.variable = variable;
        this.cliName = cliName;
        this.notInAgent = notInAgent;
    }

    String variable() {
        return variable;
    }

    SimulatedService service() {
        return SimulatedServices.find(cliName).orElseThrow();
    }

    /** The client interface's binary name, as the startup snippet declares the variable. */
    String typeName() {
        return service().clientInterface().getName();
    }

    /** Whether learner Java in an agent JVM gets this client. */
    boolean inAgent() {
        return notInAgent.isEmpty();
    }

    /** The startup line declaring this client in a session's in-process JShell. */
    String inProcessDeclaration(String sessionId) {
        return typeName() + " " + variable + " = (" + typeName() + ") org.ec2tutor.jshell.SessionBindings.client(\""
                + sessionId + "\", \"" + variable + "\");";
    }

    /** The startup line declaring this client in an agent JVM (only for a row {@link #inAgent}). */
    String agentDeclaration() {
        return typeName() + " " + variable + " = (" + typeName() + ") org.ec2tutor.agent.Bindings.client(\""
                + typeName() + "\");";
    }

    /**
     * What to tell a learner whose cell, run in an agent, names a variable the agent does not declare; empty for any
     * other compiler message.
     */
    static Optional<String> missingInAgent(String compilerMessage) {
        return Arrays.stream(values())
                .filter(c -> !c.inAgent() && compilerMessage.contains("symbol:   variable " + c.variable))
                .findFirst()
                .map(c -> "`" + c.variable + "` is not available while Java runs in an isolated agent JVM: "
                        + c.notInAgent + " yet. Use the aws line (aws " + c.cliName + " ...), or Java in-process.");
    }
}
