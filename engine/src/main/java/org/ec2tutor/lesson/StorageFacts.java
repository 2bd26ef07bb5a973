package org.ec2tutor.lesson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.RegionalResources;
import org.ec2tutor.cloud.ec2.Snapshot;
import org.ec2tutor.cloud.ec2.Volume;

/**
 * The learner's EBS volumes, snapshots and encryption-by-default settings as lesson checks read them, copied at one
 * instant like the rest of {@link LessonFacts}. Lookups that find nothing return a fact with state {@code none}.
 */
public final class StorageFacts {

    /**
     * One volume. The instance and device are empty when it is not attached; the attachment state is attaching,
     * attached, detaching or empty; the modification state is that of its latest ModifyVolume (modifying,
     * optimizing, completed) or empty.
     */
    public record VolumeFact(
            String id,
            String region,
            String zone,
            String state,
            String type,
            int sizeGib,
            int iops,
            int throughput,
            boolean encrypted,
            String kmsKeyId,
            String snapshotId,
            String attachedTo,
            String device,
            String attachmentState,
            Map<String, String> tags,
            String name,
            String modificationState,
            List<String> files) {

        static final VolumeFact NONE = new VolumeFact(
                "", "", "", "none", "none", 0, 0, 0, false, "", "", "", "", "", Map.of(), "", "", List.of());

        public boolean exists() {
            return !id.isEmpty();
        }

        /** The id, or {@code your volume} when there is none yet. */
        public String ref() {
            return exists() ? id : "your volume";
        }

        public boolean attached() {
            return !attachedTo.isEmpty();
        }

        /** Whether the volume holds a file at {@code path} (as the guest wrote it, e.g. /data/index.html). */
        public boolean hasFile(String path) {
            return files.contains(path);
        }
    }

    /** One snapshot the learner owns. {@code sharedWith} lists the accounts given createVolumePermission. */
    public record SnapshotFact(
            String id,
            String region,
            String volumeId,
            String state,
            String progress,
            int sizeGib,
            boolean encrypted,
            String description,
            List<String> sharedWith,
            boolean isPublic,
            Map<String, String> tags,
            String name) {

        static final SnapshotFact NONE =
                new SnapshotFact("", "", "", "none", "", 0, false, "", List.of(), false, Map.of(), "");

        public boolean exists() {
            return !id.isEmpty();
        }

        public String ref() {
            return exists() ? id : "your snapshot";
        }
    }

    private final List<VolumeFact> volumes = new ArrayList<>();
    private final List<SnapshotFact> snapshots = new ArrayList<>();
    private final Set<String> encryptingRegions = new TreeSet<>();

    /** Copies the learner's storage facts; call inside a cloud transaction. */
    StorageFacts(Cloud cloud, Account learner) {
        Instant now = cloud.now();
        for (Region region : Region.values()) {
            RegionalResources res = cloud.ec2World().region(region);
            if (res.encryptsEbsByDefault(learner.id())) {
                encryptingRegions.add(region.id());
            }
            for (Volume v : res.volumes()) {
                if (v.owner().equals(learner.id())) {
                    volumes.add(volume(v, region, res, now));
                }
            }
            for (Snapshot s : res.snapshots()) {
                if (s.ownerId().equals(learner.id().value()) && !s.isDeleted()) {
                    snapshots.add(snapshot(s, region, now));
                }
            }
        }
    }

    private static VolumeFact volume(Volume v, Region region, RegionalResources res, Instant now) {
        String modification = res.volumeModifications().stream()
                .filter(m -> m.volumeId().equals(v.id()))
                .reduce((a, b) -> b)
                .map(m -> m.state(now))
                .orElse("");
        return new VolumeFact(
                v.id(),
                region.id(),
                v.availabilityZone(),
                v.state().awsName(),
                v.volumeType(),
                v.sizeGib(),
                v.iops().orElse(0),
                v.throughput().orElse(0),
                v.encrypted(),
                v.kmsKeyId().orElse(""),
                v.snapshotId().orElse(""),
                v.attachment().map(Volume.Attachment::instanceId).orElse(""),
                v.attachment().map(Volume.Attachment::device).orElse(""),
                v.attachment().map(a -> v.attachmentState().awsName()).orElse(""),
                Map.copyOf(v.tags().asMap()),
                v.tags().get("Name").orElse(""),
                modification,
                List.copyOf(v.disk().files().keySet()));
    }

    private static SnapshotFact snapshot(Snapshot s, Region region, Instant now) {
        return new SnapshotFact(
                s.id(),
                region.id(),
                s.volumeId().orElse(""),
                s.state().awsName(),
                s.progress(now),
                s.sizeGib(),
                s.encrypted(),
                s.description(),
                List.copyOf(s.sharedWith()),
                s.isPublic(),
                Map.copyOf(s.tags().asMap()),
                s.tags().get("Name").orElse(""));
    }

    List<VolumeFact> volumes() {
        return List.copyOf(volumes);
    }

    List<SnapshotFact> snapshots() {
        return List.copyOf(snapshots);
    }

    boolean encryptsByDefault(String region) {
        return encryptingRegions.contains(region);
    }
}
