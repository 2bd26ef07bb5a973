package org.ec2tutor.sdk;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.sdk.model.account.AccountClient;
import org.ec2tutor.sdk.model.account.AccountRequest;
import org.ec2tutor.sdk.model.config.ConfigClient;
import org.ec2tutor.sdk.model.config.ConfigRequest;
import org.ec2tutor.sdk.model.costexplorer.CostExplorerClient;
import org.ec2tutor.sdk.model.costexplorer.CostExplorerRequest;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlansClient;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlansRequest;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailRequest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Request;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Request;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.SnsRequest;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsRequest;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.SsmRequest;

/**
 * The services the tutor simulates, one row each; the {@code aws} command, its help and completion, and the HTTP
 * endpoint all read this table. ({@code sts} is not here: the CLI answers its one operation itself.)
 */
public final class SimulatedServices {

    private SimulatedServices() {}

    private static final List<SimulatedService> ALL = List.of(
            new SimulatedService(
                    "ec2",
                    "Amazon Elastic Compute Cloud",
                    Ec2Client.class,
                    Ec2Request.class,
                    SimulatedEc2Client.class,
                    "ec2-required-members.tsv",
                    // A lambda, not a method reference: the simulated client is linked only when first used.
                    (cloud, account, region, surface) -> SimulatedEc2Client.create(cloud, account, region, surface)),
            new SimulatedService(
                    "ssm",
                    "AWS Systems Manager Run Command",
                    SsmClient.class,
                    SsmRequest.class,
                    SimulatedSsmClient.class,
                    "ssm-required-members.tsv",
                    (cloud, account, region, surface) -> SimulatedSsmClient.create(cloud, account, region, surface)),
            new SimulatedService(
                    "cloudtrail",
                    "AWS CloudTrail (event history, trails)",
                    CloudTrailClient.class,
                    CloudTrailRequest.class,
                    SimulatedCloudTrailClient.class,
                    "cloudtrail-required-members.tsv",
                    (cloud, account, region, surface) ->
                            SimulatedCloudTrailClient.create(cloud, account, region, surface)),
            new SimulatedService(
                    "s3api",
                    "Amazon Simple Storage Service (buckets, policies, objects)",
                    S3Client.class,
                    S3Request.class,
                    SimulatedS3Client.class,
                    "s3-required-members.tsv",
                    (cloud, account, region, surface) -> SimulatedS3Client.create(cloud, account, region, surface)),
            new SimulatedService(
                    "savingsplans",
                    "AWS Savings Plans (for EC2)",
                    SavingsPlansClient.class,
                    SavingsPlansRequest.class,
                    SimulatedSavingsPlansClient.class,
                    "savingsplans-required-members.tsv",
                    (cloud, account, region, surface) ->
                            SimulatedSavingsPlansClient.create(cloud, account, region, surface)),
            new SimulatedService(
                    "ce",
                    "AWS Cost Explorer (the simulated bill)",
                    CostExplorerClient.class,
                    CostExplorerRequest.class,
                    SimulatedCostExplorerClient.class,
                    "ce-required-members.tsv",
                    (cloud, account, region, surface) ->
                            SimulatedCostExplorerClient.create(cloud, account, region, surface)),
            new SimulatedService(
                    "events",
                    "Amazon EventBridge (rules on the default bus, SNS and SQS targets)",
                    EventBridgeClient.class,
                    EventBridgeRequest.class,
                    SimulatedEventBridgeClient.class,
                    "events-required-members.tsv",
                    (cloud, account, region, surface) ->
                            SimulatedEventBridgeClient.create(cloud, account, region, surface)),
            new SimulatedService(
                    "sns",
                    "Amazon Simple Notification Service (topics, SQS subscriptions)",
                    SnsClient.class,
                    SnsRequest.class,
                    SimulatedSnsClient.class,
                    "sns-required-members.tsv",
                    (cloud, account, region, surface) -> SimulatedSnsClient.create(cloud, account, region, surface)),
            new SimulatedService(
                    "sqs",
                    "Amazon Simple Queue Service (standard queues, messages)",
                    SqsClient.class,
                    SqsRequest.class,
                    SimulatedSqsClient.class,
                    "sqs-required-members.tsv",
                    (cloud, account, region, surface) -> SimulatedSqsClient.create(cloud, account, region, surface)),
            new SimulatedService(
                    "configservice",
                    "AWS Config (managed rules for EC2 instances, compliance)",
                    ConfigClient.class,
                    ConfigRequest.class,
                    SimulatedConfigClient.class,
                    "configservice-required-members.tsv",
                    (cloud, account, region, surface) -> SimulatedConfigClient.create(cloud, account, region, surface)),
            new SimulatedService(
                    "account",
                    "AWS Account Management (the account's Regions, enabling opt-in Regions)",
                    AccountClient.class,
                    AccountRequest.class,
                    SimulatedAccountClient.class,
                    "account-required-members.tsv",
                    (cloud, account, region, surface) ->
                            SimulatedAccountClient.create(cloud, account, region, surface)));

    /** Every simulated service, in the order {@code aws help} lists them. */
    public static List<SimulatedService> all() {
        return ALL;
    }

    /** The service the {@code aws} command calls {@code cliName}. */
    public static Optional<SimulatedService> find(String cliName) {
        return ALL.stream().filter(s -> s.cliName().equals(cliName)).findFirst();
    }
}
