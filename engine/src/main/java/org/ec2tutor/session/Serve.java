package org.ec2tutor.session;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.ec2tutor.endpoint.Endpoint;
import org.ec2tutor.lesson.LessonRun;

/**
 * {@code ec2-tutor serve [--port P] [--seed N] [--lessons DIR] [--lesson ID] [--aws-config-dir DIR]}: a headless
 * session on a manual clock that serves only the endpoint, for scripts, CI and a learner's own terminal. Prints what
 * to paste, optionally writes the AWS CLI's shared files, and runs until SIGTERM or Ctrl-C. With {@code --lesson} it
 * takes that lesson on the served account: each step is printed as a call over HTTP passes it, and where the learner
 * got to is printed when it stops. Exit 2 for a usage error, 1 when the port cannot be bound.
 */
public final class Serve {

    static final String USAGE =
            "usage: ec2-tutor serve [--port P] [--seed N] [--lessons DIR] [--lesson ID] [--aws-config-dir DIR]\n";

    private Serve() {}

    /** The options of {@code serve}; {@code seed} is empty when not given (a lesson then uses its own). */
    record Options(int port, Optional<Long> seed, List<Path> lessons, Optional<String> lesson, Path awsConfigDir) {

        static Options parse(List<String> args) {
            int port = 0;
            Optional<Long> seed = Optional.empty();
            List<Path> lessons = new ArrayList<>();
            Optional<String> lesson = Optional.empty();
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
                    case "--seed" -> seed = Optional.of(Long.parseLong(v));
                    case "--lessons" -> lessons.add(Path.of(v));
                    case "--lesson" -> lesson = Optional.of(v);
                    case "--aws-config-dir" -> config = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port is 0 to 65535");
            }
            return new Options(port, seed, lessons, lesson, config);
        }

        long sessionSeed() {
            return seed.orElse(1L);
        }
    }

    /** Why serve could not start: the one line to print and the exit status. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** A headless session serving its account; {@link #close} stops it and prints where a lesson got to. */
    static final class Serving implements AutoCloseable {
        private final Session session;
        private final Endpoint endpoint;
        private final PrintStream out;
        private final PrintStream err;

        private Serving(Session session, Endpoint endpoint, PrintStream out, PrintStream err) {
            this.session = session;
            this.endpoint = endpoint;
            this.out = out;
            this.err = err;
        }

        URI url() {
            return endpoint.url();
        }

        Endpoint endpoint() {
            return endpoint;
        }

        @Override
        public void close() {
            endpoint.close();
            if (session.lessonRun().isPresent()) {
                out.println();
                for (CellEvent e : session.execute("%progress").events()) {
                    ScriptRunner.print(e, out, err);
                }
            }
            session.close();
        }
    }

    /**
     * Starts serving as {@code options} say and prints the banner (and the lesson's first step) on {@code out}.
     *
     * @throws Refused for a lesson that cannot start (2) or a port that cannot be bound (1)
     */
    static Serving start(Options options, PrintStream out, PrintStream err) throws Refused {
        for (Path dir : options.lessons()) {
            if (!Files.isDirectory(dir)) {
                throw new Refused(2, "no lesson folder " + dir);
            }
        }
        Session session = Session.start(SessionOptions.scripted(options.sessionSeed())
                .withLessonFolders(options.lessons())
                .withJavaOnDemand());
        try {
            List<CellEvent> lessonStart = new ArrayList<>();
            if (options.lesson().isPresent()) {
                String start = "%lesson start " + options.lesson().get()
                        + options.seed().map(s -> " --seed " + s).orElse("");
                CellResult started = session.execute(start);
                if (!started.succeeded()) {
                    throw new Refused(
                            2,
                            failure(started).orElse("lesson " + options.lesson().get() + " did not start"));
                }
                lessonStart.addAll(started.events());
            }
            Endpoint endpoint;
            try {
                endpoint = session.serve(options.port(), e -> ScriptRunner.print(e, out, err));
            } catch (UncheckedIOException e) {
                throw new Refused(
                        1,
                        "cannot serve on 127.0.0.1:" + options.port() + ": "
                                + e.getCause().getMessage()
                                + (options.port() == 0 ? "" : " (is another program, or serve, using that port?)"));
            }
            if (options.awsConfigDir() != null) {
                try {
                    endpoint.writeAwsConfig(options.awsConfigDir());
                } catch (IOException e) {
                    endpoint.close();
                    throw new Refused(1, "cannot write " + options.awsConfigDir() + ": " + e.getMessage());
                }
            }
            long seed = session.lessonRun().map(LessonRun::seed).orElse(options.sessionSeed());
            out.print(banner(endpoint, options, seed));
            for (CellEvent e : lessonStart) {
                ScriptRunner.print(e, out, err);
            }
            out.flush();
            return new Serving(session, endpoint, out, err);
        } catch (Refused | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static Optional<String> failure(CellResult r) {
        return r.events().stream()
                .filter(e -> e instanceof CellEvent.Failure)
                .map(e -> ((CellEvent.Failure) e).value())
                .findFirst();
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
        Serving serving;
        try {
            serving = start(options, out, err);
        } catch (Refused e) {
            err.println("ec2-tutor serve: " + e.getMessage());
            return e.status();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            serving.close();
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

    static String banner(Endpoint endpoint, Options options, long seed) {
        StringBuilder b = new StringBuilder();
        b.append(
                        "ec2-tutor serve: EC2, SSM, STS, CloudTrail, Cost Explorer, Savings Plans, AWS Config and Account Management on ")
                .append(endpoint.url())
                .append(" (seed ")
                .append(seed)
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
        options.lesson()
                .ifPresent(
                        id -> b.append("# Lesson ")
                                .append(id)
                                .append(
                                        ": each step is printed here as your calls pass it; where you got to, when serve stops.\n"));
        b.append("# Ctrl-C or SIGTERM stops it.\n");
        return b.toString();
    }
}
