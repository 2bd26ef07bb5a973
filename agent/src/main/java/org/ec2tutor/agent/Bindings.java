package org.ec2tutor.agent;

import java.util.Map;

/**
 * What a Java cell's startup binds: {@code SqsClient sqs = (SqsClient) org.ec2tutor.agent.Bindings.client(
 * "software.amazon.awssdk.services.sqs.SqsClient");} for each client the session lists, and {@code vars} and
 * {@code tutor}.
 */
public final class Bindings {

    private static volatile SessionWire wire;
    private static volatile Clients clients;
    private static volatile Map<String, String> vars;
    private static volatile Tutor tutor;

    private Bindings() {}

    static void init(SessionWire sessionWire, Clients sdkClients) {
        wire = sessionWire;
        clients = sdkClients;
        vars = new Vars(sessionWire);
        tutor = new Tutor(sessionWire, sdkClients);
    }

    /**
     * The SDK's client of the interface named {@code interfaceName}, calling the session's endpoint as the account
     * and in the Region the session acts in at each call.
     */
    public static Object client(String interfaceName) {
        Class<?> iface;
        try {
            iface = Class.forName(interfaceName, false, Bindings.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no SDK client " + interfaceName + " in the agent", e);
        }
        SessionWire w = wire;
        return clients.following(iface, () -> Clients.Identity.of(w.call("creds")));
    }

    public static Map<String, String> vars() {
        return vars;
    }

    public static Tutor tutor() {
        return tutor;
    }
}
