package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * DescribeImages: which AMIs a caller sees (reference section 4.5). Owners see their own images in every state but
 * deregistered; others see an image only through a launch permission, never while it is disabled, and deprecated
 * ones only when asked by id or with IncludeDeprecated. Another account's tags are never shown.
 */
final class ImageQueries {

    private final Ec2Context ctx;

    ImageQueries(Ec2Context ctx) {
        this.ctx = ctx;
    }

    Page<Image> describe(ImageRequests.Query q) {
        FilterSet<Image> filters = filters();
        filters.validate(q.filters());
        for (Filter f : q.filters()) {
            if (f.name().equals("state") && f.values().contains("disabled") && !q.includeDisabled()) {
                throw Ec2Errors.disabledFilterNeedsIncludeDisabled();
            }
        }
        List<Image> candidates = q.imageIds().isEmpty() ? listed(q) : byIds(q.imageIds());
        List<Image> result = new ArrayList<>();
        for (Image image : candidates) {
            if (ownerMatches(image, q.owners())
                    && executableBy(image, q.executableUsers())
                    && filters.matches(image, q.filters())) {
                result.add(image);
            }
        }
        result.sort(Comparator.comparing(Image::creationDate).thenComparing(Image::id));
        return Page.of(result, q.maxResults(), q.nextToken());
    }

    private List<Image> listed(ImageRequests.Query q) {
        Instant now = ctx.now();
        List<Image> out = new ArrayList<>();
        for (Image image : ctx.resources().images.values()) {
            if (image.isDeregistered()) {
                continue;
            }
            if (ctx.owns(image.ownerId())) {
                if (image.state() != ImageState.DISABLED || q.includeDisabled()) {
                    out.add(image);
                }
            } else if (image.state() != ImageState.DISABLED
                    && image.launchPermissions().allows(ctx.caller())
                    && (!image.isDeprecated(now) || q.includeDeprecated())) {
                out.add(image);
            }
        }
        return out;
    }

    private List<Image> byIds(List<String> ids) {
        for (String id : ids) {
            if (!ResourceIds.isImageId(id)) {
                throw Ec2Errors.imageIdMalformed(id);
            }
        }
        List<String> missing = new ArrayList<>();
        List<Image> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Image image = ctx.resources().images.get(id);
            if (image == null || (image.isDeregistered() && !stillReferenced(image))) {
                missing.add(id);
            } else if (image.isDeregistered()) {
                // A deregistered AMI answers with empty results while instances still use it.
            } else if (ctx.owns(image.ownerId())
                    || (image.state() != ImageState.DISABLED
                            && image.launchPermissions().allows(ctx.caller()))) {
                out.add(image);
            }
        }
        if (!missing.isEmpty()) {
            throw Ec2Errors.imagesNotFound(missing);
        }
        return out;
    }

    private boolean stillReferenced(Image image) {
        return ctx.resources().instances.values().stream()
                .anyMatch(i -> i.imageId().equals(image.id()));
    }

    private boolean ownerMatches(Image image, List<String> owners) {
        if (owners.isEmpty()) {
            return true;
        }
        for (String owner : owners) {
            if (owner.equals("self") && ctx.owns(image.ownerId())) {
                return true;
            }
            if (owner.equals(image.ownerId())
                    || image.ownerAlias().filter(owner::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean executableBy(Image image, List<String> users) {
        if (users.isEmpty()) {
            return true;
        }
        LaunchPermissions p = image.launchPermissions();
        for (String user : users) {
            if (user.equals("all") && p.isPublic()) {
                return true;
            }
            if (user.equals("self") && !ctx.owns(image.ownerId()) && p.sharesWith(ctx.caller())) {
                return true;
            }
            if (AccountId.isWellFormed(user)) {
                boolean named = ctx.world()
                        .accounts
                        .byId(new AccountId(user))
                        .map(p::namesAccount)
                        .orElse(false);
                if (named) {
                    return true;
                }
            }
        }
        return false;
    }

    private FilterSet<Image> filters() {
        // Tags belong to the owner: other accounts never see them, so they cannot filter on them either.
        Tags none = new Tags();
        return FilterSet.<Image>withTags(i -> ctx.owns(i.ownerId()) ? i.tags() : none)
                .addOne("image-id", Image::id)
                .addOne("name", Image::name)
                .addOne("description", i -> i.description().orElse(null))
                .addOne("state", i -> i.state().awsName())
                .addOne("is-public", i -> String.valueOf(i.launchPermissions().isPublic()))
                .addOne("owner-id", Image::ownerId)
                .addOne("owner-alias", i -> i.ownerAlias().orElse(null))
                .addOne("architecture", i -> i.architecture().awsName())
                .addOne("platform", i -> i.platform() == Platform.WINDOWS ? "windows" : null)
                .addOne("platform-details", i -> i.platform().platformDetails())
                .addOne("root-device-type", i -> "ebs")
                .addOne("root-device-name", Image::rootDeviceName)
                .addOne("virtualization-type", Image::virtualizationType)
                .addOne("image-type", i -> "machine")
                .addOne("hypervisor", i -> "xen")
                .addOne("ena-support", i -> String.valueOf(i.enaSupport()))
                .addOne("creation-date", i -> ImageTimes.iso(i.creationDate()))
                .addOne("source-instance-id", i -> i.origin() instanceof Image.FromInstance f ? f.instanceId() : null)
                .add("block-device-mapping.snapshot-id", Image::snapshotIds)
                .add(
                        "block-device-mapping.device-name",
                        i -> i.devices().stream().map(ImageDevice::deviceName).toList())
                .add(
                        "block-device-mapping.volume-size",
                        i -> i.devices().stream()
                                .filter(ImageDevice.Ebs.class::isInstance)
                                .map(d -> String.valueOf(((ImageDevice.Ebs) d).sizeGib()))
                                .toList())
                .add(
                        "block-device-mapping.encrypted",
                        i -> i.devices().stream()
                                .filter(ImageDevice.Ebs.class::isInstance)
                                .map(d -> String.valueOf(((ImageDevice.Ebs) d).encrypted()))
                                .toList());
    }
}
