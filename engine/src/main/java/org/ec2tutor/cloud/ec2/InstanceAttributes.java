package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.cloud.error.Ec2Errors;

/** ModifyInstanceAttribute's rules: which attribute may change in which state (reference section 2.8). */
final class InstanceAttributes {

    /** Security groups per network interface, AWS's default quota. */
    private static final int GROUPS_PER_INTERFACE = 5;

    private final Ec2Context ctx;

    InstanceAttributes(Ec2Context ctx) {
        this.ctx = ctx;
    }

    void modify(Instance instance, InstanceAttribute attribute) {
        if (instance.state() == InstanceState.TERMINATED || instance.state() == InstanceState.SHUTTING_DOWN) {
            throw Ec2Errors.cannotModify(instance.id());
        }
        if (attribute instanceof InstanceAttribute.InstanceTypeChange change) {
            changeType(instance, change.instanceType());
        } else if (attribute instanceof InstanceAttribute.UserDataChange change) {
            requireStoppedNotHibernated(instance);
            change.userData().ifPresent(UserData::check);
            instance.setUserData(change.userData());
        } else if (attribute instanceof InstanceAttribute.TerminationProtection p) {
            instance.setDisableApiTermination(p.disableApiTermination());
        } else if (attribute instanceof InstanceAttribute.StopProtection p) {
            instance.setDisableApiStop(p.disableApiStop());
        } else if (attribute instanceof InstanceAttribute.ShutdownBehaviorChange b) {
            instance.setShutdownBehavior(ShutdownBehavior.fromAwsName(b.behavior())
                    .orElseThrow(() -> Ec2Errors.invalidValueFor(b.behavior(), "InstanceInitiatedShutdownBehavior")));
        } else if (attribute instanceof InstanceAttribute.DeleteOnTerminationChange d) {
            changeDeleteOnTermination(instance, d);
        } else if (attribute instanceof InstanceAttribute.GroupsChange g) {
            changeGroups(instance, g.groupIds());
        }
    }

    /** Groups by id, at most five per interface (VPC quotas), all in the instance's VPC. */
    private void changeGroups(Instance instance, List<String> ids) {
        if (ids.isEmpty()) {
            throw Ec2Errors.missingParameter("GroupId");
        }
        SecurityGroupOperations groups = new SecurityGroupOperations(ctx);
        List<Instance.GroupRef> refs = new ArrayList<>();
        for (String id : ids.stream().distinct().toList()) {
            SecurityGroup g = groups.byId(id);
            if (!g.vpcId().equals(instance.vpcId())) {
                throw Ec2Errors.groupAndSubnetInDifferentNetworks(id, instance.subnetId());
            }
            refs.add(new Instance.GroupRef(g.id(), g.name()));
        }
        if (refs.size() > GROUPS_PER_INTERFACE) {
            throw Ec2Errors.tooManyGroups();
        }
        instance.setSecurityGroups(refs);
        InstanceMetadata.publish(instance);
    }

    private void changeType(Instance instance, String typeName) {
        requireStoppedNotHibernated(instance);
        InstanceType type = ctx.world().types.find(typeName).orElseThrow(() -> Ec2Errors.unknownInstanceType(typeName));
        if (!type.supports(instance.architecture())) {
            throw Ec2Errors.typeArchitectureMismatch(
                    typeName, instance.architecture().awsName());
        }
        if (instance.hibernationConfigured() && !type.hibernationSupported()) {
            throw Ec2Errors.hibernationUnsupportedType(typeName);
        }
        if (type.isMac()) {
            throw Ec2Errors.unsupportedConfiguration();
        }
        instance.setType(type);
    }

    private static void requireStoppedNotHibernated(Instance instance) {
        if (instance.state() != InstanceState.STOPPED) {
            throw Ec2Errors.notStopped(instance.id());
        }
        if (instance.hibernated()) {
            throw Ec2Errors.hibernatedCannotBeModified(instance.id());
        }
    }

    private void changeDeleteOnTermination(Instance instance, InstanceAttribute.DeleteOnTerminationChange change) {
        for (InstanceAttribute.DeviceFlag flag : change.devices()) {
            boolean mapped = instance.blockDevices().stream()
                    .anyMatch(d -> d.deviceName().equals(flag.deviceName()));
            if (!mapped) {
                throw Ec2Errors.noDeviceMappedAt(flag.deviceName());
            }
        }
        for (InstanceAttribute.DeviceFlag flag : change.devices()) {
            for (Instance.BlockDevice device : instance.blockDevices()) {
                if (device.deviceName().equals(flag.deviceName())) {
                    Volume v = ctx.resources().volumes.get(device.volumeId());
                    if (v != null) {
                        v.setDeleteOnTermination(flag.deleteOnTermination());
                    }
                }
            }
        }
    }
}
