package org.ec2tutor.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.session.SessionStore;

/**
 * The learner's home ({@code ~/.ec2-tutor}, or {@code EC2_TUTOR_HOME}): saved sessions in {@code sessions/NAME.json},
 * the name of the last one in {@code last-session}, lesson progress in {@code progress.json}, the line history. A
 * session in use has {@code NAME.lock} holding the pid of its REPL, so a second REPL never saves over it. Nothing here
 * deletes or replaces a session: new sessions get new names.
 */
public final class SessionHome {

    private final Path home;

    SessionHome(Path home) {
        this.home = home;
    }

    /** The home the REPL and {@code ec2-tutor sessions} use. */
    public static SessionHome standard() {
        String property = System.getProperty("ec2tutor.home");
        if (property != null && !property.isBlank()) {
            return new SessionHome(Path.of(property));
        }
        String env = System.getenv("EC2_TUTOR_HOME");
        return new SessionHome(
                env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".ec2-tutor"));
    }

    Path root() {
        return home;
    }

    public Path sessions() {
        return home.resolve("sessions");
    }

    Path progress() {
        return home.resolve("progress.json");
    }

    Path history() {
        return home.resolve("history");
    }

    Path file(String name) {
        return sessions().resolve(name + ".json");
    }

    /**
     * Makes the folders, moves a save of an earlier version ({@code session.json}, {@code session.previous.json})
     * into {@code sessions/} under a free name, and deletes the {@code .tmp} files a killed save left. Throws when the
     * home cannot be written (the REPL then says so and works in memory).
     */
    void prepare() throws IOException {
        Files.createDirectories(sessions());
        for (String legacy : List.of("session.previous.json", "session.json")) {
            Path old = home.resolve(legacy);
            if (Files.isRegularFile(old)) {
                String name = freeName();
                Files.move(old, file(name));
                Files.writeString(home.resolve("last-session"), name, StandardCharsets.UTF_8);
            }
        }
        SessionStore.cleanTemporaryFiles(sessions());
        SessionStore.cleanTemporaryFiles(home);
        // Existing folders can still refuse writes (read-only, full): find out now, not when the session ends.
        Path probe = Files.createTempFile(sessions(), "write-check", ".tmp");
        Files.delete(probe);
    }

    /** The session the learner used last: the one {@code last-session} names, else the newest save. */
    Optional<String> last() {
        try {
            String name = Files.readString(home.resolve("last-session"), StandardCharsets.UTF_8)
                    .strip();
            if (!name.isEmpty() && Files.isRegularFile(file(name))) {
                return Optional.of(name);
            }
        } catch (IOException e) {
            // No marker (or unreadable): fall back on the newest save.
        }
        return SessionStore.list(sessions()).stream().findFirst().map(SessionStore.Saved::name);
    }

    void rememberLast(String name) {
        try {
            Files.writeString(home.resolve("last-session"), name, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only a convenience: the newest save is found without it.
        }
    }

    /** A session name not taken yet: {@code session-1}, {@code session-2}... */
    String freeName() {
        int n = 1;
        while (Files.exists(file("session-" + n)) || Files.exists(lockFile("session-" + n))) {
            n++;
        }
        return "session-" + n;
    }

    private Path lockFile(String name) {
        return sessions().resolve(name + ".lock");
    }

    /** The pid of another live process that has {@code name} open, if any (a lock left by a dead one is stale). */
    Optional<Long> lockedBy(String name) {
        try {
            long pid = Long.parseLong(
                    Files.readString(lockFile(name), StandardCharsets.UTF_8).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && pid != ProcessHandle.current().pid() ? Optional.of(pid) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Marks {@code name} as open by this process until {@link #unlock}. */
    void lock(String name) {
        try {
            Files.writeString(
                    lockFile(name), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // A home that cannot be written has no save to protect.
        }
    }

    void unlock(String name) {
        try {
            if (lockedBy(name).isEmpty()) {
                Files.deleteIfExists(lockFile(name));
            }
        } catch (IOException e) {
            // Stale locks are ignored at the next start.
        }
    }
}
