package org.ec2tutor.cloud.config;

import java.util.Map;
import java.util.Optional;

/**
 * What AWS Config knows of an EC2 instance when a rule evaluates it: the parts of its configuration item the
 * simulated managed rules read. An instance that no longer exists (terminated and gone) is a deleted item.
 *
 * @param state the instance state as AWS names it ({@code running}, {@code stopped}, ...)
 * @param imageTags the tags of the AMI it was launched from; empty when the AMI has none or no longer exists
 * @param publicIp its public IPv4 address, if it has one now
 */
public record ConfigurationItem(
        String resourceId,
        boolean deleted,
        String state,
        String imageId,
        Map<String, String> imageTags,
        Map<String, String> tags,
        Optional<String> publicIp) {

    public static final String EC2_INSTANCE = "AWS::EC2::Instance";

    /** An instance Config has recorded as deleted. */
    public static ConfigurationItem deleted(String resourceId) {
        return new ConfigurationItem(resourceId, true, "terminated", "", Map.of(), Map.of(), Optional.empty());
    }

    /** Pending or running: "running instances" in the managed rules' words. */
    boolean running() {
        return !deleted && (state.equals("running") || state.equals("pending"));
    }

    /** Not yet terminated: it has a configuration a rule can judge. */
    boolean live() {
        return !deleted && !state.equals("terminated") && !state.equals("shutting-down");
    }
}
