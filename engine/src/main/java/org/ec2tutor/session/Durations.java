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

    /**
     * The longest step of simulated time one command takes: a century, far beyond any lesson, and short enough that
     * the clock never leaves the calendar Java can count.
     */
    static final Duration MAX = Duration.ofDays(36_500);

    private static final Duration TOO_LONG = MAX.plusDays(1);

    private Durations() {}

    /** Why {@code d} is refused as a step of simulated time, if it is. */
    static Optional<String> refusal(Duration d) {
        return d.compareTo(MAX) > 0
                ? Optional.of("Too long: simulated time moves at most " + MAX.toDays() + "d (100 years) at a time.")
                : Optional.empty();
    }

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
        try {
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                switch (m.group(2)) {
                    case "d" -> d = d.plusDays(n);
                    case "h" -> d = d.plusHours(n);
                    case "m" -> d = d.plusMinutes(n);
                    default -> d = d.plusSeconds(n);
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.of(TOO_LONG); // more digits than any clock holds: longer than MAX, refused as such
        }
        return Optional.of(d);
    }
}
