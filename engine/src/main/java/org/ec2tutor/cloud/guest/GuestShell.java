package org.ec2tutor.cloud.guest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A very small shell for user data and Run Command: enough for tutorials, nothing that touches the real machine.
 * {@code dnf|yum|apt-get install -y}, {@code systemctl}, {@code echo ... > FILE}, {@code cat}, {@code ls},
 * {@code mkdir -p}, {@code rm}, {@code df}, {@code free}, {@code uptime}, {@code hostname}, {@code curl localhost},
 * {@code sleep}, {@code lsblk}, {@code mkfs}, {@code mount}, {@code umount}, {@code &&} and {@code ;}, comments and {@code set -e}, read as bash reads them ({@link ShellScript}).
 * Variables ({@code NAME=value}, {@code $NAME}, {@code $?}) and command substitution ({@code $(...)}) work as in bash,
 * without word splitting. {@code curl} reaches the instance metadata service and, through the guest's
 * {@link GuestNetwork}, other instances ({@link Curl}). Unknown commands fail as bash says.
 */
public final class GuestShell {

    private static final Duration STEP = Duration.ofMillis(100);
    /** The process id stress-ng reports; fixed, so runs print the same bytes. */
    private static final int STRESS_PID = 2471;

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);

    private final Guest guest;
    /** Who runs the commands: {@code root} for user data and Run Command, the image's user over SSH. */
    private final String user;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final Map<String, String> variables;
    /** In a command substitution, errors go to the terminal (err) only, so {@code out} is the captured output. */
    private final boolean capturing;

    private Instant now;
    private int lastStatus;
    /** Whether the command running now runs as root ({@code root} itself, or {@code sudo}). */
    private boolean privileged;

    /** A shell as root, as cloud-init runs user data and the SSM agent runs commands. */
    public GuestShell(Guest guest) {
        this(guest, "root", new HashMap<>(), false);
    }

    /**
     * A login shell of {@code user} (over SSH): its variables live in {@code variables}, kept by the caller from one
     * line to the next; commands that change the system need {@code sudo}, as for {@code ec2-user}. Its run's output
     * is standard output alone, its error output the errors.
     */
    public GuestShell(Guest guest, String user, Map<String, String> variables) {
        this(guest, user, variables, true); // a terminal shows errors apart: the run's output holds stdout only
    }

    private GuestShell(Guest guest, String user, Map<String, String> variables, boolean capturing) {
        this.guest = guest;
        this.user = user;
        this.variables = variables;
        this.capturing = capturing;
    }

    /** The user's home directory, where relative paths point ({@code cd} is not simulated). */
    public static String home(String user) {
        return user.equals("root") ? "/root" : "/home/" + user;
    }

    /** Runs {@code script} starting at {@code at}; the guest changes as it runs. */
    public ShellRun run(String script, Instant at) {
        now = at;
        int status = 0;
        boolean errexit = false;
        ShellScript parsed = ShellScript.parse(script);
        for (ShellScript.Chain chain : parsed.chains()) {
            status = runChain(chain);
            lastStatus = status;
            if (chain.is("set", "-e")) {
                errexit = true;
            }
            if (status != 0 && errexit) {
                return new ShellRun(out.toString(), err.toString(), status, Duration.between(at, now));
            }
        }
        if (parsed.syntaxError().isPresent()) {
            status = fail(parsed.syntaxError().get(), 2);
        }
        return new ShellRun(out.toString(), err.toString(), status, Duration.between(at, now));
    }

    private int runChain(ShellScript.Chain chain) {
        int status = 0;
        for (List<ShellScript.Word> command : chain.commands()) {
            status = runOne(command);
            if (status != 0) {
                return status;
            }
        }
        return status;
    }

    private int runOne(List<ShellScript.Word> command) {
        List<String> words = new ArrayList<>();
        String redirect = null;
        boolean append = false;
        int substituted = -1;
        for (int i = 0; i < command.size(); i++) {
            ShellScript.Word w = command.get(i);
            if (w.operator()) {
                append = w.text().equals(">>");
                if (i + 1 >= command.size() || command.get(i + 1).operator()) {
                    return fail("bash: syntax error near unexpected token `newline'", 2);
                }
                redirect = expand(command.get(i + 1));
                break;
            }
            if (!w.literal() && w.parts().stream().anyMatch(p -> p instanceof ShellScript.Substitution)) {
                substituted = 0;
            }
            words.add(expand(w));
        }
        if (substituted == 0) {
            substituted = lastStatus;
        }
        // NAME=value alone sets a shell variable; its status is its last substitution's, as in bash.
        while (!words.isEmpty() && ASSIGNMENT.matcher(words.get(0)).matches()) {
            Matcher m = ASSIGNMENT.matcher(words.get(0));
            m.matches();
            variables.put(m.group(1), m.group(2));
            words = words.subList(1, words.size());
            if (words.isEmpty()) {
                return Math.max(substituted, 0);
            }
        }
        privileged = user.equals("root");
        if (!words.isEmpty() && words.get(0).equals("sudo")) {
            words = words.subList(1, words.size());
            privileged = true;
        }
        if (words.isEmpty()) {
            return 0;
        }
        now = now.plus(STEP);
        int mark = out.length();
        int status = dispatch(words);
        if (redirect != null && status == 0) {
            String text = out.substring(mark);
            out.setLength(mark);
            return writeFile(redirect, text, append);
        }
        return status;
    }

    /** A word with its variables and command substitutions replaced (no word splitting: each stays one word). */
    private String expand(ShellScript.Word w) {
        if (w.literal()) {
            return w.parts().isEmpty()
                    ? w.text()
                    : ((ShellScript.Literal) w.parts().get(0)).text();
        }
        StringBuilder b = new StringBuilder();
        for (ShellScript.Part p : w.parts()) {
            if (p instanceof ShellScript.Literal l) {
                b.append(l.text());
            } else if (p instanceof ShellScript.Variable v) {
                b.append(v.name().equals("?") ? String.valueOf(lastStatus) : variables.getOrDefault(v.name(), ""));
            } else if (p instanceof ShellScript.Substitution sub) {
                GuestShell inner = new GuestShell(guest, user, variables, true);
                ShellRun r = inner.run(sub.script(), now);
                now = now.plus(r.duration());
                lastStatus = r.exitCode();
                err.append(r.errorOutput());
                if (!capturing) {
                    out.append(r.errorOutput());
                }
                b.append(r.output().replaceFirst("\\n+$", ""));
            }
        }
        return b.toString();
    }

    private int dispatch(List<String> w) {
        String cmd = w.get(0);
        List<String> args = w.subList(1, w.size());
        return switch (cmd) {
            case "echo" -> {
                out.append(String.join(
                                " ", args.stream().filter(a -> !a.equals("-e")).toList()))
                        .append('\n');
                yield 0;
            }
            case "set", "true", "cd", "export" -> 0;
            case "false" -> 1;
            case "dnf", "yum" ->
                guest.family() != Guest.Family.AMAZON_LINUX
                        ? fail("bash: " + cmd + ": command not found", 127)
                        : changesSystem(args) && !privileged
                                ? fail(
                                        "Error: This command has to be run with superuser privileges (under the root"
                                                + " user on most systems).",
                                        1)
                                : install(cmd, args);
            case "apt-get", "apt" ->
                guest.family() != Guest.Family.UBUNTU
                        ? fail("bash: " + cmd + ": command not found", 127)
                        : changesSystem(args) && !privileged
                                ? fail(
                                        "E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission"
                                                + " denied)\nE: Unable to acquire the dpkg frontend lock"
                                                + " (/var/lib/dpkg/lock-frontend), are you root?",
                                        100)
                                : install(cmd, args);
            case "systemctl" -> systemctl(args);
            case "cat" -> cat(args);
            case "ls" -> ls(args);
            case "mkdir" -> mkdir(args);
            case "rm" -> rm(args);
            case "touch" -> touch(args);
            case "df" -> df();
            case "free" -> free();
            case "uptime" -> {
                long secs = Duration.between(guest.bootedAt(), now).toSeconds();
                out.append(String.format(
                        " %s up %d min,  1 user,  load average: 0.00, 0.00, 0.00%n",
                        now.toString().substring(11, 19), secs / 60));
                yield 0;
            }
            case "hostname" -> {
                out.append(guest.hostname()).append('\n');
                yield 0;
            }
            case "whoami" -> {
                out.append(privileged ? "root" : user).append('\n');
                yield 0;
            }
            case "pwd" -> {
                out.append(home(user)).append('\n');
                yield 0;
            }
            case "sleep" -> sleep(args);
            case "nproc" -> {
                out.append(guest.vcpus()).append('\n');
                yield 0;
            }
            case "stress-ng" ->
                guest.root().packages().contains("stress-ng")
                        ? stress(args)
                        : fail("bash: stress-ng: command not found", 127);
            case "curl" -> curl(args);
            case "lsblk" -> new DiskCommands(guest, out, err).lsblk();
            case "mkfs", "mkfs.xfs", "mkfs.ext4" -> new DiskCommands(guest, out, err).mkfs(cmd, args);
            case "mount" -> new DiskCommands(guest, out, err).mount(args);
            case "umount" -> new DiskCommands(guest, out, err).umount(args);
            default -> fail("bash: " + cmd + ": command not found", 127);
        };
    }

    private int touch(List<String> args) {
        for (String a : args) {
            if (!a.startsWith("-") && writeFile(a, "", true) != 0) {
                return 1;
            }
        }
        return 0;
    }

    private int sleep(List<String> args) {
        try {
            now = now.plusSeconds(Long.parseLong(args.isEmpty() ? "0" : args.get(0)));
        } catch (NumberFormatException e) {
            return fail("sleep: invalid time interval '" + args.get(0) + "'", 1);
        }
        return 0;
    }

    /** Whether a package manager's arguments change the system (install, update...) rather than only read it. */
    private static boolean changesSystem(List<String> args) {
        return !args.isEmpty()
                && List.of("install", "update", "upgrade", "remove", "erase").contains(args.get(0));
    }

    private int install(String manager, List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("install")) {
            return args.isEmpty()
                    ? fail(manager + ": no command given", 1)
                    : args.get(0).equals("update") || args.get(0).equals("upgrade") ? advance(5) : 0;
        }
        List<String> names = args.subList(1, args.size()).stream()
                .filter(a -> !a.startsWith("-"))
                .toList();
        for (String name : names) {
            if (Packages.find(name).isEmpty() && !guest.root().packages().contains(name)) {
                return guest.family() == Guest.Family.UBUNTU
                        ? fail("E: Unable to locate package " + name, 100)
                        : fail("Error: Unable to find a match: " + name, 1);
            }
        }
        for (String name : names) {
            if (guest.root().packages().contains(name)) {
                out.append("Package ").append(name).append(" is already installed.\n");
                continue;
            }
            Packages.KnownPackage p = Packages.find(name).orElseThrow();
            now = now.plus(p.installTime());
            guest.root().install(name);
            p.files().forEach((path, content) -> {
                guest.root().mkdirs(path.substring(0, path.lastIndexOf('/')));
                guest.root().write(path, content, false);
            });
            out.append("Installed:\n  ").append(name).append('\n');
        }
        out.append("Complete!\n");
        return 0;
    }

    /** Keeps the guest's vCPUs busy for the run: the clock moves on by the timeout, as with {@code sleep}. */
    private int stress(List<String> args) {
        StressNg.Parsed parsed = StressNg.parse(args, guest.vcpus());
        if (parsed.plan().isEmpty()) {
            return fail(parsed.error(), 1);
        }
        StressNg.Plan plan = parsed.plan().get();
        Instant end = now.plus(plan.timeout());
        guest.addCpuLoad(new CpuLoad(now, end, plan.busyVcpus()));
        String prefix = "stress-ng: info:  [" + STRESS_PID + "] ";
        out.append(prefix)
                .append("setting to a ")
                .append(StressNg.describe(plan.timeout()))
                .append(" run per stressor\n")
                .append(prefix)
                .append("dispatching hogs: ")
                .append(plan.workers())
                .append(" cpu\n")
                .append(prefix)
                .append("successful run completed in ")
                .append(StressNg.describe(plan.timeout()))
                .append('\n');
        now = end;
        return 0;
    }

    private int advance(int seconds) {
        now = now.plusSeconds(seconds);
        return 0;
    }

    private int systemctl(List<String> args) {
        List<String> a =
                args.stream().filter(x -> !x.equals("--now") && !x.equals("-q")).toList();
        boolean now = args.contains("--now");
        if (a.size() < 2) {
            return fail("Too few arguments.", 1);
        }
        String verb = a.get(0);
        String service = a.get(1).replace(".service", "");
        boolean installed = Packages.providing(service)
                .map(p -> guest.root().packages().contains(p.name()))
                .orElse(false);
        if (!installed && !verb.equals("status") && !verb.equals("is-active")) {
            String action = verb.equals("enable") ? "enable unit" : verb + " " + service + ".service";
            return fail(
                    "Failed to " + action
                            + (verb.equals("enable")
                                    ? ": Unit file " + service + ".service does not exist."
                                    : ": Unit " + service + ".service not found."),
                    5);
        }
        if (!privileged
                && List.of("start", "restart", "stop", "enable", "disable").contains(verb)) {
            // Without a polkit agent to ask for a password, systemd refuses an unprivileged change.
            return fail(
                    "Failed to " + verb + " " + service + ".service: Interactive authentication required.\nSee system"
                            + " logs and 'systemctl status " + service + ".service' for details.",
                    1);
        }
        return switch (verb) {
            case "start", "restart" -> {
                startService(service);
                yield 0;
            }
            case "stop" -> {
                guest.stop(service);
                yield 0;
            }
            case "enable" -> {
                guest.root().enable(service);
                out.append("Created symlink /etc/systemd/system/multi-user.target.wants/")
                        .append(service)
                        .append(".service \u2192 /usr/lib/systemd/system/")
                        .append(service)
                        .append(".service.\n");
                if (now) {
                    startService(service);
                }
                yield 0;
            }
            case "disable" -> {
                guest.root().disable(service);
                yield 0;
            }
            case "is-active" -> {
                boolean active = guest.isRunning(service, this.now);
                out.append(active ? "active\n" : "inactive\n");
                yield active ? 0 : 3;
            }
            case "status" -> status(service, installed);
            default -> fail("Unknown command verb " + verb + ".", 1);
        };
    }

    private void startService(String service) {
        now = now.plusSeconds(2);
        guest.start(service, now);
    }

    private int status(String service, boolean installed) {
        if (!installed) {
            return fail("Unit " + service + ".service could not be found.", 4);
        }
        Optional<Guest.Service> s = Optional.ofNullable(guest.runningServices().get(service));
        boolean enabled = guest.root().enabledServices().contains(service);
        out.append("\u25cf ")
                .append(service)
                .append(".service\n     Loaded: loaded (/usr/lib/systemd/system/")
                .append(service)
                .append(".service; ")
                .append(enabled ? "enabled" : "disabled")
                .append(")\n");
        if (s.isPresent() && !s.get().activeSince().isAfter(now)) {
            out.append("     Active: active (running) since ")
                    .append(s.get().activeSince())
                    .append('\n');
            return 0;
        }
        out.append("     Active: inactive (dead)\n");
        return 3;
    }

    private int curl(List<String> args) {
        Curl.Result r = new Curl(guest, now).run(args);
        now = now.plus(r.elapsed());
        out.append(r.stdout());
        if (!r.stderr().isEmpty()) {
            err.append(r.stderr());
            if (!capturing) {
                out.append(r.stderr());
            }
        }
        return r.exitCode();
    }

    private int cat(List<String> args) {
        int status = 0;
        for (String a : args) {
            Guest.Located l = guest.locate(a);
            String content = l.disk().read(a);
            if (content == null) {
                status = fail(
                        "cat: " + a + ": " + (l.disk().isDirectory(a) ? "Is a directory" : "No such file or directory"),
                        1);
            } else {
                out.append(content);
            }
        }
        return status;
    }

    private int ls(List<String> args) {
        List<String> paths = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (paths.isEmpty()) {
            paths = List.of(home(user));
        }
        for (String p : paths) {
            Guest.Located l = guest.locate(p);
            if (l.disk().isFile(p)) {
                out.append(p).append('\n');
            } else if (l.disk().isDirectory(p) || guest.mounts().containsKey(p) || p.equals("/dev/shm")) {
                for (String name : l.disk().list(p)) {
                    out.append(name).append('\n');
                }
            } else {
                return fail("ls: cannot access '" + p + "': No such file or directory", 2);
            }
        }
        return 0;
    }

    private int mkdir(List<String> args) {
        boolean parents = args.contains("-p");
        for (String p : args.stream().filter(a -> !a.startsWith("-")).toList()) {
            Guest.Located l = guest.locate(p);
            String parent = p.substring(0, Math.max(1, p.lastIndexOf('/')));
            if (!parents && !l.disk().isDirectory(parent) && !guest.mounts().containsKey(parent)) {
                return fail("mkdir: cannot create directory '" + p + "': No such file or directory", 1);
            }
            l.disk().mkdirs(p);
        }
        return 0;
    }

    private int rm(List<String> args) {
        boolean force = args.stream().anyMatch(a -> a.startsWith("-") && a.contains("f"));
        for (String p : args.stream().filter(a -> !a.startsWith("-")).toList()) {
            if (!guest.locate(p).disk().remove(p) && !force) {
                return fail("rm: cannot remove '" + p + "': No such file or directory", 1);
            }
        }
        return 0;
    }

    private int df() {
        out.append("Filesystem      Size  Used Avail Use% Mounted on\n");
        guest.mountSizesGib().forEach((mount, size) -> {
            long used = guest.mounts().get(mount).usedBytes() / (1024 * 1024) + (mount.equals("/") ? 1600 : 0);
            out.append(String.format(
                    "%-15s %4dG %4dM %4dG %3d%% %s%n",
                    mount.equals("/") ? "/dev/nvme0n1p1" : deviceOf(mount),
                    size,
                    used,
                    Math.max(0, size - used / 1024),
                    size == 0 ? 0 : Math.min(100, used / 10 / Math.max(1, size)),
                    mount));
        });
        out.append(String.format(
                "%-15s %4dM %4dM %4dM %3d%% %s%n",
                "tmpfs",
                (long) (guest.memoryGib() * 512),
                guest.shm().usedBytes() / (1024 * 1024),
                (long) (guest.memoryGib() * 512),
                0,
                "/dev/shm"));
        return 0;
    }

    /** The device df names for a mount: the block device holding it, else by mount order (instance store). */
    private String deviceOf(String mount) {
        Disk disk = guest.mounts().get(mount);
        return guest.blockDevices().stream()
                .filter(d -> d.disk() == disk)
                .map(d -> "/dev/" + d.kernelName())
                .findFirst()
                .orElse("/dev/nvme" + (1 + new ArrayList<>(guest.mounts().keySet()).indexOf(mount)) + "n1");
    }

    private int free() {
        long totalMib = (long) (guest.memoryGib() * 1024) - 150;
        long used = 150 + 60L * guest.runningServices().size();
        out.append("               total        used        free      shared  buff/cache   available\n");
        out.append(String.format(
                "Mem:  %14d %11d %11d %11d %11d %11d%n",
                totalMib, used, totalMib - used - 100, guest.shm().usedBytes() / (1024 * 1024), 100, totalMib - used));
        out.append(String.format("Swap: %14d %11d %11d%n", 0, 0, 0));
        return 0;
    }

    private int writeFile(String path, String content, boolean append) {
        if (!path.startsWith("/")) {
            path = home(user) + "/" + path;
        }
        Guest.Located l = guest.locate(path);
        String parent = path.substring(0, Math.max(1, path.lastIndexOf('/')));
        if (!l.disk().isDirectory(parent) && !guest.mounts().containsKey(parent) && !parent.equals("/dev/shm")) {
            return fail("bash: " + path + ": No such file or directory", 1);
        }
        if (l.disk().isDirectory(path)) {
            return fail("bash: " + path + ": Is a directory", 1);
        }
        l.disk().write(path, content, append);
        return 0;
    }

    private int fail(String message, int status) {
        err.append(message).append('\n');
        if (!capturing) {
            out.append(message).append('\n');
        }
        return status;
    }
}
