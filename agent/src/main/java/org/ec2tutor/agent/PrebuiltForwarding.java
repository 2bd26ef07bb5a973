package org.ec2tutor.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ec2tutor.sdk.model.account.AccountClient;
import org.ec2tutor.sdk.model.config.ConfigClient;
import org.ec2tutor.sdk.model.costexplorer.CostExplorerClient;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlansClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Writes the forwarding classes of the SDK clients Java cells get ({@code ec2}, {@code ssm}, {@code sqs}, ...,
 * {@code config}, {@code savingsPlans}, {@code costExplorer}, {@code account}) into the build's class folder (the agent module's
 * {@code process-classes} phase runs it). Defined at run time, Ec2Client's took about 100 ms of every agent's start;
 * from the jar, the agent's class-data archive holds it parsed and verified.
 */
public final class PrebuiltForwarding {

    static final List<Class<?>> INTERFACES = List.of(
            Ec2Client.class,
            SsmClient.class,
            CloudTrailClient.class,
            S3Client.class,
            EventBridgeClient.class,
            SnsClient.class,
            SqsClient.class,
            ConfigClient.class,
            SavingsPlansClient.class,
            CostExplorerClient.class,
            AccountClient.class);

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
