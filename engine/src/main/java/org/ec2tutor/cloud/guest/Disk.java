package org.ec2tutor.cloud.guest;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a volume holds: files (by absolute path within the volume), directories, and, on a root volume, the
 * installed packages and the services enabled at boot. Snapshots copy it, so an AMI carries its software.
 * Not thread-safe; the cloud serialises access.
 */
public final class Disk {

    private final TreeMap<String, String> files = new TreeMap<>();
    private final TreeSet<String> directories = new TreeSet<>();
    private final Set<String> packages = new LinkedHashSet<>();
    private final Set<String> enabledServices = new LinkedHashSet<>();
    /** The file system mkfs made on a data volume (xfs, ext4); empty until then. */
    private Optional<String> filesystem = Optional.empty();

    public Disk() {
        directories.add("/");
    }

    /** An independent copy (a snapshot of this disk, or a volume restored from one). */
    public Disk copy() {
        Disk d = new Disk();
        d.files.putAll(files);
        d.directories.addAll(directories);
        d.packages.addAll(packages);
        d.enabledServices.addAll(enabledServices);
        d.filesystem = filesystem;
        return d;
    }

    public void clear() {
        files.clear();
        directories.clear();
        directories.add("/");
    }

    public Optional<String> filesystem() {
        return filesystem;
    }

    /** mkfs: a new, empty file system. */
    void format(String type) {
        clear();
        filesystem = Optional.of(type);
    }

    public Map<String, String> files() {
        return Collections.unmodifiableMap(files);
    }

    public Set<String> packages() {
        return Collections.unmodifiableSet(packages);
    }

    public Set<String> enabledServices() {
        return Collections.unmodifiableSet(enabledServices);
    }

    boolean isDirectory(String path) {
        return directories.contains(path);
    }

    boolean isFile(String path) {
        return files.containsKey(path);
    }

    void mkdirs(String path) {
        String p = path;
        while (!p.isEmpty() && !p.equals("/")) {
            directories.add(p);
            p = p.substring(0, Math.max(1, p.lastIndexOf('/')));
        }
    }

    void write(String path, String content, boolean append) {
        files.put(path, append ? files.getOrDefault(path, "") + content : content);
    }

    String read(String path) {
        return files.get(path);
    }

    boolean remove(String path) {
        if (files.remove(path) != null) {
            return true;
        }
        if (directories.contains(path) && !path.equals("/")) {
            files.keySet().removeIf(f -> f.startsWith(path + "/"));
            directories.removeIf(d -> d.equals(path) || d.startsWith(path + "/"));
            return true;
        }
        return false;
    }

    /** Names directly inside a directory. */
    Set<String> list(String dir) {
        String prefix = dir.equals("/") ? "/" : dir + "/";
        Set<String> out = new TreeSet<>();
        for (String f : files.keySet()) {
            if (f.startsWith(prefix) && f.indexOf('/', prefix.length()) < 0) {
                out.add(f.substring(prefix.length()));
            }
        }
        for (String d : directories) {
            if (d.startsWith(prefix) && d.length() > prefix.length() && d.indexOf('/', prefix.length()) < 0) {
                out.add(d.substring(prefix.length()));
            }
        }
        return out;
    }

    void install(String pkg) {
        packages.add(pkg);
    }

    void enable(String service) {
        enabledServices.add(service);
    }

    void disable(String service) {
        enabledServices.remove(service);
    }

    /** Bytes used, for df: file contents plus a base for the installed software. */
    long usedBytes() {
        return files.values().stream().mapToLong(String::length).sum();
    }
}
