package org.ec2tutor.cloud.ec2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.guest.Disk;
import org.ec2tutor.cloud.guest.Guest;

/**
 * Gives a new instance its guest: the OS family from its image, the root volume at {@code /}, other EBS volumes at
 * {@code /mnt/DEVICE} (e.g. /dev/sdf at /mnt/sdf; a simplification of formatting and mounting them), instance-store
 * disks at {@code /media/ephemeralN} as Amazon Linux mounts them.
 */
final class GuestSetup {

    private GuestSetup() {}

    static void attach(Instance instance, Image image, InstanceType type, RegionalResources res) {
        Guest guest = new Guest(
                family(image), instance.privateDnsName().replaceFirst("\\..*$", ""), type.memoryGib(), type.vcpus());
        for (Instance.BlockDevice d : instance.blockDevices()) {
            Volume v = res.volumes.get(d.volumeId());
            String mount = d.deviceName().equals(instance.rootDeviceName())
                    ? "/"
                    : "/mnt/" + d.deviceName().substring(d.deviceName().lastIndexOf('/') + 1);
            guest.mount(mount, v.disk(), v.sizeGib());
            if (!mount.equals("/")) {
                guest.plug(d.deviceName(), v.disk(), v.sizeGib());
            }
        }
        type.instanceStore().ifPresent(store -> {
            for (int i = 0; i < store.count(); i++) {
                Disk disk = new Disk();
                instance.addInstanceStore(disk);
                guest.mount("/media/ephemeral" + i, disk, store.sizeGb());
            }
        });
        authorizeKey(instance, guest, res);
        instance.setGuest(guest);
        instance.setMetadataOptions(MetadataOptions.forImage(image));
    }

    /**
     * cloud-init puts the launch's key pair into the default user's {@code ~/.ssh/authorized_keys} at first boot; it
     * stays there even when the key pair is deleted later, and goes with the disk into an AMI.
     */
    private static void authorizeKey(Instance instance, Guest guest, RegionalResources res) {
        if (guest.family() == Guest.Family.WINDOWS) {
            return;
        }
        instance.keyName()
                .map(name ->
                        res.keyPairs.getOrDefault(instance.owner(), Map.of()).get(name))
                .ifPresent(key -> guest.authorizeKey(SshAccess.defaultUser(guest.family()), key.publicKey()));
    }

    private static Guest.Family family(Image image) {
        String name = image.name().toLowerCase(Locale.ROOT);
        if (image.platform() == Platform.WINDOWS) {
            return Guest.Family.WINDOWS;
        }
        return name.contains("ubuntu") ? Guest.Family.UBUNTU : Guest.Family.AMAZON_LINUX;
    }

    /** User data as the script cloud-init runs: base64-decoded, if it is a shell script (or plain commands). */
    static Optional<String> script(String base64) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
