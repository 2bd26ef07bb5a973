package org.ec2tutor.sdk;

import java.util.List;
import org.ec2tutor.cloud.ec2.Image;
import org.ec2tutor.cloud.ec2.ImageOperations;
import org.ec2tutor.cloud.ec2.ImageRequests;
import org.ec2tutor.cloud.ec2.ImageTimes;
import org.ec2tutor.cloud.error.Ec2Errors;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeResponse;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeRequest;

/** Describe/ModifyImageAttribute: the attribute names and both request forms (structured and legacy). */
final class ImageAttributeRequests {

    private ImageAttributeRequests() {}

    static DescribeImageAttributeResponse describe(Image image, String attribute) {
        if (attribute == null) {
            throw Ec2Errors.missingParameter("Attribute");
        }
        var b = DescribeImageAttributeResponse.builder().imageId(image.id());
        return switch (attribute) {
            case "description" ->
                b.description(image.description()
                                .map(d -> AttributeValue.builder().value(d).build())
                                .orElse(AttributeValue.builder().build()))
                        .build();
            case "launchPermission" ->
                b.launchPermissions(ImageResponses.permissions(
                                image.launchPermissions().grants()))
                        .build();
            case "productCodes" -> b.productCodes(List.of()).build();
            case "blockDeviceMapping" -> {
                // "Using this attribute returns the Client.AuthFailure error" (DescribeImageAttribute reference).
                throw Ec2Errors.restrictedAttribute();
            }
            case "bootMode" ->
                b.bootMode(image.bootMode()
                                .map(m -> AttributeValue.builder().value(m).build())
                                .orElse(AttributeValue.builder().build()))
                        .build();
            case "imdsSupport" ->
                b.imdsSupport(AttributeValue.builder().build()).build();
            case "lastLaunchedTime" ->
                b.lastLaunchedTime(image.lastLaunchedTime()
                                .map(t -> AttributeValue.builder()
                                        .value(ImageTimes.iso(t))
                                        .build())
                                .orElse(AttributeValue.builder().build()))
                        .build();
            case "deregistrationProtection" ->
                b.deregistrationProtection(
                                AttributeValue.builder().value("disabled").build())
                        .build();
            case "sriovNetSupport" ->
                b.sriovNetSupport(AttributeValue.builder().value("simple").build())
                        .build();
            case "kernel", "ramdisk" -> b.build();
            default -> throw Ec2Errors.invalidValueFor(attribute, "attribute");
        };
    }

    /** One attribute per call: a description, or a launch permission change (structured or legacy form). */
    static void modify(ImageOperations images, ModifyImageAttributeRequest r) {
        String attribute = r.attribute();
        boolean description = r.description() != null || "description".equals(attribute);
        boolean permission = r.launchPermission() != null
                || "launchPermission".equals(attribute)
                || !r.userIds().isEmpty()
                || !r.userGroups().isEmpty()
                || !r.organizationArns().isEmpty()
                || !r.organizationalUnitArns().isEmpty();
        if (description && permission) {
            throw Ec2Errors.multipleAttributeTypes(List.of("description", "launchPermission"));
        }
        if (description) {
            String text = r.description() != null ? r.description().value() : r.value();
            images.setDescription(r.imageId(), text == null ? "" : text);
            return;
        }
        if (!permission) {
            if (attribute != null) {
                throw Ec2Errors.invalidValueFor(attribute, "attribute");
            }
            throw Ec2Errors.missingParameter("Attribute");
        }
        ImageRequests.PermissionItems add = ImageRequests.PermissionItems.none();
        ImageRequests.PermissionItems remove = ImageRequests.PermissionItems.none();
        if (r.launchPermission() != null) {
            add = Ec2Requests.permissionItems(r.launchPermission().add());
            remove = Ec2Requests.permissionItems(r.launchPermission().remove());
        }
        // Legacy form: --operation-type add|remove --user-ids ... --user-groups all
        ImageRequests.PermissionItems legacy = new ImageRequests.PermissionItems(
                r.userIds(), r.userGroups(), r.organizationArns(), r.organizationalUnitArns());
        if (!legacy.isEmpty()) {
            if ("remove".equals(r.operationTypeAsString())) {
                remove = legacy;
            } else if ("add".equals(r.operationTypeAsString())) {
                add = legacy;
            } else {
                throw Ec2Errors.missingParameter("OperationType");
            }
        }
        images.changeLaunchPermission(r.imageId(), add, remove);
    }
}
