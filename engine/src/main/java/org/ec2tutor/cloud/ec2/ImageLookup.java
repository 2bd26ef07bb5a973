package org.ec2tutor.cloud.ec2;

import java.util.List;
import org.ec2tutor.cloud.error.Ec2Errors;

/** Finding an AMI by id for an operation, with the errors AWS gives when it cannot be used. */
final class ImageLookup {

    private final Ec2Context ctx;

    ImageLookup(Ec2Context ctx) {
        this.ctx = ctx;
    }

    /** Whether the caller may see {@code image} in a listing at all (deprecation and disabled flags aside). */
    boolean mayLaunch(Image image) {
        return ctx.owns(image.ownerId()) || image.launchPermissions().allows(ctx.caller());
    }

    /** An image the caller can launch now, or AWS's refusal (section 5.2 of the reference, in AWS's order). */
    Image launchable(String id) {
        Image image = existing(id);
        if (image.isDeregistered()) {
            throw Ec2Errors.imagesNotFound(List.of(id));
        }
        boolean owner = ctx.owns(image.ownerId());
        if (!owner && !image.launchPermissions().allows(ctx.caller())) {
            throw Ec2Errors.notAuthorizedForImages(id);
        }
        return switch (image.state()) {
            case AVAILABLE -> image;
            case PENDING -> throw Ec2Errors.imagePendingCannotRun(id);
            default -> throw Ec2Errors.imageNotAvailable(id);
        };
    }

    /** An image the caller owns, for attribute changes, deprecation, disabling and deregistration. */
    Image owned(String id) {
        Image image = existing(id);
        if (!ctx.owns(image.ownerId())) {
            throw Ec2Errors.notAuthorizedForImage(id);
        }
        if (image.isDeregistered()) {
            throw Ec2Errors.imageNoLongerAvailable(id);
        }
        return image;
    }

    /** An image that exists in this Region (in any state), by a well-formed id. */
    Image existing(String id) {
        if (!ResourceIds.isImageId(id)) {
            throw Ec2Errors.imageIdMalformed(id);
        }
        Image image = ctx.resources().images.get(id);
        if (image == null) {
            throw Ec2Errors.imagesNotFound(List.of(id));
        }
        return image;
    }
}
