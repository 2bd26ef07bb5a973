package org.ec2tutor.cloud.guest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of {@code stress-ng} a course needs to make a burstable instance spend CPU credits: {@code --cpu N}
 * workers ({@code 0}: one per vCPU), each busy {@code --cpu-load P} percent (100 by default), for {@code --timeout T}
 * ({@code 90}, {@code 90s}, {@code 5m}, {@code 2h}, {@code 1d}). The real tool runs until killed without a timeout;
 * the simulated guest has no way to kill it later, so it asks for one.
 */
final class StressNg {

    private static final Pattern TIME = Pattern.compile("(\\d{1,9})([smhd]?)");
    private static final List<String> IGNORED =
            List.of("--metrics", "--metrics-brief", "-q", "--quiet", "-v", "--verbose");

    /** What to run: how many vCPUs' worth of work, for how long, and how many workers to report. */
    record Plan(int workers, double busyVcpus, Duration timeout) {}

    /** The plan, or the error line stress-ng would print. */
    record Parsed(Optional<Plan> plan, String error) {}

    private StressNg() {}

    static Parsed parse(List<String> args, int vcpus) {
        int workers = -1;
        int loadPercent = 100;
        Optional<Duration> timeout = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (IGNORED.contains(a)) {
                continue;
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            boolean takesValue = List.of("--cpu", "-c", "--cpu-load", "-l", "--timeout", "-t")
                    .contains(name);
            if (!takesValue) {
                return error("stress-ng: unrecognized option '" + a + "'");
            }
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                return error("stress-ng: option '" + a + "' requires an argument");
            }
            switch (name) {
                case "--cpu", "-c" -> {
                    Optional<Integer> n = number(value);
                    if (n.isEmpty()) {
                        return error("stress-ng: invalid value for --cpu: '" + value + "'");
                    }
                    workers = n.get();
                }
                case "--cpu-load", "-l" -> {
                    Optional<Integer> n = number(value).filter(p -> p <= 100);
                    if (n.isEmpty()) {
                        return error("stress-ng: cpu-load must in the range 0 to 100.");
                    }
                    loadPercent = n.get();
                }
                default -> {
                    timeout = duration(value);
                    if (timeout.isEmpty()) {
                        return error("stress-ng: invalid time value '" + value + "'");
                    }
                }
            }
        }
        if (workers < 0) {
            return error("stress-ng: no stress workers invoked (the simulated guest knows --cpu N)");
        }
        if (timeout.isEmpty()) {
            return error("stress-ng: the simulated guest needs --timeout (for example --timeout 2h): without it"
                    + " stress-ng runs until it is killed");
        }
        int running = workers == 0 ? vcpus : workers;
        // More workers than vCPUs share them: the guest can keep only its vCPUs busy.
        double busy = Math.min(running, vcpus) * loadPercent / 100.0;
        return new Parsed(Optional.of(new Plan(running, busy, timeout.get())), "");
    }

    /** How stress-ng words a run's length: {@code 1 min, 0 secs}, {@code 2 hours, 0 mins, 0 secs}. */
    static String describe(Duration d) {
        long s = d.toSeconds();
        if (s >= 86_400) {
            return String.format(
                    "%d days, %d hours, %d mins, %d secs", s / 86_400, s / 3_600 % 24, s / 60 % 60, s % 60);
        }
        if (s >= 3_600) {
            return String.format("%d hours, %d mins, %d secs", s / 3_600, s / 60 % 60, s % 60);
        }
        if (s >= 60) {
            return String.format("%d min, %d secs", s / 60, s % 60);
        }
        return s + " secs";
    }

    private static Parsed error(String message) {
        return new Parsed(Optional.empty(), message);
    }

    private static Optional<Integer> number(String value) {
        return value.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    private static Optional<Duration> duration(String value) {
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
        // A bound as long as the longest %advance: the clock cannot run further.
        return d.isZero() || d.compareTo(Duration.ofDays(36_500)) > 0 ? Optional.empty() : Optional.of(d);
    }
}
