package org.ec2tutor.cloud.ec2;

import java.util.List;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * RunInstances' {@code MetadataOptions} and ModifyInstanceMetadataOptions: changes an instance's IMDS options and
 * tells its guest at once (AWS reports the change {@code pending}, then {@code applied}; the simulator applies it
 * immediately). Works on running and stopped instances; a terminated one cannot be modified.
 */
public final class MetadataOptionsOperations {

    private final Ec2Context ctx;

    MetadataOptionsOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    /** Checks a launch's options before anything is launched. */
    public static void validate(MetadataOptions.Change change) {
        change.validate();
    }

    /** Applies a launch's options to the instances it made. */
    public void applyAtLaunch(List<Instance> instances, MetadataOptions.Change change) {
        for (Instance i : instances) {
            apply(i, change);
        }
    }

    public Instance modify(String instanceId, MetadataOptions.Change change) {
        change.validate();
        Instance i = new InstanceOperations(ctx).describeOne(instanceId);
        if (i.state() == InstanceState.TERMINATED || i.state() == InstanceState.SHUTTING_DOWN) {
            throw Ec2Errors.cannotModify(instanceId);
        }
        apply(i, change);
        return i;
    }

    private static void apply(Instance i, MetadataOptions.Change change) {
        i.setMetadataOptions(i.metadataOptions().with(change));
        if (i.guest() != null) {
            i.guest().metadataService().configure(i.metadataOptions().guestSettings());
        }
    }
}
