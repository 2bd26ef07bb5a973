package org.ec2tutor.endpoint;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.ec2tutor.sdk.SimulatedAws;

/**
 * {@code ec2-tutor serve [--port P] [--seed N] [--lessons DIR] [--aws-config-dir DIR]}: a headless session on a
 * manual clock that serves only the endpoint, for scripts, CI and a learner's own terminal. Prints what to paste,
 * optionally writes the AWS CLI's shared files, and runs until SIGTERM or Ctrl-C. Exit 2 for a usage error, 1 when
 * the port cannot be bound.
 */
public final class Serve {

    static final String USAGE = "usage: ec2-tutor serve [--port P] [--seed N] [--lessons DIR] [--aws-config-dir DIR]\n";

    private Serve() {}

    /** The options of {@code serve}. */
    record Options(int port, long seed, List<Path> lessons, Path awsConfigDir) {

        static Options parse(List<String> args) {
            int port = 0;
            long seed = 1;
            List<Path> lessons = new ArrayList<>();
            Path config = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(
                            a.startsWith("--") ? a + " needs a value" : "unknown argument " + a);
                }
                String v = args.get(++i);
                switch (a) {
                    case "--port" -> port = Integer.parseInt(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--lessons" -> lessons.add(Path.of(v));
                    case "--aws-config-dir" -> config = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port is 0 to 65535");
            }
            return new Options(port, seed, lessons, config);
        }
    }

    /** Runs until the JVM is asked to stop; returns only on a usage or start-up error. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (NumberFormatException e) {
            err.print("ec2-tutor serve: --port and --seed take numbers\n" + USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.print("ec2-tutor serve: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        for (Path dir : options.lessons()) {
            if (!Files.isDirectory(dir)) {
                err.println("ec2-tutor serve: no lesson folder " + dir);
                return 2;
            }
        }
        Endpoint endpoint;
        try {
            endpoint = Endpoint.start(SimulatedAws.realistic(options.seed()), options.port(), true);
            if (options.awsConfigDir() != null) {
                endpoint.writeAwsConfig(options.awsConfigDir());
            }
        } catch (IOException e) {
            err.println("ec2-tutor serve: cannot serve on 127.0.0.1:" + options.port() + ": " + e.getMessage());
            return 1;
        }
        out.print(banner(endpoint, options));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            endpoint.close();
                            err.println("ec2-tutor serve: stopped");
                            stopped.countDown();
                        },
                        "ec2-tutor-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static String banner(Endpoint endpoint, Options options) {
        StringBuilder b = new StringBuilder();
        b.append("ec2-tutor serve: EC2, SSM and STS on ")
                .append(endpoint.url())
                .append(" (seed ")
                .append(options.seed())
                .append(", manual clock: a describe moves it on)\n");
        b.append(endpoint.shellExports("default")).append('\n');
        b.append("# AWS CLI before 2.13 and boto3 before 1.28 ignore AWS_ENDPOINT_URL: add --endpoint-url ")
                .append(endpoint.url())
                .append('\n');
        if (options.awsConfigDir() != null) {
            Path dir = options.awsConfigDir().toAbsolutePath();
            b.append("export AWS_CONFIG_FILE=")
                    .append(dir.resolve("config"))
                    .append(" AWS_SHARED_CREDENTIALS_FILE=")
                    .append(dir.resolve("credentials"))
                    .append("   # then --profile teammate|outsider\n");
        } else {
            b.append("# ~/.aws/config and ~/.aws/credentials profiles for the accounts:\n");
            for (String line :
                    (endpoint.configFile() + endpoint.credentialsFile()).lines().toList()) {
                b.append(line.isEmpty() ? "#" : "#   " + line).append('\n');
            }
        }
        b.append("# Ctrl-C or SIGTERM stops it.\n");
        return b.toString();
    }
}
