package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.guest.Disk;

/**
 * CreateImage, RegisterImage and CopyImage: new AMIs start {@code pending} with one new snapshot per EBS volume and
 * become {@code available} on the clock (reference section 4.3-4.4).
 */
final class ImageCreation {

    private static final Set<String> IMAGE_TAGGABLE = Set.of("image", "snapshot");

    private final Ec2Context ctx;

    ImageCreation(Ec2Context ctx) {
        this.ctx = ctx;
    }

    Image create(ImageRequests.Create request) {
        Instance instance =
                new InstanceOperations(ctx).find(List.of(request.instanceId())).get(0);
        InstanceState state = instance.state();
        if (state != InstanceState.RUNNING && state != InstanceState.STOPPING && state != InstanceState.STOPPED) {
            throw Ec2Errors.instanceNotImageable(instance.id());
        }
        ImageNames.check(ctx, ctx.resources(), request.name());
        checkTagTypes(request.tagSpecifications());
        for (LaunchDevice d : request.devices()) {
            if (d.sizeGib().isPresent()) {
                throw Ec2Errors.imageVolumeSizeFixed(d.deviceName());
            }
        }
        RegionalResources res = ctx.resources();
        String imageId = ctx.world().ids.resourceId("ami");
        Instant now = ctx.now();
        int totalGib = 0;
        List<Volume> volumes = new ArrayList<>();
        for (Instance.BlockDevice device : instance.blockDevices()) {
            if (request.devices().stream()
                    .anyMatch(d -> d.noDevice() && d.deviceName().equals(device.deviceName()))) {
                continue;
            }
            Volume v = res.volumes.get(device.volumeId());
            volumes.add(v);
            totalGib += v.sizeGib();
        }
        Instant ready = now.plus(Durations.imageCreation(totalGib));
        List<ImageDevice> devices = new ArrayList<>();
        List<Snapshot> snapshots = new ArrayList<>();
        for (Volume v : volumes) {
            String device = v.attachment().map(Volume.Attachment::device).orElseThrow();
            Snapshot snap = new Snapshot(
                    ctx.world().ids.resourceId("snap"),
                    ctx.caller().id().value(),
                    Optional.of(v.id()),
                    v.sizeGib(),
                    v.encrypted(),
                    "Created by CreateImage(" + instance.id() + ") for " + imageId,
                    now,
                    ready,
                    v.disk().copy());
            snapshots.add(snap);
            boolean dot = request.devices().stream()
                    .filter(d -> d.deviceName().equals(device))
                    .flatMap(d -> d.deleteOnTermination().stream())
                    .findFirst()
                    .orElse(v.attachment()
                            .map(Volume.Attachment::deleteOnTermination)
                            .orElse(false));
            devices.add(new ImageDevice.Ebs(device, snap.id(), v.sizeGib(), v.volumeType(), dot, v.encrypted()));
        }
        instance.type().instanceStore().ifPresent(store -> {
            for (int i = 0; i < store.count(); i++) {
                devices.add(new ImageDevice.Ephemeral("/dev/sd" + (char) ('b' + i), "ephemeral" + i));
            }
        });
        boolean rebooted = !request.noReboot() && state == InstanceState.RUNNING;
        if (rebooted) {
            // EC2 shuts the guest down for consistent snapshots and boots it again; the API state stays running.
            instance.countReboot();
            instance.guest().reboot(now);
        }
        Image source = res.images.get(instance.imageId());
        Image image = new Image(
                imageId,
                ctx.caller().id().value(),
                Optional.empty(),
                request.name(),
                request.description(),
                instance.architecture(),
                instance.platform(),
                instance.rootDeviceName(),
                devices,
                "hvm",
                true,
                Optional.ofNullable(source).flatMap(Image::bootMode),
                now,
                ImageState.PENDING,
                new Image.FromInstance(instance.id(), request.noReboot(), rebooted));
        register(image, snapshots, request.tagSpecifications(), ready);
        return image;
    }

    Image register(ImageRequests.Register request) {
        ImageNames.check(ctx, ctx.resources(), request.name());
        checkTagTypes(request.tagSpecifications());
        Architecture arch = request.architecture()
                .map(a -> Architecture.fromAwsName(a).orElseThrow(() -> Ec2Errors.invalidValueFor(a, "architecture")))
                .orElse(Architecture.I386);
        String virtualization = request.virtualizationType().orElse("paravirtual");
        if (!virtualization.equals("hvm") && !virtualization.equals("paravirtual")) {
            throw Ec2Errors.invalidValueFor(virtualization, "virtualizationType");
        }
        String root = request.rootDeviceName().orElseThrow(() -> Ec2Errors.missingParameter("rootDeviceName"));
        List<ImageDevice> devices = new ArrayList<>();
        for (LaunchDevice d : request.devices()) {
            if (d.virtualName().isPresent()) {
                devices.add(new ImageDevice.Ephemeral(
                        d.deviceName(), d.virtualName().get()));
                continue;
            }
            if (d.snapshotId().isEmpty()) {
                throw Ec2Errors.ebsDeviceNeedsSnapshot(d.deviceName());
            }
            Snapshot snap = completedOwnSnapshot(d.snapshotId().get());
            int size = d.sizeGib().orElse(snap.sizeGib());
            if (size < snap.sizeGib()) {
                throw Ec2Errors.volumeSmallerThanSnapshot(size, snap.id(), snap.sizeGib());
            }
            devices.add(new ImageDevice.Ebs(
                    d.deviceName(),
                    snap.id(),
                    size,
                    d.volumeType().orElse("gp2"),
                    d.deleteOnTermination().orElse(true),
                    snap.encrypted()));
        }
        if (devices.stream().noneMatch(d -> d.deviceName().equals(root) && d instanceof ImageDevice.Ebs)) {
            throw Ec2Errors.rootDeviceNotMapped(root);
        }
        Instant now = ctx.now();
        Image image = new Image(
                ctx.world().ids.resourceId("ami"),
                ctx.caller().id().value(),
                Optional.empty(),
                request.name(),
                request.description(),
                arch,
                Platform.LINUX,
                root,
                devices,
                virtualization,
                request.enaSupport(),
                request.bootMode(),
                now,
                ImageState.PENDING,
                new Image.Registered());
        register(image, List.of(), request.tagSpecifications(), now.plus(Durations.imageCreation(0)));
        return image;
    }

    Image copy(ImageRequests.Copy request) {
        Ec2Context sourceCtx = new Ec2Context(ctx.world(), ctx.caller(), request.sourceRegion());
        ImageLookup lookup = new ImageLookup(sourceCtx);
        Image source = lookup.existing(request.sourceImageId());
        boolean owner = ctx.owns(source.ownerId());
        if (source.isDeregistered() || (!owner && !lookup.mayLaunch(source))) {
            throw Ec2Errors.imagesNotFound(List.of(source.id()));
        }
        if (source.state() != ImageState.AVAILABLE) {
            throw Ec2Errors.imageNotAvailable(source.id());
        }
        if (!owner) {
            // Copying a shared AMI needs read access to its snapshots, which the simulator never grants.
            throw Ec2Errors.noAccessToImageStorage();
        }
        ImageNames.check(ctx, ctx.resources(), request.name());
        checkTagTypes(request.tagSpecifications());
        Instant now = ctx.now();
        String imageId = ctx.world().ids.resourceId("ami");
        int totalGib = source.devices().stream()
                .filter(ImageDevice.Ebs.class::isInstance)
                .mapToInt(d -> ((ImageDevice.Ebs) d).sizeGib())
                .sum();
        Instant ready = now.plus(Durations.imageCreation(totalGib).multipliedBy(2));
        List<ImageDevice> devices = new ArrayList<>();
        List<Snapshot> snapshots = new ArrayList<>();
        for (ImageDevice d : source.devices()) {
            if (d instanceof ImageDevice.Ebs ebs) {
                // Encryption by default in the destination encrypts every snapshot copy (docs section 17).
                boolean encrypted = ebs.encrypted()
                        || request.encrypted()
                        || ctx.resources().encryptsEbsByDefault(ctx.caller().id());
                Snapshot original =
                        ctx.world().region(request.sourceRegion()).snapshots.get(ebs.snapshotId());
                Snapshot snap = new Snapshot(
                        ctx.world().ids.resourceId("snap"),
                        ctx.caller().id().value(),
                        Optional.empty(),
                        ebs.sizeGib(),
                        encrypted,
                        "Copied for DestinationAmi " + imageId + " from SourceAmi " + source.id()
                                + " for SourceSnapshot " + ebs.snapshotId(),
                        now,
                        ready,
                        original == null ? new Disk() : original.disk().copy());
                snapshots.add(snap);
                devices.add(new ImageDevice.Ebs(
                        ebs.deviceName(),
                        snap.id(),
                        ebs.sizeGib(),
                        ebs.volumeType(),
                        ebs.deleteOnTermination(),
                        encrypted));
            } else {
                devices.add(d);
            }
        }
        Optional<String> description = request.description()
                .or(() -> Optional.of("[Copied " + source.id() + " from "
                        + request.sourceRegion().id() + "] " + source.name()));
        Image image = new Image(
                imageId,
                ctx.caller().id().value(),
                Optional.empty(),
                request.name(),
                description,
                source.architecture(),
                source.platform(),
                source.rootDeviceName(),
                devices,
                source.virtualizationType(),
                source.enaSupport(),
                source.bootMode(),
                now,
                ImageState.PENDING,
                new Image.Copied(source.id(), request.sourceRegion().id()));
        if (request.copyImageTags()) {
            source.tags().asMap().forEach(image.tags()::put);
        }
        register(image, snapshots, request.tagSpecifications(), ready);
        return image;
    }

    private void register(Image image, List<Snapshot> snapshots, List<TagSpecification> tags, Instant ready) {
        RegionalResources res = ctx.resources();
        for (Snapshot s : snapshots) {
            res.snapshots.put(s.id(), s);
            // Billed at the full size of the volume: AWS bills only changed blocks, which the simulator does not track.
            ctx.world()
                    .meter
                    .open(
                            ctx.caller().id(),
                            ctx.region(),
                            "",
                            s.id(),
                            UsageType.EBS_SNAPSHOT,
                            "standard",
                            s.sizeGib(),
                            ctx.now());
        }
        res.images.put(image.id(), image);
        for (TagSpecification spec : tags) {
            if (spec.resourceType().equals("image")) {
                spec.tags().forEach(image.tags()::put);
            } else {
                snapshots.forEach(s -> spec.tags().forEach(s.tags()::put));
            }
        }
        ctx.world().scheduler.at(ready, at -> {
            snapshots.forEach(Snapshot::complete);
            if (image.state() == ImageState.PENDING) {
                image.setState(ImageState.AVAILABLE);
                ctx.world().imageStateChanged(image, ctx.region(), "", at);
            }
        });
    }

    private Snapshot completedOwnSnapshot(String id) {
        if (!ResourceIds.isSnapshotId(id)) {
            throw Ec2Errors.snapshotIdMalformed(id);
        }
        Snapshot snap = ctx.resources().snapshots.get(id);
        if (snap == null || snap.isDeleted() || !ctx.owns(snap.ownerId())) {
            throw Ec2Errors.snapshotNotFound(id);
        }
        if (snap.state() != SnapshotState.COMPLETED) {
            throw Ec2Errors.snapshotNotCompleted(id);
        }
        return snap;
    }

    private static void checkTagTypes(List<TagSpecification> specs) {
        for (TagSpecification spec : specs) {
            if (!IMAGE_TAGGABLE.contains(spec.resourceType())) {
                throw Ec2Errors.notTaggableHere(spec.resourceType());
            }
        }
    }
}
