package org.ec2tutor.cloud.guest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operating system inside one instance: its disks by mount point (root EBS, other EBS volumes, instance store),
 * its RAM (running services, {@code /dev/shm}), the boot time and the console log. Stop and reboot lose RAM,
 * hibernation keeps it, stop loses the instance store; the disks of EBS volumes belong to the volumes.
 */
public final class Guest {

    /** Which package manager and user the image's OS has. */
    public enum Family {
        AMAZON_LINUX,
        UBUNTU,
        WINDOWS
    }

    /** A running service and when it became active. */
    public record Service(String name, Instant activeSince) {}

    /** One HTTP request the guest's web server answered, as its access log has it. */
    public record Request(String from, String method, String path, int status, Instant at) {}

    private final Family family;
    private final String hostname;
    private final double memoryGib;
    private final int vcpus;
    private final List<CpuLoad> cpuLoads = new ArrayList<>();
    private final Map<String, Disk> mounts = new LinkedHashMap<>();
    private final Map<String, Integer> mountSizesGib = new LinkedHashMap<>();
    /** EBS volumes other than the root as the kernel sees them, by the device name they were attached at. */
    private final Map<String, BlockDevice> blockDevices = new LinkedHashMap<>();
    /** Mount points made with {@code mount} at the prompt: not in /etc/fstab, so gone after a cold boot. */
    private final Set<String> manualMounts = new HashSet<>();

    private final Disk shm = new Disk();
    private final Map<String, Service> running = new LinkedHashMap<>();
    private final List<String> console = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final MetadataService metadataService = new MetadataService(this);
    private GuestNetwork network = GuestNetwork.ISOLATED;
    private final List<Request> served = new ArrayList<>();
    private String userData;
    private Instant bootedAt;
    private Optional<Instant> consoleUpdatedAt = Optional.empty();
    private Optional<Instant> readyAt = Optional.empty();
    private boolean booted;

    public Guest(Family family, String hostname, double memoryGib, int vcpus) {
        this.family = family;
        this.hostname = hostname;
        this.memoryGib = memoryGib;
        this.vcpus = vcpus;
    }

    /** The vCPUs the guest sees ({@code nproc}). */
    public int vcpus() {
        return vcpus;
    }

    /** Records CPU work a command does (e.g. {@code stress-ng}); credits are reckoned from these. */
    public void addCpuLoad(CpuLoad load) {
        cpuLoads.add(load);
    }

    /** Every stretch of CPU work so far, in the order it started. */
    public List<CpuLoad> cpuLoads() {
        return List.copyOf(cpuLoads);
    }

    public void mount(String mountPoint, Disk disk, int sizeGib) {
        mounts.put(mountPoint, disk);
        mountSizesGib.put(mountPoint, sizeGib);
    }

    /**
     * A non-root EBS volume as a block device: on Nitro the kernel names it {@code nvmeNn1} whatever the device
     * name it was attached at (EBS User Guide, "Amazon EBS and NVMe"); the root is {@code nvme0n1}.
     */
    public record BlockDevice(String kernelName, String attachedAs, Disk disk, int sizeGib) {}

    /** AttachVolume: the volume appears as the next free {@code nvmeNn1}. */
    public void plug(String attachedAs, Disk disk, int sizeGib) {
        Set<String> taken = new HashSet<>();
        blockDevices.values().forEach(d -> taken.add(d.kernelName()));
        int n = 1;
        while (taken.contains("nvme" + n + "n1")) {
            n++;
        }
        blockDevices.put(attachedAs, new BlockDevice("nvme" + n + "n1", attachedAs, disk, sizeGib));
    }

    /** DetachVolume: the device goes, and with it any mount of its file system. */
    public void unplug(String attachedAs) {
        BlockDevice d = blockDevices.remove(attachedAs);
        if (d != null) {
            List<String> gone = mounts.entrySet().stream()
                    .filter(e -> e.getValue() == d.disk())
                    .map(Map.Entry::getKey)
                    .toList();
            gone.forEach(this::unmount);
        }
    }

    public List<BlockDevice> blockDevices() {
        return List.copyOf(blockDevices.values());
    }

    /** A device path as the shell names it: {@code /dev/nvme1n1}, or the attach name ({@code /dev/sdf}, xvdf). */
    Optional<BlockDevice> blockDevice(String path) {
        String alias = path.replaceFirst("^/dev/xvd", "/dev/sd");
        return blockDevices.values().stream()
                .filter(d -> path.equals("/dev/" + d.kernelName())
                        || d.attachedAs().equals(path)
                        || d.attachedAs().replaceFirst("^/dev/xvd", "/dev/sd").equals(alias))
                .findFirst();
    }

    void mountManually(String mountPoint, BlockDevice device) {
        mount(mountPoint, device.disk(), device.sizeGib());
        manualMounts.add(mountPoint);
    }

    void unmount(String mountPoint) {
        mounts.remove(mountPoint);
        mountSizesGib.remove(mountPoint);
        manualMounts.remove(mountPoint);
    }

    public Family family() {
        return family;
    }

    public String hostname() {
        return hostname;
    }

    public double memoryGib() {
        return memoryGib;
    }

    public Map<String, Service> runningServices() {
        return Collections.unmodifiableMap(running);
    }

    /**
     * Instance metadata (IMDS) paths under {@code /latest/meta-data/} that the host has set, such as
     * {@code spot/instance-action} during a Spot interruption notice.
     */
    public Optional<String> metadata(String path) {
        return Optional.ofNullable(metadata.get(path));
    }

    /** What {@code /latest/user-data} answers; empty when the launch gave none (IMDS then answers 404). */
    public Optional<String> userData() {
        return Optional.ofNullable(userData);
    }

    public void setUserData(String text) {
        this.userData = text;
    }

    /** The metadata paths directly below {@code dir} ("" for the top), directories with a trailing slash. */
    public java.util.List<String> metadataChildren(String dir) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String path : metadata.keySet()) {
            if (path.startsWith(dir)) {
                String rest = path.substring(dir.length());
                int slash = rest.indexOf('/');
                out.add(slash < 0 ? rest : rest.substring(0, slash + 1));
            }
        }
        return java.util.List.copyOf(out);
    }

    /** Sets or, with null, removes an instance metadata path. */
    public void setMetadata(String path, String value) {
        if (value == null) {
            metadata.remove(path);
        } else {
            metadata.put(path, value);
        }
    }

    /** The instance metadata service this guest reaches at 169.254.169.254. */
    public MetadataService metadataService() {
        return metadataService;
    }

    /** How this guest reaches other machines. */
    public GuestNetwork network() {
        return network;
    }

    /**
     * Adds an OpenSSH public key line to {@code user}'s {@code ~/.ssh/authorized_keys} on the root disk, once, as
     * cloud-init does with the launch's key pair.
     */
    public void authorizeKey(String user, String publicKey) {
        String dir = GuestShell.home(user) + "/.ssh";
        Disk disk = locate(dir).disk();
        disk.mkdirs(dir);
        String file = dir + "/authorized_keys";
        String old = disk.read(file);
        if (old == null || !old.lines().anyMatch(publicKey::equals)) {
            disk.write(file, publicKey + "\n", true);
        }
    }

    /** The lines of {@code user}'s {@code ~/.ssh/authorized_keys}; empty when there is none. */
    public List<String> authorizedKeys(String user) {
        String file = GuestShell.home(user) + "/.ssh/authorized_keys";
        String text = locate(file).disk().read(file);
        return text == null ? List.of() : text.lines().toList();
    }

    /** Every request the guest's web server answered, oldest first. */
    public List<Request> requestsServed() {
        return List.copyOf(served);
    }

    void served(Request r) {
        served.add(r);
    }

    /** Connects the guest to its instance's network (the host does, once the instance has one). */
    public void connect(GuestNetwork network) {
        this.network = network;
    }

    public boolean isRunning(String service, Instant at) {
        Service s = running.get(service);
        return s != null && !s.activeSince().isAfter(at);
    }

    public List<String> consoleLog() {
        return List.copyOf(console);
    }

    public Optional<Instant> consoleUpdatedAt() {
        return consoleUpdatedAt;
    }

    /** When the instance was last ready: user data finished and every service started (first boot or later). */
    public Optional<Instant> readyAt() {
        return readyAt;
    }

    public Instant bootedAt() {
        return bootedAt;
    }

    Map<String, Disk> mounts() {
        return mounts;
    }

    Map<String, Integer> mountSizesGib() {
        return mountSizesGib;
    }

    Disk shm() {
        return shm;
    }

    /** The disk holding {@code path} (longest mount prefix), and the path relative to it. */
    record Located(Disk disk, String path, String mountPoint) {}

    Located locate(String absolutePath) {
        if (absolutePath.startsWith("/dev/shm")) {
            return new Located(shm, absolutePath, "/dev/shm");
        }
        String best = "/";
        for (String m : mounts.keySet()) {
            if ((absolutePath.equals(m) || absolutePath.startsWith(m + "/")) && m.length() > best.length()) {
                best = m;
            }
        }
        return new Located(mounts.get(best), absolutePath, best);
    }

    void log(Instant at, String line) {
        console.add(line);
        consoleUpdatedAt = Optional.of(at);
    }

    void start(String service, Instant at) {
        running.put(service, new Service(service, at));
    }

    void stop(String service) {
        running.remove(service);
    }

    Disk root() {
        return mounts.get("/");
    }

    // --- lifecycle --------------------------------------------------------------------------------------------

    /**
     * Boots (or resumes from hibernation) at {@code at}. A cold boot starts the enabled services; the first boot also
     * runs user data once, as cloud-init does. Returns the shell run of the user data, if any.
     */
    public Optional<ShellRun> boot(Instant at, Optional<String> userDataScript, boolean resumed) {
        if (resumed) {
            log(at, "[    0.000000] PM: hibernation: resumed from hibernation image");
            return Optional.empty();
        }
        boolean firstBoot = !booted;
        booted = true;
        List.copyOf(manualMounts).forEach(this::unmount);
        running.clear();
        shm.clear();
        bootedAt = at;
        log(
                at,
                "[    0.000000] Linux version 6.1.158 (" + (family == Family.UBUNTU ? "ubuntu" : "amzn2023")
                        + ") #1 SMP");
        Instant servicesUp = at.plusSeconds(8);
        for (String service : root().enabledServices()) {
            start(service, servicesUp.plusSeconds(2));
            log(servicesUp, "[  OK  ] Started " + service + ".service.");
        }
        Instant t = servicesUp;
        Optional<ShellRun> run = Optional.empty();
        if (firstBoot && userDataScript.isPresent()) {
            log(t, "cloud-init[1]: running user data (/var/lib/cloud/instance/scripts/part-001)");
            ShellRun r = new GuestShell(this).run(userDataScript.get(), t);
            Instant finished = t.plus(r.duration());
            r.output().lines().forEach(l -> log(finished, "cloud-init[1]: " + l));
            t = finished;
            run = Optional.of(r);
        }
        Instant ready = running.values().stream()
                .map(Service::activeSince)
                .max(Instant::compareTo)
                .orElse(t);
        ready = ready.isAfter(t) ? ready : t;
        readyAt = Optional.of(ready);
        long up = Duration.between(at, ready).toSeconds();
        log(
                ready,
                "Cloud-init v. 22.2.2 finished at " + CloudInitTime.format(ready) + ". Datasource DataSourceEc2.  Up "
                        + up + ".00 seconds");
        return run;
    }

    /** Power off: RAM is gone (services, /dev/shm); instance-store disks were erased by the caller. */
    public void powerOff() {
        running.clear();
        shm.clear();
        metadataService.forgetTokens();
    }

    /** Reboot at {@code at}: RAM lost, disks kept, enabled services started again; user data is not rerun. */
    public void reboot(Instant at) {
        log(at, "reboot: Restarting system");
        boot(at, Optional.empty(), false);
    }
}
