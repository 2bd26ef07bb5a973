package org.ec2tutor.cli;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * What the {@code aws} command needs from its surroundings: clients per profile and Region, the defaults, where
 * {@code file://} paths are relative to, and how to wait (the simulated cloud waits by advancing its virtual clock).
 */
public interface AwsEnvironment {

    /** The client for a profile in a Region, or empty when the profile does not exist. */
    Optional<Ec2Client> ec2(String profile, String region);

    /** The Systems Manager client for a profile in a Region (Run Command), or empty when the profile does not exist. */
    Optional<SsmClient> ssm(String profile, String region);

    /** The 12-digit account id of a profile. */
    Optional<String> accountId(String profile);

    String defaultProfile();

    String defaultRegion();

    /** Whether {@code region} is a Region the environment serves. */
    boolean knowsRegion(String region);

    /** Where {@code file://} paths are read: files the shell wrote, then the working directory. */
    Workspace workspace();

    /** Waits {@code duration}; waiters call this between polls. */
    void sleep(Duration duration);
}
