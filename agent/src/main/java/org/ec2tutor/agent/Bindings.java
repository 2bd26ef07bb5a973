package org.ec2tutor.agent;

import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/** What a Java cell's startup binds: {@code Ec2Client ec2 = org.ec2tutor.agent.Bindings.ec2();} and so on. */
public final class Bindings {

    private static volatile Ec2Client ec2;
    private static volatile SsmClient ssm;
    private static volatile Map<String, String> vars;
    private static volatile Tutor tutor;

    private Bindings() {}

    static void init(SessionWire wire, Clients clients) {
        ec2 = clients.followingEc2(() -> Clients.Identity.of(wire.call("creds")));
        ssm = clients.followingSsm(() -> Clients.Identity.of(wire.call("creds")));
        vars = new Vars(wire);
        tutor = new Tutor(wire, clients);
    }

    public static Ec2Client ec2() {
        return ec2;
    }

    public static SsmClient ssm() {
        return ssm;
    }

    public static Map<String, String> vars() {
        return vars;
    }

    public static Tutor tutor() {
        return tutor;
    }
}
