package org.ec2tutor.cloud.guest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code curl} inside a guest: the options tutorials use ({@code -X}, {@code -H}, {@code -s}, {@code -S}, {@code -f},
 * {@code -i}, {@code -I}, {@code -o}, {@code -w '%{http_code}'}, {@code --connect-timeout}, {@code -m}, {@code -L},
 * {@code -v}), against the metadata service, the guest itself ({@code localhost}) or another instance through the
 * {@link GuestNetwork}. Its messages and exit codes are curl 8's: 6 unresolved name, 7 refused, 22 HTTP error with
 * {@code -f}, 28 timeout.
 */
public final class Curl {

    /** What one curl run printed, its status and how long it took. */
    public record Result(String stdout, String stderr, int exitCode, Duration elapsed) {}

    /** Where {@code -o FILE} puts what was fetched. */
    @FunctionalInterface
    public interface Files {
        void write(String path, String text);
    }

    /**
     * With no timeout set, a connection nobody answers fails after Linux's SYN retries (6 by default: 1+2+...+64 s).
     */
    public static final Duration SYN_TIMEOUT = Duration.ofMillis(127_004);

    private static final List<String> WEB_SERVERS = List.of("nginx", "httpd", "apache2");

    /** The machine curl runs on when it is a guest (metadata service, localhost); empty for the learner's own. */
    private final Optional<Guest> self;

    private final GuestNetwork network;
    private final Files files;
    private final Instant now;
    private String method = "GET";
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean silent;
    private boolean showError;
    private boolean failOnError;
    private boolean include;
    private boolean headOnly;
    private Optional<String> writeOut = Optional.empty();
    private Optional<String> output = Optional.empty();
    private Optional<Duration> timeout = Optional.empty();
    private final List<String> urls = new ArrayList<>();

    Curl(Guest guest, Instant now) {
        this(
                Optional.of(guest),
                guest.network(),
                (path, text) -> {
                    String file = path.startsWith("/") ? path : "/root/" + path;
                    guest.locate(file).disk().write(file, text, false);
                },
                now);
    }

    private Curl(Optional<Guest> self, GuestNetwork network, Files files, Instant now) {
        this.self = self;
        this.network = network;
        this.files = files;
        this.now = now;
    }

    /**
     * curl on the learner's own computer: it reaches instances over {@code internet} only (no metadata service, no
     * web server of its own); {@code -o FILE} writes through {@code files}.
     */
    public static Result fromOutside(GuestNetwork internet, Files files, Instant now, List<String> args) {
        return new Curl(Optional.empty(), internet, files, now).run(args);
    }

    Result run(List<String> args) {
        Optional<Result> bad = parse(args);
        if (bad.isPresent()) {
            return bad.get();
        }
        if (urls.isEmpty()) {
            return new Result(
                    "", "curl: try 'curl --help' or 'curl --manual' for more information\n", 2, Duration.ZERO);
        }
        String url = urls.get(0);
        boolean https = url.startsWith("https://");
        String rest = url.replaceFirst("^[a-z]+://", "");
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        String host = authority.replaceFirst(":.*$", "");
        int port = https ? 443 : 80;
        if (authority.contains(":")) {
            try {
                port = Integer.parseInt(authority.substring(authority.indexOf(':') + 1));
            } catch (NumberFormatException e) {
                return error(
                        3, "URL rejected: Port number was not a decimal number between 0 and 65535", Duration.ZERO);
            }
        }
        if (host.equals("169.254.169.254") && self.isPresent()) {
            return port == 80
                    ? answered(self.get().metadataService().handle(method, path, headers, now))
                    : timedOut(host, port);
        }
        if (host.equals("localhost") || host.equals("127.0.0.1")) {
            return self.isPresent()
                    ? serve(self.get(), "127.0.0.1", host, port, path, Duration.ZERO)
                    : refused(host, port, Duration.ZERO);
        }
        GuestNetwork.Route route = network.connect(host, port);
        if (route instanceof GuestNetwork.Reached r) {
            return serve(r.target(), r.from(), host, port, path, Duration.ofMillis(1));
        }
        if (route instanceof GuestNetwork.Unresolved) {
            return error(6, "Could not resolve host: " + host, Duration.ZERO);
        }
        return timedOut(host, port);
    }

    /**
     * The target's web server answers on port 80 when one runs, and logs the request with the address it came from;
     * any other port, or no server, refuses the connection.
     */
    private Result serve(Guest target, String from, String host, int port, String path, Duration rtt) {
        Optional<String> server = port == 80
                ? WEB_SERVERS.stream().filter(s -> target.isRunning(s, now)).findFirst()
                : Optional.empty();
        if (server.isEmpty()) {
            return refused(host, port, rtt);
        }
        String root = server.get().equals("nginx") ? "/usr/share/nginx/html" : "/var/www/html";
        String file = root + (path.endsWith("/") ? path + "index.html" : path);
        String body = target.locate(file).disk().read(file);
        HttpAnswer answer = body == null
                ? new HttpAnswer(404, "Not Found", "<html><head><title>404 Not Found</title></head></html>\n")
                : HttpAnswer.ok(body);
        target.served(new Guest.Request(from, method, path, answer.status(), now));
        Result r = answered(answer);
        return new Result(r.stdout(), r.stderr(), r.exitCode(), rtt);
    }

    private Result refused(String host, int port, Duration rtt) {
        return error(
                7,
                "Failed to connect to " + host + " port " + port + " after " + rtt.toMillis()
                        + " ms: Couldn't connect to server",
                rtt);
    }

    private Result answered(HttpAnswer a) {
        if (failOnError && a.status() >= 400) {
            return error(22, "The requested URL returned error: " + a.status(), Duration.ZERO);
        }
        StringBuilder shown = new StringBuilder();
        if (include || headOnly) {
            shown.append("HTTP/1.1 ")
                    .append(a.status())
                    .append(' ')
                    .append(a.reason())
                    .append("\r\nContent-Length: ")
                    .append(a.body().length())
                    .append("\r\n\r\n");
        }
        if (!headOnly) {
            shown.append(a.body());
        }
        String stdout = shown.toString();
        if (output.isPresent()) {
            if (!output.get().equals("/dev/null")) {
                files.write(output.get(), stdout);
            }
            stdout = "";
        }
        String written = writeOut.map(w -> w.replace("%{http_code}", String.format("%03d", a.status()))
                        .replace("%{response_code}", String.format("%03d", a.status()))
                        .replace("\\n", "\n"))
                .orElse("");
        return new Result(stdout + written, "", 0, Duration.ZERO);
    }

    private Result timedOut(String host, int port) {
        Duration waited = timeout.orElse(SYN_TIMEOUT);
        String how = timeout.isPresent() ? "Timeout was reached" : "Couldn't connect to server";
        long ms = timeout.isPresent() ? waited.toMillis() + 2 : waited.toMillis();
        return error(28, "Failed to connect to " + host + " port " + port + " after " + ms + " ms: " + how, waited);
    }

    /** curl's error line, on stderr unless {@code -s} without {@code -S}; {@code -w} still writes its code 000. */
    private Result error(int code, String message, Duration elapsed) {
        String written = writeOut.map(w -> w.replace("%{http_code}", "000")
                        .replace("%{response_code}", "000")
                        .replace("\\n", "\n"))
                .orElse("");
        String stderr = !silent || showError ? "curl: (" + code + ") " + message + "\n" : "";
        return new Result(written, stderr, code, elapsed);
    }

    private Optional<Result> parse(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                if (List.of("request", "header", "write-out", "output", "connect-timeout", "max-time", "data")
                        .contains(name)) {
                    if (i + 1 >= args.size()) {
                        return Optional.of(usage("option " + a + ": requires parameter"));
                    }
                    value = args.get(++i);
                }
                Optional<Result> bad = option(name, value);
                if (bad.isPresent()) {
                    return bad;
                }
            } else if (a.startsWith("-") && a.length() > 1) {
                for (int j = 1; j < a.length(); j++) {
                    char c = a.charAt(j);
                    String name = shortName(c);
                    if (name == null) {
                        return Optional.of(usage("option -" + c + ": is unknown"));
                    }
                    String value = null;
                    if ("XHwomd".indexOf(c) >= 0) {
                        if (j + 1 < a.length()) {
                            value = a.substring(j + 1);
                        } else if (i + 1 < args.size()) {
                            value = args.get(++i);
                        } else {
                            return Optional.of(usage("option -" + c + ": requires parameter"));
                        }
                        j = a.length();
                    }
                    Optional<Result> bad = option(name, value);
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
            } else {
                urls.add(a);
            }
        }
        return Optional.empty();
    }

    private static String shortName(char c) {
        return switch (c) {
            case 'X' -> "request";
            case 'H' -> "header";
            case 'w' -> "write-out";
            case 'o' -> "output";
            case 'm' -> "max-time";
            case 'd' -> "data";
            case 's' -> "silent";
            case 'S' -> "show-error";
            case 'f' -> "fail";
            case 'i' -> "include";
            case 'I' -> "head";
            case 'L' -> "location";
            case 'v' -> "verbose";
            case 'k' -> "insecure";
            default -> null;
        };
    }

    private Optional<Result> option(String name, String value) {
        switch (name) {
            case "request" -> method = value.toUpperCase(Locale.ROOT);
            case "header" -> {
                int colon = value.indexOf(':');
                if (colon > 0) {
                    headers.put(
                            value.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            value.substring(colon + 1).strip());
                }
            }
            case "write-out" -> writeOut = Optional.of(value);
            case "output" -> output = Optional.of(value);
            case "connect-timeout", "max-time" -> {
                try {
                    Duration d = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                    timeout =
                            Optional.of(timeout.filter(t -> t.compareTo(d) < 0).orElse(d));
                } catch (NumberFormatException e) {
                    return Optional.of(usage("option --" + name + ": expected a proper numerical parameter"));
                }
            }
            case "data" -> method = method.equals("GET") ? "POST" : method;
            case "silent" -> silent = true;
            case "show-error" -> showError = true;
            case "fail" -> failOnError = true;
            case "include" -> include = true;
            case "head" -> {
                headOnly = true;
                method = "HEAD";
            }
            case "location", "verbose", "insecure", "compressed", "no-progress-meter" -> {}
            default -> {
                return Optional.of(usage("option --" + name + ": is unknown"));
            }
        }
        return Optional.empty();
    }

    private static Result usage(String problem) {
        return new Result(
                "",
                "curl: " + problem + "\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
                2,
                Duration.ZERO);
    }
}
