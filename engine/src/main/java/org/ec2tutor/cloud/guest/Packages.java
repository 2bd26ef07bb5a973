package org.ec2tutor.cloud.guest;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The software the simulated package managers know: how long an install takes on the virtual clock, which service
 * it provides, and which files it lays down. Names follow Amazon Linux 2023 (dnf) and Ubuntu (apt).
 */
public final class Packages {

    /** One installable package. */
    public record KnownPackage(
            String name, Duration installTime, Optional<String> service, Map<String, String> files) {}

    private static final String NGINX_PAGE = """
            <!DOCTYPE html>
            <html>
            <head><title>Welcome to nginx!</title></head>
            <body><h1>Welcome to nginx!</h1></body>
            </html>
            """;
    private static final String HTTPD_PAGE = "<html><body><h1>It works!</h1></body></html>\n";

    private static final Map<String, KnownPackage> KNOWN = Map.ofEntries(
            Map.entry(
                    "nginx",
                    new KnownPackage(
                            "nginx",
                            Duration.ofSeconds(25),
                            Optional.of("nginx"),
                            Map.of(
                                    "/usr/share/nginx/html/index.html",
                                    NGINX_PAGE,
                                    "/etc/nginx/nginx.conf",
                                    "# nginx\n"))),
            Map.entry(
                    "httpd",
                    new KnownPackage(
                            "httpd",
                            Duration.ofSeconds(20),
                            Optional.of("httpd"),
                            Map.of("/var/www/html/index.html", HTTPD_PAGE))),
            Map.entry(
                    "apache2",
                    new KnownPackage(
                            "apache2",
                            Duration.ofSeconds(20),
                            Optional.of("apache2"),
                            Map.of("/var/www/html/index.html", HTTPD_PAGE))),
            Map.entry("git", new KnownPackage("git", Duration.ofSeconds(10), Optional.empty(), Map.of())),
            Map.entry("docker", new KnownPackage("docker", Duration.ofSeconds(35), Optional.of("docker"), Map.of())),
            Map.entry(
                    "mariadb105-server",
                    new KnownPackage("mariadb105-server", Duration.ofSeconds(40), Optional.of("mariadb"), Map.of())),
            Map.entry(
                    "java-17-amazon-corretto",
                    new KnownPackage("java-17-amazon-corretto", Duration.ofSeconds(45), Optional.empty(), Map.of())),
            Map.entry(
                    "python3-pip", new KnownPackage("python3-pip", Duration.ofSeconds(8), Optional.empty(), Map.of())),
            Map.entry("stress-ng", new KnownPackage("stress-ng", Duration.ofSeconds(6), Optional.empty(), Map.of())));

    private Packages() {}

    public static Optional<KnownPackage> find(String name) {
        return Optional.ofNullable(KNOWN.get(name));
    }

    /** The package that provides {@code service}, if any. */
    static Optional<KnownPackage> providing(String service) {
        return KNOWN.values().stream()
                .filter(p -> p.service().filter(service::equals).isPresent())
                .findFirst();
    }
}
