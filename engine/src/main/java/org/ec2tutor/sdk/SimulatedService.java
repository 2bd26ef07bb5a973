package org.ec2tutor.sdk;

import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import software.amazon.awssdk.awscore.AwsRequest;

/**
 * One AWS service the tutor simulates, as every surface needs it: the {@code aws} command's name for it, a line for
 * {@code aws help}, the SDK client interface whose request-taking methods are its operations, the base class of its
 * requests, the class that implements the simulated operations, the file of required members the AWS CLI enforces,
 * and how to make a client for an account in a Region. Adding a service is adding a row to {@link SimulatedServices}.
 *
 * @param cliName the command word ({@code ec2}, {@code ssm})
 * @param summary one line for {@code aws help}
 * @param clientInterface the SDK's client interface ({@code Ec2Client})
 * @param requestBase the service's request base class ({@code Ec2Request})
 * @param implementation the simulated client; the request-taking methods it declares are the simulated operations
 * @param requiredMembers resource name (next to the CLI classes) of the operations' required members, one line per
 *     operation: {@code Operation<TAB>Member,Member}; a service without such a file has none
 * @param factory makes a client whose calls are recorded as made from a surface
 */
public record SimulatedService(
        String cliName,
        String summary,
        Class<?> clientInterface,
        Class<? extends AwsRequest> requestBase,
        Class<?> implementation,
        String requiredMembers,
        ClientFactory factory) {

    /** Makes a client of the service for an account in a Region. */
    @FunctionalInterface
    public interface ClientFactory {
        Object create(Cloud cloud, Account account, Region region, Caller.Surface surface);
    }
}
