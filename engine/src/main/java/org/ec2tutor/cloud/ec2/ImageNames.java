package org.ec2tutor.cloud.ec2;

import java.util.regex.Pattern;
import org.ec2tutor.cloud.error.Ec2Errors;

/** AMI name rules: 3-128 characters of letters, digits and ( ) [ ] space . / - ' @ _, unique per account and Region. */
final class ImageNames {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9()\\[\\] ./\\-'@_]{3,128}");

    private ImageNames() {}

    static void check(Ec2Context ctx, RegionalResources where, String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw Ec2Errors.amiNameMalformed();
        }
        for (Image image : where.images.values()) {
            if (ctx.owns(image.ownerId())
                    && !image.isDeregistered()
                    && image.name().equals(name)) {
                throw Ec2Errors.amiNameDuplicate(name, image.id());
            }
        }
    }
}
