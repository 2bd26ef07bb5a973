package org.ec2tutor.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.repl.Repl;
import org.ec2tutor.session.ScriptRunner;

/**
 * {@code ec2-tutor}: no argument opens the REPL; {@code run} runs files of cells; the kernel, lessons and grading
 * commands arrive with their issues and say so until then. Exit status 2 is a usage error.
 */
public final class Main {

    static final String USAGE = """
            usage: ec2-tutor [--resume] [--time-scale X] [--seed N]     the REPL
                   ec2-tutor run [--seed N] [--keep-going] FILE...      run cells non-interactively
                   ec2-tutor kernel --connection-file F                 the Jupyter kernel
                   ec2-tutor kernel install [--user|--prefix DIR] [--name N]
                   ec2-tutor lessons                                    (not available yet)
                   ec2-tutor grade --lesson ID ... SUBMISSION...        (not available yet)
            """;

    private Main() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) throws IOException {
        if (args.isEmpty() || args.get(0).startsWith("--") && !args.get(0).equals("--help")) {
            return repl(args);
        }
        switch (args.get(0)) {
            case "run":
                return runFiles(args.subList(1, args.size()));
            case "help":
            case "--help":
                System.out.print(USAGE);
                return 0;
            case "kernel":
                return kernel(args.subList(1, args.size()));
            case "lessons":
            case "lesson":
            case "grade":
                System.err.println("ec2-tutor " + args.get(0) + ": not available yet in this version.");
                return 2;
            default:
                System.err.print("ec2-tutor: unknown command " + args.get(0) + "\n" + USAGE);
                return 2;
        }
    }

    private static int kernel(List<String> args) throws IOException {
        if (args.size() == 2 && args.get(0).equals("--connection-file")) {
            return org.ec2tutor.kernel.KernelMain.run(Path.of(args.get(1)), System.err);
        }
        if (!args.isEmpty() && args.get(0).equals("install")) {
            boolean user = false;
            java.util.Optional<Path> prefix = java.util.Optional.empty();
            String name = "ec2-tutor";
            try {
                for (int i = 1; i < args.size(); i++) {
                    switch (args.get(i)) {
                        case "--user":
                            user = true;
                            break;
                        case "--prefix":
                            prefix = java.util.Optional.of(Path.of(args.get(++i)));
                            break;
                        case "--name":
                            name = args.get(++i);
                            break;
                        default:
                            return usage("unknown option " + args.get(i));
                    }
                }
            } catch (IndexOutOfBoundsException e) {
                return usage("--prefix and --name need a value");
            }
            if (user && prefix.isPresent()) {
                return usage("Can't specify both --user and --prefix");
            }
            String launcher = System.getProperty("ec2tutor.launcher");
            if (launcher == null) {
                System.err.println("ec2-tutor kernel install: run it through bin/ec2-tutor, which knows its own path");
                return 2;
            }
            try {
                Path dir = org.ec2tutor.kernel.install.KernelspecInstaller.install(
                        new org.ec2tutor.kernel.install.KernelspecInstaller.Target(user, prefix, name), Path.of(launcher));
                System.out.println("Installed kernelspec " + name + " in " + dir);
                return 0;
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
        }
        return usage("kernel needs --connection-file FILE, or install");
    }

    private static int repl(List<String> args) throws IOException {
        boolean resume = false;
        double scale = 1.0;
        long seed = 1;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--resume":
                        resume = true;
                        break;
                    case "--time-scale":
                        scale = Double.parseDouble(args.get(++i));
                        break;
                    case "--seed":
                        seed = Long.parseLong(args.get(++i));
                        break;
                    default:
                        return usage("unknown option " + args.get(i));
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return usage("bad option value");
        }
        return Repl.run(new Repl.Options(resume, scale, seed));
    }

    private static int runFiles(List<String> args) {
        long seed = 1;
        boolean keepGoing = false;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--seed")) {
                    seed = Long.parseLong(args.get(++i));
                } else if (a.equals("--keep-going")) {
                    keepGoing = true;
                } else if (a.startsWith("--")) {
                    return usage("unknown option " + a);
                } else {
                    files.add(Path.of(a));
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return usage("--seed needs a number");
        }
        if (files.isEmpty()) {
            return usage("run needs at least one FILE");
        }
        return ScriptRunner.run(seed, keepGoing, files, Path.of("").toAbsolutePath(), System.out, System.err);
    }

    private static int usage(String why) {
        System.err.print("ec2-tutor: " + why + "\n" + USAGE);
        return 2;
    }
}
