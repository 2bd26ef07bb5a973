package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An AMI. Identity, origin and layout are fixed at creation; state, description, launch permissions, deprecation and
 * tags change through the operations of this package only.
 */
public final class Image {

    /** Where an image came from, for the fields DescribeImages shows and the checks lessons make. */
    public sealed interface Origin {}

    public record FromCatalog(Optional<String> ssmParameter) implements Origin {}

    /** CreateImage; {@code rebooted} is whether the instance was rebooted (NoReboot false while running). */
    public record FromInstance(String instanceId, boolean noReboot, boolean rebooted) implements Origin {}

    public record Registered() implements Origin {}

    public record Copied(String sourceImageId, String sourceRegion) implements Origin {}

    private final String id;
    private final String ownerId;
    private final Optional<String> ownerAlias;
    private final String name;
    private final Architecture architecture;
    private final Platform platform;
    private final String rootDeviceName;
    private final List<ImageDevice> devices;
    private final String virtualizationType;
    private final boolean enaSupport;
    private final Optional<String> bootMode;
    private final Instant creationDate;
    private final Origin origin;
    private final LaunchPermissions launchPermissions = new LaunchPermissions();
    private final Tags tags = new Tags();
    private Optional<String> description;
    private ImageState state;
    private Optional<String> stateReason = Optional.empty();
    private Optional<Instant> deprecationTime = Optional.empty();
    private Optional<Instant> deregisteredAt = Optional.empty();
    private Optional<Instant> lastLaunchedTime = Optional.empty();

    Image(
            String id,
            String ownerId,
            Optional<String> ownerAlias,
            String name,
            Optional<String> description,
            Architecture architecture,
            Platform platform,
            String rootDeviceName,
            List<ImageDevice> devices,
            String virtualizationType,
            boolean enaSupport,
            Optional<String> bootMode,
            Instant creationDate,
            ImageState state,
            Origin origin) {
        this.id = id;
        this.ownerId = ownerId;
        this.ownerAlias = ownerAlias;
        this.name = name;
        this.description = description;
        this.architecture = architecture;
        this.platform = platform;
        this.rootDeviceName = rootDeviceName;
        this.devices = List.copyOf(devices);
        this.virtualizationType = virtualizationType;
        this.enaSupport = enaSupport;
        this.bootMode = bootMode;
        this.creationDate = creationDate;
        this.state = state;
        this.origin = origin;
    }

    public String id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public Optional<String> ownerAlias() {
        return ownerAlias;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return description;
    }

    public Architecture architecture() {
        return architecture;
    }

    public Platform platform() {
        return platform;
    }

    public String rootDeviceName() {
        return rootDeviceName;
    }

    public List<ImageDevice> devices() {
        return devices;
    }

    public String virtualizationType() {
        return virtualizationType;
    }

    public boolean enaSupport() {
        return enaSupport;
    }

    public Optional<String> bootMode() {
        return bootMode;
    }

    public Instant creationDate() {
        return creationDate;
    }

    public Origin origin() {
        return origin;
    }

    public LaunchPermissions launchPermissions() {
        return launchPermissions;
    }

    public Tags tags() {
        return tags;
    }

    public ImageState state() {
        return state;
    }

    public Optional<String> stateReason() {
        return stateReason;
    }

    public Optional<Instant> deprecationTime() {
        return deprecationTime;
    }

    public Optional<Instant> deregisteredAt() {
        return deregisteredAt;
    }

    public Optional<Instant> lastLaunchedTime() {
        return lastLaunchedTime;
    }

    /** {@code ImageLocation}: "amazon/NAME" for Amazon's images, "OWNER/NAME" otherwise. */
    public String imageLocation() {
        return ownerAlias.orElse(ownerId) + "/" + name;
    }

    public boolean isDeprecated(Instant now) {
        return deprecationTime.map(t -> !t.isAfter(now)).orElse(false);
    }

    public boolean isDeregistered() {
        return state == ImageState.DEREGISTERED;
    }

    /** The root device's EBS mapping (every simulated image is EBS-backed). */
    public Optional<ImageDevice.Ebs> rootDevice() {
        return devices.stream()
                .filter(d -> d.deviceName().equals(rootDeviceName))
                .filter(ImageDevice.Ebs.class::isInstance)
                .map(ImageDevice.Ebs.class::cast)
                .findFirst();
    }

    public List<String> snapshotIds() {
        return devices.stream()
                .filter(ImageDevice.Ebs.class::isInstance)
                .map(d -> ((ImageDevice.Ebs) d).snapshotId())
                .toList();
    }

    public Optional<String> publicSsmParameter() {
        return origin instanceof FromCatalog c ? c.ssmParameter() : Optional.empty();
    }

    void setState(ImageState state) {
        this.state = state;
    }

    void setStateReason(Optional<String> reason) {
        this.stateReason = reason;
    }

    void setDescription(Optional<String> description) {
        this.description = description;
    }

    void setDeprecationTime(Optional<Instant> time) {
        this.deprecationTime = time;
    }

    void setLastLaunchedTime(Instant time) {
        this.lastLaunchedTime = Optional.of(time);
    }

    void markDeregistered(Instant at) {
        state = ImageState.DEREGISTERED;
        deregisteredAt = Optional.of(at);
        launchPermissions.clear();
    }
}
