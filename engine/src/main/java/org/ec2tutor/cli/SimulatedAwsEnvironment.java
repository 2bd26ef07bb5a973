package org.ec2tutor.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.ec2tutor.sdk.SimulatedAws;
import org.ec2tutor.sdk.SimulatedService;

/**
 * The {@code aws} command's environment on a simulated cloud: profiles are the cloud's accounts, waiting advances the
 * virtual clock. The default profile and Region can change (the session's {@code %account} and {@code %region}).
 */
public final class SimulatedAwsEnvironment implements AwsEnvironment {

    private final SimulatedAws aws;
    private final Workspace workspace;
    private volatile String profile = "default";
    private volatile String region = "us-east-1";

    public SimulatedAwsEnvironment(SimulatedAws aws, Path workingDirectory) {
        this(aws, Workspace.over(workingDirectory));
    }

    public SimulatedAwsEnvironment(SimulatedAws aws, Workspace workspace) {
        this.aws = aws.forAwsLines();
        this.workspace = workspace;
    }

    public void setDefaults(String profile, String region) {
        this.profile = Objects.requireNonNull(profile);
        this.region = Objects.requireNonNull(region);
    }

    @Override
    public Optional<Object> client(SimulatedService service, String profile, String region) {
        if (aws.accountId(profile).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(aws.client(service, profile, region));
    }

    @Override
    public Optional<String> accountId(String profile) {
        return aws.accountId(profile);
    }

    @Override
    public String defaultProfile() {
        return profile;
    }

    @Override
    public String defaultRegion() {
        return region;
    }

    @Override
    public boolean knowsRegion(String region) {
        return aws.knowsRegion(region);
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void sleep(Duration duration) {
        aws.advance(duration);
    }
}
