package org.ec2tutor.cloud.guest;

import java.util.Locale;

/** The root disk of the public images: a few files that show which OS it is, and its base packages. */
public final class BaseImages {

    private BaseImages() {}

    public static Disk disk(String imageName) {
        Disk d = new Disk();
        String n = imageName.toLowerCase(Locale.ROOT);
        for (String dir : new String[] {"/etc", "/tmp", "/var/log", "/root", "/usr/bin"}) {
            d.mkdirs(dir);
        }
        if (n.contains("ubuntu")) {
            d.mkdirs("/home/ubuntu");
            d.write(
                    "/etc/os-release",
                    "PRETTY_NAME=\"Ubuntu 24.04.3 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\n",
                    false);
            for (String p : new String[] {"bash", "coreutils", "apt", "systemd", "curl", "python3"}) {
                d.install(p);
            }
        } else if (n.contains("windows")) {
            d.write("/etc/os-release", "NAME=\"Windows Server 2022\"\n", false);
        } else {
            d.mkdirs("/home/ec2-user");
            d.write("/etc/os-release", """
                    NAME="Amazon Linux"
                    VERSION="2023"
                    ID="amzn"
                    PRETTY_NAME="Amazon Linux 2023.9.20251208"
                    """, false);
            for (String p : new String[] {"bash", "coreutils", "dnf", "systemd", "curl-minimal", "python3"}) {
                d.install(p);
            }
        }
        return d;
    }
}
