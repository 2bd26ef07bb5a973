package org.ec2tutor.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where the REPL autosaves: {@code ~/.ec2-tutor/session.json}, or under {@code EC2_TUTOR_HOME}. A new session never
 * overwrites the last one: that is kept as {@code session.previous.json} first.
 */
final class SaveFiles {

    private SaveFiles() {}

    static Path home() {
        String property = System.getProperty("ec2tutor.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("EC2_TUTOR_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".ec2-tutor");
    }

    static Path current() {
        return home().resolve("session.json");
    }

    /** Moves the last session aside before a fresh one starts saving; returns where it went, if anywhere. */
    static Optional<Path> keepPrevious() throws IOException {
        Path current = current();
        if (!Files.exists(current)) {
            return Optional.empty();
        }
        Path previous = home().resolve("session.previous.json");
        Files.move(current, previous, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(previous);
    }

    /** A file name that is not taken, for saving beside a file we must not overwrite. */
    static Path fresh(String stem) {
        Path p = home().resolve(stem + ".json");
        int n = 2;
        while (Files.exists(p)) {
            p = home().resolve(stem + "-" + n++ + ".json");
        }
        return p;
    }
}
