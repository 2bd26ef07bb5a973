package org.ec2tutor.session;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as learners type them: {@code 30s}, {@code 5m}, {@code 2h}, {@code 30d}, {@code 1h30m}, or ISO PT5M. */
final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

    private Durations() {}

    static Optional<Duration> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            try {
                return Optional.of(Duration.parse(t.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (!t.matches("(\\d+[dhms])+")) {
            return Optional.empty();
        }
        Duration d = Duration.ZERO;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "d" -> d = d.plusDays(n);
                case "h" -> d = d.plusHours(n);
                case "m" -> d = d.plusMinutes(n);
                default -> d = d.plusSeconds(n);
            }
        }
        return Optional.of(d);
    }
}
