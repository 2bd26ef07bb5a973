package org.ec2tutor.session;

import org.ec2tutor.sdk.SimulatedService;
import org.ec2tutor.sdk.SimulatedServices;

/**
 * The AWS clients a Java cell gets, one row per variable: its name (as the AWS SDK for Java's examples name the
 * client), the simulated service it calls (a row of {@link SimulatedServices}, which gives the client interface and
 * how the session makes the client in this JVM). In an agent the variable is the
 * SDK's own client of that interface (or, for the three hand-written ones, the agent's client of it), built by
 * {@code org.ec2tutor.agent.Bindings} against the session's endpoint. Adding a service to Java cells is adding a row
 * (and, for an agent, serving the service at the endpoint).
 */
enum JavaClient {
    EC2("ec2", "ec2"),
    SSM("ssm", "ssm"),
    CLOUD_TRAIL("cloudTrail", "cloudtrail"),
    S3("s3", "s3api"),
    EVENTS("events", "events"),
    SNS("sns", "sns"),
    SQS("sqs", "sqs"),
    // The interfaces of these four are the tutor's own (the SDK modules are not available to this build); in an agent
    // org.ec2tutor.agent.JsonProtocolClient implements them with the SDK's protocol machinery.
    SAVINGS_PLANS("savingsPlans", "savingsplans"),
    COST_EXPLORER("costExplorer", "ce"),
    CONFIG("config", "configservice"),
    ACCOUNT("account", "account");

    private final String variable;
    private final String cliName;

    /**
     * @param variable the Java variable
     * @param cliName the {@code aws} command's name of the service, the key of its {@link SimulatedServices} row
     */
    JavaClient(String variable, String cliName) {
        this.variable = variable;
        this.cliName = cliName;
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

    /** The startup line declaring this client in a session's in-process JShell. */
    String inProcessDeclaration(String sessionId) {
        return typeName() + " " + variable + " = (" + typeName() + ") org.ec2tutor.jshell.SessionBindings.client(\""
                + sessionId + "\", \"" + variable + "\");";
    }

    /** The startup line declaring this client in an agent JVM. */
    String agentDeclaration() {
        return typeName() + " " + variable + " = (" + typeName() + ") org.ec2tutor.agent.Bindings.client(\""
                + typeName() + "\");";
    }
}
