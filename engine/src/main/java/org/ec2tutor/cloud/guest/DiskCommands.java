package org.ec2tutor.cloud.guest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lsblk}, {@code mkfs}, {@code mount} and {@code umount} over the guest's block devices: enough to format an
 * attached EBS volume, mount it and see it, as the EBS User Guide's "Make a volume available for use" does. Output
 * follows util-linux and xfsprogs in shape; sizes and numbers are the simulator's.
 */
final class DiskCommands {

    private final Guest guest;
    private final StringBuilder out;
    private final StringBuilder err;

    DiskCommands(Guest guest, StringBuilder out, StringBuilder err) {
        this.guest = guest;
        this.out = out;
        this.err = err;
    }

    int lsblk() {
        out.append(String.format(
                "%-14s %-7s %2s %4s %2s %-4s %s%n", "NAME", "MAJ:MIN", "RM", "SIZE", "RO", "TYPE", "MOUNTPOINTS"));
        int root = guest.mountSizesGib().getOrDefault("/", 0);
        out.append(row("nvme0n1", "259:0", root, "disk", ""));
        out.append(row("└─nvme0n1p1", "259:1", root, "part", "/"));
        int minor = 2;
        for (Guest.BlockDevice d : guest.blockDevices()) {
            out.append(row(
                    d.kernelName(),
                    "259:" + minor++,
                    d.sizeGib(),
                    "disk",
                    mountPointOf(d).orElse("")));
        }
        return 0;
    }

    /** {@code mkfs -t TYPE DEVICE}, {@code mkfs.xfs [-f] DEVICE}, {@code mkfs.ext4 DEVICE}. */
    int mkfs(String command, List<String> args) {
        String type = command.startsWith("mkfs.") ? command.substring(5) : "ext2";
        boolean force = false;
        String path = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-t") && i + 1 < args.size()) {
                type = args.get(++i);
            } else if (a.equals("-f") || a.equals("-F")) {
                force = true;
            } else if (!a.startsWith("-")) {
                path = a;
            }
        }
        String tool = "mkfs." + type;
        if (path == null) {
            return fail("Usage: " + tool + " [options] device", 1);
        }
        if (!type.equals("xfs") && !type.startsWith("ext")) {
            return fail("mkfs: failed to execute " + tool + ": No such file or directory", 1);
        }
        Optional<Guest.BlockDevice> device = guest.blockDevice(path);
        if (device.isEmpty()) {
            return fail(tool + ": cannot open " + path + ": No such file or directory", 1);
        }
        Guest.BlockDevice d = device.get();
        String kernelPath = "/dev/" + d.kernelName();
        if (mountPointOf(d).isPresent()) {
            return fail(tool + ": " + kernelPath + " contains a mounted filesystem", 1);
        }
        if (type.equals("xfs") && d.disk().filesystem().isPresent() && !force) {
            return fail(
                    tool + ": " + kernelPath + " appears to contain an existing filesystem ("
                            + d.disk().filesystem().get() + ").\n" + tool + ": Use the -f option to force overwrite.",
                    1);
        }
        long blocks = d.sizeGib() * 262_144L;
        if (type.equals("xfs")) {
            out.append(
                    String.format("meta-data=%-22s isize=512    agcount=4, agsize=%d blks%n", kernelPath, blocks / 4));
            out.append(String.format("data     =%-22s bsize=4096   blocks=%d, imaxpct=25%n", "", blocks));
        } else {
            out.append("mke2fs 1.46.5 (30-Dec-2021)\n");
            out.append(String.format("Creating filesystem with %d 4k blocks%n", blocks));
            out.append("Writing superblocks and filesystem accounting information: done\n");
        }
        d.disk().format(type);
        return 0;
    }

    /** {@code mount DEVICE DIR}; {@code mount} alone lists the mounted EBS file systems. */
    int mount(List<String> args) {
        List<String> plain = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (plain.isEmpty()) {
            for (Guest.BlockDevice d : guest.blockDevices()) {
                mountPointOf(d)
                        .ifPresent(m -> out.append("/dev/" + d.kernelName() + " on " + m + " type "
                                + d.disk().filesystem().orElse("xfs") + " (rw,relatime)\n"));
            }
            return 0;
        }
        if (plain.size() < 2) {
            return fail("mount: " + plain.get(0) + ": can't find in /etc/fstab.", 1);
        }
        String path = plain.get(0);
        String dir = plain.get(1);
        Optional<Guest.BlockDevice> device = guest.blockDevice(path);
        if (device.isEmpty()) {
            return fail("mount: " + dir + ": special device " + path + " does not exist.", 32);
        }
        Guest.BlockDevice d = device.get();
        Guest.Located at = guest.locate(dir);
        if (!at.disk().isDirectory(dir) && !guest.mounts().containsKey(dir)) {
            return fail("mount: " + dir + ": mount point does not exist.", 32);
        }
        Optional<String> already = mountPointOf(d);
        if (already.isPresent()) {
            return fail(
                    "mount: " + dir + ": /dev/" + d.kernelName() + " already mounted on " + already.get() + ".", 32);
        }
        if (d.disk().filesystem().isEmpty()) {
            return fail(
                    "mount: " + dir + ": wrong fs type, bad option, bad superblock on /dev/" + d.kernelName()
                            + ", missing codepage or helper program, or other error.",
                    32);
        }
        guest.mountManually(dir, d);
        return 0;
    }

    int umount(List<String> args) {
        for (String target : args.stream().filter(a -> !a.startsWith("-")).toList()) {
            Optional<String> point = guest.mounts().containsKey(target) && !target.equals("/")
                    ? Optional.of(target)
                    : guest.blockDevice(target).flatMap(this::mountPointOf);
            if (point.isEmpty()) {
                return fail("umount: " + target + ": not mounted.", 32);
            }
            guest.unmount(point.get());
        }
        return 0;
    }

    private Optional<String> mountPointOf(Guest.BlockDevice d) {
        return guest.mounts().entrySet().stream()
                .filter(e -> e.getValue() == d.disk())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static String row(String name, String majMin, int sizeGib, String type, String mountPoint) {
        return String.format("%-14s %-7s %2d %3dG %2d %-4s %s%n", name, majMin, 0, sizeGib, 0, type, mountPoint)
                .replace(" \n", "\n");
    }

    private int fail(String message, int status) {
        err.append(message).append('\n');
        out.append(message).append('\n');
        return status;
    }
}
