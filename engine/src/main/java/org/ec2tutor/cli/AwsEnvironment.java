package org.ec2tutor.cli;

import java.time.Duration;
import java.util.Optional;
import org.ec2tutor.sdk.SimulatedService;

/**
 * What the {@code aws} command needs from its surroundings: clients per profile and Region, the defaults, where
 * {@code file://} paths are relative to, and how to wait (the simulated cloud waits by advancing its virtual clock).
 */
public interface AwsEnvironment {

    /**
     * A client of a simulated service ({@code ec2}, {@code ssm}, ...) for a profile in a Region, or empty when the
     * profile does not exist.
     */
    Optional<Object> client(SimulatedService service, String profile, String region);

    /** The 12-digit account id of a profile. */
    Optional<String> accountId(String profile);

    String defaultProfile();

    /** The profiles {@code aws configure list-profiles} names, in the config file's order. */
    default java.util.List<String> profiles() {
        return java.util.stream.Stream.of("default", "teammate", "outsider")
                .filter(p -> accountId(p).isPresent())
                .toList();
    }

    String defaultRegion();

    /** Whether {@code region} is a Region the environment serves. */
    boolean knowsRegion(String region);

    /** Where {@code file://} paths are read: files the shell wrote, then the working directory. */
    Workspace workspace();

    /** Waits {@code duration}; waiters call this between polls. */
    void sleep(Duration duration);
}
