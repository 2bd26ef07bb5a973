package org.ec2tutor.sdk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.ec2.Instance;
import org.ec2tutor.cloud.ec2.InstanceAttribute;
import org.ec2tutor.cloud.ec2.Volume;
import org.ec2tutor.cloud.error.Ec2Errors;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeRequest;

/** ModifyInstanceAttribute's many optional fields to the one change they carry, and DescribeInstanceAttribute. */
final class InstanceAttributeRequests {

    private InstanceAttributeRequests() {}

    static InstanceAttribute change(ModifyInstanceAttributeRequest r) {
        List<InstanceAttribute> changes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (r.instanceType() != null) {
            changes.add(
                    new InstanceAttribute.InstanceTypeChange(r.instanceType().value()));
            names.add("instanceType");
        }
        if (r.userData() != null) {
            changes.add(new InstanceAttribute.UserDataChange(
                    Optional.ofNullable(r.userData().value())
                            .map(b -> Base64.getEncoder().encodeToString(b.asByteArray()))
                            .filter(s -> !s.isEmpty())));
            names.add("userData");
        }
        if (r.disableApiTermination() != null) {
            changes.add(new InstanceAttribute.TerminationProtection(
                    r.disableApiTermination().value()));
            names.add("disableApiTermination");
        }
        if (r.disableApiStop() != null) {
            changes.add(new InstanceAttribute.StopProtection(r.disableApiStop().value()));
            names.add("disableApiStop");
        }
        if (r.instanceInitiatedShutdownBehavior() != null) {
            changes.add(new InstanceAttribute.ShutdownBehaviorChange(
                    r.instanceInitiatedShutdownBehavior().value()));
            names.add("instanceInitiatedShutdownBehavior");
        }
        if (r.hasBlockDeviceMappings() && !r.blockDeviceMappings().isEmpty()) {
            changes.add(new InstanceAttribute.DeleteOnTerminationChange(r.blockDeviceMappings().stream()
                    .map(m -> new InstanceAttribute.DeviceFlag(
                            m.deviceName(),
                            m.ebs() != null && Boolean.TRUE.equals(m.ebs().deleteOnTermination())))
                    .toList()));
            names.add("blockDeviceMapping");
        }
        if (r.hasGroups() && !r.groups().isEmpty()) {
            changes.add(new InstanceAttribute.GroupsChange(r.groups()));
            names.add("groupSet");
        }
        if (r.attributeAsString() != null) {
            changes.add(legacy(r.attributeAsString(), r.value()));
            names.add(r.attributeAsString());
        }
        if (changes.isEmpty()) {
            throw Ec2Errors.missingParameter("Attribute");
        }
        if (changes.size() > 1) {
            throw Ec2Errors.multipleAttributeTypes(names);
        }
        return changes.get(0);
    }

    /** The older {@code --attribute NAME --value VALUE} form. */
    private static InstanceAttribute legacy(String attribute, String value) {
        if (value == null) {
            throw Ec2Errors.missingParameter("Value");
        }
        return switch (attribute) {
            case "instanceType" -> new InstanceAttribute.InstanceTypeChange(value);
            case "userData" ->
                new InstanceAttribute.UserDataChange(
                        value.isEmpty()
                                ? Optional.empty()
                                : Optional.of(
                                        Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
            case "disableApiTermination" -> new InstanceAttribute.TerminationProtection(Boolean.parseBoolean(value));
            case "disableApiStop" -> new InstanceAttribute.StopProtection(Boolean.parseBoolean(value));
            case "instanceInitiatedShutdownBehavior" -> new InstanceAttribute.ShutdownBehaviorChange(value);
            default -> throw Ec2Errors.instanceAttributeNotSimulated(attribute);
        };
    }

    static DescribeInstanceAttributeResponse describe(Instance i, String attribute, Map<String, Volume> volumes) {
        if (attribute == null) {
            throw Ec2Errors.missingParameter("Attribute");
        }
        var b = DescribeInstanceAttributeResponse.builder().instanceId(i.id());
        return switch (attribute) {
            case "instanceType" -> b.instanceType(value(i.type().name())).build();
            case "userData" ->
                b.userData(i.userData()
                                .map(InstanceAttributeRequests::value)
                                .orElse(AttributeValue.builder().build()))
                        .build();
            case "disableApiTermination" ->
                b.disableApiTermination(bool(i.disableApiTermination())).build();
            case "disableApiStop" -> b.disableApiStop(bool(i.disableApiStop())).build();
            case "instanceInitiatedShutdownBehavior" ->
                b.instanceInitiatedShutdownBehavior(value(i.shutdownBehavior().awsName()))
                        .build();
            case "rootDeviceName" -> b.rootDeviceName(value(i.rootDeviceName())).build();
            case "blockDeviceMapping" ->
                b.blockDeviceMappings(blockDevices(i, volumes)).build();
            case "sourceDestCheck" -> b.sourceDestCheck(bool(true)).build();
            case "groupSet" ->
                b.groups(i.securityGroups().stream()
                                .map(g -> GroupIdentifier.builder()
                                        .groupId(g.id())
                                        .groupName(g.name())
                                        .build())
                                .toList())
                        .build();
            case "ebsOptimized" ->
                b.ebsOptimized(bool(!i.type().family().equals("t2"))).build();
            case "enaSupport" -> b.enaSupport(bool(true)).build();
            case "productCodes" -> b.productCodes(List.of()).build();
            default -> throw Ec2Errors.invalidValueFor(attribute, "attribute");
        };
    }

    private static AttributeValue value(String v) {
        return AttributeValue.builder().value(v).build();
    }

    private static AttributeBooleanValue bool(boolean v) {
        return AttributeBooleanValue.builder().value(v).build();
    }

    private static List<InstanceBlockDeviceMapping> blockDevices(Instance i, Map<String, Volume> volumes) {
        List<InstanceBlockDeviceMapping> out = new ArrayList<>();
        for (Instance.BlockDevice d : i.blockDevices()) {
            Volume v = volumes.get(d.volumeId());
            if (v != null && v.attachment().isPresent()) {
                out.add(InstanceBlockDeviceMapping.builder()
                        .deviceName(d.deviceName())
                        .ebs(EbsInstanceBlockDevice.builder()
                                .attachTime(v.attachment().get().attachTime())
                                .deleteOnTermination(v.attachment().get().deleteOnTermination())
                                .status("attached")
                                .volumeId(v.id())
                                .build())
                        .build());
            }
        }
        return out;
    }
}
