package org.ec2tutor.render;

import java.util.List;

/** The account at a glance, as {@code %state} shows it. Plain values; built from SDK responses by the session. */
public record AccountView(
        String profile,
        String accountId,
        String region,
        String clock,
        List<InstanceRow> instances,
        List<ImageRow> images,
        List<VolumeRow> volumes,
        List<SnapshotRow> snapshots) {

    public record InstanceRow(
            String id, String name, String type, String state, String publicIp, String privateIp, String imageId) {}

    public record ImageRow(String id, String name, String state, String sharing) {}

    public record VolumeRow(String id, int sizeGib, String type, String state, String attachedTo) {}

    public record SnapshotRow(String id, int sizeGib, String state, String description) {}
}
