package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * The AMI operations of one account in one Region: creation, listing, attributes and sharing, deprecation,
 * disabling, deregistration and block public access (reference section 4). Only the owner may change an image.
 */
public final class ImageOperations {

    private static final Pattern ORG_ARN =
            Pattern.compile("arn:aws:organizations::\\d{12}:organization/o-[a-z0-9]{10,32}");
    private static final Pattern OU_ARN =
            Pattern.compile("arn:aws:organizations::\\d{12}:ou/o-[a-z0-9]{10,32}/ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}");
    private static final Duration TEN_YEARS = Duration.ofDays(3650);

    private final Ec2Context ctx;
    private final ImageLookup lookup;

    ImageOperations(Ec2Context ctx) {
        this.ctx = ctx;
        this.lookup = new ImageLookup(ctx);
    }

    public Image create(ImageRequests.Create request) {
        return new ImageCreation(ctx).create(request);
    }

    public Image register(ImageRequests.Register request) {
        return new ImageCreation(ctx).register(request);
    }

    public Image copy(ImageRequests.Copy request) {
        return new ImageCreation(ctx).copy(request);
    }

    public Page<Image> describe(ImageRequests.Query query) {
        return new ImageQueries(ctx).describe(query);
    }

    /** An image for DescribeImageAttribute: owner only ({@code AuthFailure} otherwise). */
    public Image attributesOf(String imageId) {
        return lookup.owned(imageId);
    }

    public void setDescription(String imageId, String description) {
        Image image = lookup.owned(imageId);
        image.setDescription(description.isEmpty() ? Optional.empty() : Optional.of(description));
    }

    /**
     * Adds and removes launch permissions. Every item is validated before anything changes; making an image public is
     * refused while block public access is on; a public image gets the default two-year deprecation time.
     */
    public void changeLaunchPermission(
            String imageId, ImageRequests.PermissionItems add, ImageRequests.PermissionItems remove) {
        Image image = lookup.owned(imageId);
        if (image.state() == ImageState.PENDING) {
            throw Ec2Errors.imagePending(imageId);
        }
        List<LaunchPermission> toAdd = parse(add);
        List<LaunchPermission> toRemove = parse(remove);
        if (!toAdd.isEmpty() && image.state() == ImageState.DISABLED) {
            throw Ec2Errors.imageNotAvailable(imageId);
        }
        boolean makesPublic = toAdd.contains(new LaunchPermission.ForEveryone())
                && !image.launchPermissions().isPublic();
        if (makesPublic && ctx.world().blocksPublicSharing(ctx.caller().id(), ctx.region())) {
            throw Ec2Errors.publicSharingBlocked();
        }
        toRemove.forEach(image.launchPermissions()::remove);
        toAdd.forEach(image.launchPermissions()::add);
        if (image.launchPermissions().isPublic() && image.deprecationTime().isEmpty()) {
            image.setDeprecationTime(Optional.of(image.creationDate().plus(Ec2World.PUBLIC_DEPRECATION)));
        }
    }

    private static List<LaunchPermission> parse(ImageRequests.PermissionItems items) {
        List<LaunchPermission> out = new ArrayList<>();
        for (String user : items.userIds()) {
            if (!AccountId.isWellFormed(user)) {
                throw Ec2Errors.invalidAttributeItem(user, "userId");
            }
            out.add(new LaunchPermission.ForAccount(new AccountId(user)));
        }
        for (String group : items.groups()) {
            if (!group.equals("all")) {
                throw Ec2Errors.invalidAttributeItem(group, "group");
            }
            out.add(new LaunchPermission.ForEveryone());
        }
        for (String arn : items.organizationArns()) {
            if (!ORG_ARN.matcher(arn).matches()) {
                throw Ec2Errors.organizationArnExpected(arn);
            }
            out.add(new LaunchPermission.ForOrganization(arn));
        }
        for (String arn : items.organizationalUnitArns()) {
            if (!OU_ARN.matcher(arn).matches()) {
                throw Ec2Errors.organizationalUnitArnExpected(arn);
            }
            out.add(new LaunchPermission.ForOrganizationalUnit(arn));
        }
        return out;
    }

    /** ResetImageAttribute: only {@code launchPermission} can be reset; the image becomes private. */
    public void resetAttribute(String imageId, String attribute) {
        Image image = lookup.owned(imageId);
        if (!attribute.equals("launchPermission")) {
            throw Ec2Errors.onlyLaunchPermissionResets(attribute);
        }
        image.launchPermissions().clear();
    }

    /** EnableImageDeprecation: rounded to the minute; not in the past, at most ten years ahead (two if public). */
    public void enableDeprecation(String imageId, Instant deprecateAt) {
        Image image = lookup.owned(imageId);
        Instant at = deprecateAt.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
        if (at.isBefore(ctx.now())) {
            throw Ec2Errors.deprecationTimeInPast();
        }
        if (at.isAfter(ctx.now().plus(TEN_YEARS))) {
            throw Ec2Errors.deprecationTimeTooFar();
        }
        if (image.launchPermissions().isPublic()
                && at.isAfter(image.creationDate().plus(Ec2World.PUBLIC_DEPRECATION))) {
            throw Ec2Errors.publicDeprecationTimeTooFar();
        }
        image.setDeprecationTime(Optional.of(at));
    }

    /** DisableImageDeprecation; a public image keeps its default two-year deprecation time. */
    public void disableDeprecation(String imageId) {
        Image image = lookup.owned(imageId);
        image.setDeprecationTime(
                image.launchPermissions().isPublic()
                        ? Optional.of(image.creationDate().plus(Ec2World.PUBLIC_DEPRECATION))
                        : Optional.empty());
    }

    /** DisableImage: state {@code disabled}, every launch permission removed (not restored by EnableImage). */
    public void disable(String imageId) {
        Image image = lookup.owned(imageId);
        if (image.state() == ImageState.PENDING) {
            throw Ec2Errors.imagePending(imageId);
        }
        if (image.state() != ImageState.AVAILABLE && image.state() != ImageState.DISABLED) {
            throw Ec2Errors.imageNotAvailable(imageId);
        }
        image.setState(ImageState.DISABLED);
        image.launchPermissions().clear();
    }

    public void enable(String imageId) {
        Image image = lookup.owned(imageId);
        if (image.state() != ImageState.DISABLED && image.state() != ImageState.AVAILABLE) {
            throw Ec2Errors.imageNotAvailable(imageId);
        }
        image.setState(ImageState.AVAILABLE);
    }

    /**
     * DeregisterImage. Running instances are not touched. Snapshots are kept unless asked; a snapshot another AMI
     * still uses is reported {@code skipped}.
     */
    public List<ImageRequests.SnapshotDeletion> deregister(String imageId, boolean deleteSnapshots) {
        Image image = lookup.owned(imageId);
        image.markDeregistered(ctx.now());
        ctx.world().imageStateChanged(image, ctx.region(), "", ctx.now());
        List<ImageRequests.SnapshotDeletion> results = new ArrayList<>();
        if (deleteSnapshots) {
            StorageOperations storage = new StorageOperations(ctx);
            for (String snapshotId : image.snapshotIds()) {
                Snapshot snap = ctx.resources().snapshots.get(snapshotId);
                if (snap == null || snap.isDeleted()) {
                    results.add(new ImageRequests.SnapshotDeletion(snapshotId, "missing-permissions"));
                } else if (storage.imageUsing(snapshotId).isPresent()) {
                    results.add(new ImageRequests.SnapshotDeletion(snapshotId, "skipped"));
                } else {
                    storage.removeSnapshot(snap);
                    results.add(new ImageRequests.SnapshotDeletion(snapshotId, "success"));
                }
            }
        }
        return results;
    }

    /** {@code block-new-sharing} or {@code unblocked}. */
    public String blockPublicAccessState() {
        return ctx.world().blocksPublicSharing(ctx.caller().id(), ctx.region()) ? "block-new-sharing" : "unblocked";
    }

    public String enableBlockPublicAccess(String state) {
        if (!state.equals("block-new-sharing")) {
            throw Ec2Errors.invalidValueFor(state, "ImageBlockPublicAccessState");
        }
        ctx.resources().blockPublicSharing.put(ctx.caller().id(), true);
        return blockPublicAccessState();
    }

    public String disableBlockPublicAccess() {
        ctx.resources().blockPublicSharing.put(ctx.caller().id(), false);
        return blockPublicAccessState();
    }
}
