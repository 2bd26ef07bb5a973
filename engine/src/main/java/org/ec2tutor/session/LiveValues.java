package org.ec2tutor.session;

import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.cli.CliCompleter;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;

/** Completion values from the learner's own account, read through its client as the learner would. */
final class LiveValues implements CliCompleter.Values {

    private final SessionState state;

    LiveValues(SessionState state) {
        this.state = state;
    }

    private Ec2Client ec2() {
        return state.ec2();
    }

    @Override
    public List<String> instanceIds() {
        List<String> ids = new ArrayList<>();
        ec2().describeInstances(b -> {})
                .reservations()
                .forEach(r -> r.instances().forEach(i -> ids.add(i.instanceId())));
        return ids;
    }

    @Override
    public List<String> imageIds() {
        List<String> ids = new ArrayList<>(ec2().describeImages(b -> b.owners("self")).images().stream()
                .map(Image::imageId)
                .toList());
        ec2().describeImages(b -> b.owners("amazon")).images().forEach(i -> ids.add(i.imageId()));
        return ids;
    }

    @Override
    public List<String> instanceTypes() {
        return ec2().describeInstanceTypes(b -> {}).instanceTypes().stream()
                .map(InstanceTypeInfo::instanceTypeAsString)
                .toList();
    }
}
