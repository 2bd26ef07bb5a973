package org.ec2tutor.session;

import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.render.AccountView;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Builds {@link AccountView} from what the current account sees through its own client, as a learner would. */
final class AccountViews {

    private AccountViews() {}

    static AccountView of(SessionState s) {
        Ec2Client ec2 = s.ec2();
        List<AccountView.InstanceRow> instances = new ArrayList<>();
        ec2.describeInstances(b -> {})
                .reservations()
                .forEach(r -> r.instances()
                        .forEach(i -> instances.add(new AccountView.InstanceRow(
                                i.instanceId(),
                                name(i),
                                i.instanceTypeAsString(),
                                i.state().nameAsString(),
                                orDash(i.publicIpAddress()),
                                orDash(i.privateIpAddress()),
                                i.imageId()))));
        List<AccountView.ImageRow> images = new ArrayList<>();
        for (Image img :
                ec2.describeImages(b -> b.owners("self").includeDisabled(true)).images()) {
            List<String> grants = new ArrayList<>();
            ec2.describeImageAttribute(b -> b.imageId(img.imageId()).attribute("launchPermission"))
                    .launchPermissions()
                    .forEach(p -> grants.add(
                            p.groupAsString() != null
                                    ? "public"
                                    : p.userId() != null
                                            ? p.userId()
                                            : p.organizationArn() != null ? "organization" : "OU"));
            String deprecated = img.deprecationTime() != null ? " (deprecates " + img.deprecationTime() + ")" : "";
            images.add(new AccountView.ImageRow(
                    img.imageId(),
                    img.name(),
                    img.stateAsString(),
                    (grants.isEmpty() ? "private" : "shared: " + String.join(", ", grants)) + deprecated));
        }
        List<AccountView.VolumeRow> volumes = new ArrayList<>();
        ec2.describeVolumes(b -> {})
                .volumes()
                .forEach(v -> volumes.add(new AccountView.VolumeRow(
                        v.volumeId(),
                        v.size(),
                        v.volumeTypeAsString(),
                        v.stateAsString(),
                        v.attachments().isEmpty()
                                ? "-"
                                : v.attachments().get(0).instanceId() + " "
                                        + v.attachments().get(0).device())));
        List<AccountView.SnapshotRow> snapshots = new ArrayList<>();
        ec2.describeSnapshots(b -> b.ownerIds("self"))
                .snapshots()
                .forEach(sn -> snapshots.add(new AccountView.SnapshotRow(
                        sn.snapshotId(), sn.volumeSize(), sn.stateAsString(), sn.description())));
        return new AccountView(
                s.profile(), s.accountId(), s.region(), s.now().toString(), instances, images, volumes, snapshots);
    }

    private static String name(Instance i) {
        return i.tags().stream()
                .filter(t -> t.key().equals("Name"))
                .map(Tag::value)
                .findFirst()
                .orElse("-");
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
