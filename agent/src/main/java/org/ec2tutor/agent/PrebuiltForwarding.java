package org.ec2tutor.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Writes the forwarding classes of {@code ec2} and {@code ssm} into the build's class folder (the agent module's
 * {@code process-classes} phase runs it). Defined at run time, Ec2Client's took about 100 ms of every agent's start;
 * from the jar, the agent's class-data archive holds it parsed and verified.
 */
public final class PrebuiltForwarding {

    static final List<Class<?>> INTERFACES = List.of(Ec2Client.class, SsmClient.class);

    private PrebuiltForwarding() {}

    /** {@code args[0]}: the class output folder. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        for (Class<?> iface : INTERFACES) {
            Path file = out.resolve(Forwarding.className(iface) + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, Forwarding.classFile(iface));
        }
    }
}
