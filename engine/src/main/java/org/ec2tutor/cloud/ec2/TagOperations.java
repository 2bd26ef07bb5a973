package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.error.Ec2Errors;

/** CreateTags, DeleteTags and DescribeTags over the caller's instances, images, volumes and snapshots. */
public final class TagOperations {

    /** One tag as DescribeTags lists it. */
    public record TagDescription(String resourceId, String resourceType, String key, String value) {}

    /** A key to delete, with the value it must have if one is given. */
    public record TagKey(String key, Optional<String> value) {}

    private final Ec2Context ctx;

    TagOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public void create(List<String> resourceIds, Map<String, String> tags) {
        if (resourceIds.isEmpty()) {
            throw Ec2Errors.missingParameter("ResourceId");
        }
        for (String key : tags.keySet()) {
            if (key.startsWith("aws:")) {
                throw Ec2Errors.reservedTagKey();
            }
        }
        List<Tags> targets = new ArrayList<>();
        for (String id : resourceIds) {
            targets.add(tagsOf(id));
        }
        for (Tags t : targets) {
            tags.forEach(t::put);
        }
    }

    public void delete(List<String> resourceIds, List<TagKey> keys) {
        if (resourceIds.isEmpty()) {
            throw Ec2Errors.missingParameter("ResourceId");
        }
        List<Tags> targets = new ArrayList<>();
        for (String id : resourceIds) {
            targets.add(tagsOf(id));
        }
        for (Tags t : targets) {
            if (keys.isEmpty()) {
                t.clear();
            }
            for (TagKey k : keys) {
                t.remove(k.key(), k.value());
            }
        }
    }

    public Page<TagDescription> describe(
            List<Filter> filters, Optional<Integer> maxResults, Optional<String> nextToken) {
        FilterSet<TagDescription> set = FilterSet.<TagDescription>withoutTags()
                .addOne("resource-id", TagDescription::resourceId)
                .addOne("resource-type", TagDescription::resourceType)
                .addOne("key", TagDescription::key)
                .addOne("value", TagDescription::value);
        set.validate(filters);
        List<TagDescription> all = new ArrayList<>();
        RegionalResources res = ctx.resources();
        res.instances.values().stream()
                .filter(i -> i.owner().equals(ctx.caller().id()))
                .forEach(i -> add(all, i.id(), "instance", i.tags()));
        res.images.values().stream()
                .filter(i -> ctx.owns(i.ownerId()) && !i.isDeregistered())
                .forEach(i -> add(all, i.id(), "image", i.tags()));
        res.volumes.values().stream()
                .filter(v -> v.owner().equals(ctx.caller().id()))
                .forEach(v -> add(all, v.id(), "volume", v.tags()));
        res.snapshots.values().stream()
                .filter(s -> ctx.owns(s.ownerId()))
                .forEach(s -> add(all, s.id(), "snapshot", s.tags()));
        return Page.of(all.stream().filter(t -> set.matches(t, filters)).toList(), maxResults, nextToken);
    }

    private static void add(List<TagDescription> out, String id, String type, Tags tags) {
        tags.asMap().forEach((k, v) -> out.add(new TagDescription(id, type, k, v)));
    }

    private Tags tagsOf(String id) {
        RegionalResources res = ctx.resources();
        if (id.startsWith("i-")) {
            return new InstanceOperations(ctx).find(List.of(id)).get(0).tags();
        }
        if (id.startsWith("ami-")) {
            return new ImageLookup(ctx).owned(id).tags();
        }
        if (id.startsWith("vol-")) {
            Volume v = res.volumes.get(id);
            if (!ResourceIds.isVolumeId(id)) {
                throw Ec2Errors.volumeIdMalformed(id);
            }
            if (v == null || !v.owner().equals(ctx.caller().id())) {
                throw Ec2Errors.volumeNotFound(id);
            }
            return v.tags();
        }
        if (id.startsWith("snap-")) {
            if (!ResourceIds.isSnapshotId(id)) {
                throw Ec2Errors.snapshotIdMalformed(id);
            }
            Snapshot s = res.snapshots.get(id);
            if (s == null || !ctx.owns(s.ownerId())) {
                throw Ec2Errors.snapshotNotFound(id);
            }
            return s.tags();
        }
        if (id.startsWith("h-")) {
            return new HostOperations(ctx).find(id).tags();
        }
        throw Ec2Errors.invalidResourceId(id);
    }
}
