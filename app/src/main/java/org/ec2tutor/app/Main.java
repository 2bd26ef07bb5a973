package org.ec2tutor.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.grade.GradeReport;
import org.ec2tutor.grade.Grader;
import org.ec2tutor.grade.JavaLimits;
import org.ec2tutor.grade.ReportFormat;
import org.ec2tutor.grade.SubmissionBudget;
import org.ec2tutor.kernel.KernelMain;
import org.ec2tutor.kernel.install.KernelspecInstaller;
import org.ec2tutor.lesson.LessonException;
import org.ec2tutor.lesson.LessonLibrary;
import org.ec2tutor.lesson.LessonListing;
import org.ec2tutor.repl.Repl;
import org.ec2tutor.repl.SessionHome;
import org.ec2tutor.session.LessonNotebook;
import org.ec2tutor.session.LessonValidation;
import org.ec2tutor.session.ScriptRunner;
import org.ec2tutor.session.Serve;
import org.ec2tutor.session.SessionStore;

/**
 * {@code ec2-tutor}: with no command (or only REPL options) it opens the REPL; {@code run} runs files of cells,
 * {@code kernel} serves Jupyter or installs its kernelspec, {@code lessons} and {@code lesson export} list and export
 * lessons, and {@code grade} grades submissions. Exit status 2 is a usage error.
 */
public final class Main {

    static final String USAGE = """
            usage: ec2-tutor [--new|--resume [NAME]] [--time-scale X] [--seed N] [--lessons DIR]   the REPL
                   ec2-tutor sessions                                   list the saved sessions
                   ec2-tutor run [--seed N] [--keep-going] [--lessons DIR] FILE...    run cells non-interactively
                   ec2-tutor serve [--port P] [--seed N] [--lessons DIR] [--aws-config-dir DIR]   a local AWS endpoint
                   ec2-tutor kernel --connection-file F                 the Jupyter kernel
                   ec2-tutor kernel install [--user|--prefix DIR] [--name N]
                   ec2-tutor lessons [--lessons DIR]                    list and check the lessons
                   ec2-tutor lesson export ID [--with-solutions] [--lessons DIR] --out FILE.ipynb
                   ec2-tutor grade --lesson ID [--format text|json|gradescope|junit] [--out PATH]
                                   [--timeout-per-cell S] [--lessons DIR] [--unsandboxed]
                                   [--java-heap-mb MB] [--java-cpu-seconds S]
                                   [--submission-seconds S] [--max-cells N] SUBMISSION...
            Teachers' lesson folders: --lessons DIR (repeatable) or EC2_TUTOR_LESSONS=DIR[:DIR...].
            """;

    private Main() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) throws IOException {
        if (args.isEmpty() || (args.get(0).startsWith("--") && !args.get(0).equals("--help"))) {
            return repl(args);
        }
        return switch (args.get(0)) {
            case "run" -> runFiles(args.subList(1, args.size()));
            case "help", "--help" -> {
                System.out.print(USAGE);
                yield 0;
            }
            case "serve" -> Serve.run(args.subList(1, args.size()), System.out, System.err);
            case "kernel" -> kernel(args.subList(1, args.size()));
            case "lessons" -> lessons(args.subList(1, args.size()));
            case "sessions" -> sessions(args.subList(1, args.size()));
            case "lesson" -> lesson(args.subList(1, args.size()));
            case "grade" -> grade(args.subList(1, args.size()));
            default -> {
                System.err.print("ec2-tutor: unknown command " + args.get(0) + "\n" + USAGE);
                yield 2;
            }
        };
    }

    private static int kernel(List<String> args) throws IOException {
        if (args.size() == 2 && args.get(0).equals("--connection-file")) {
            return KernelMain.run(Path.of(args.get(1)), System.err);
        }
        if (!args.isEmpty() && args.get(0).equals("install")) {
            boolean user = false;
            Optional<Path> prefix = Optional.empty();
            String name = "ec2-tutor";
            try {
                for (int i = 1; i < args.size(); i++) {
                    switch (args.get(i)) {
                        case "--user" -> user = true;
                        case "--prefix" -> prefix = Optional.of(Path.of(args.get(++i)));
                        case "--name" -> name = args.get(++i);
                        default -> {
                            return usage("unknown option " + args.get(i));
                        }
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
                Path dir = KernelspecInstaller.install(
                        new KernelspecInstaller.Target(user, prefix, name), Path.of(launcher));
                System.out.println("Installed kernelspec " + name + " in " + dir);
                return 0;
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
        }
        return usage("kernel needs --connection-file FILE, or install");
    }

    /** Exit 0 when grading ran, whatever the scores; 2 for usage; 3 when the grader itself could not run. */
    private static int grade(List<String> args) throws IOException {
        String lesson = null;
        ReportFormat format = ReportFormat.TEXT;
        Path out = null;
        Duration timeout = Duration.ofSeconds(30);
        List<Path> folders = new ArrayList<>();
        List<Path> submissions = new ArrayList<>();
        JavaLimits java = JavaLimits.DEFAULT;
        SubmissionBudget budget = SubmissionBudget.DEFAULT;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--lesson" -> lesson = args.get(++i);
                    case "--format" -> {
                        String f = args.get(++i);
                        format = ReportFormat.fromName(f).orElse(null);
                        if (format == null) {
                            return usage("--format is text, json, gradescope or junit, not " + f);
                        }
                    }
                    case "--out" -> out = Path.of(args.get(++i));
                    case "--timeout-per-cell" -> {
                        double seconds = Double.parseDouble(args.get(++i));
                        if (!(seconds > 0)) {
                            return usage("--timeout-per-cell needs a positive number of seconds");
                        }
                        timeout = Duration.ofMillis((long) (seconds * 1000));
                    }
                    case "--lessons" -> folders.add(Path.of(args.get(++i)));
                    case "--unsandboxed" -> java = java.withUnsandboxed(true);
                    case "--java-heap-mb" -> {
                        int mb = Integer.parseInt(args.get(++i));
                        if (mb < 32) {
                            return usage("--java-heap-mb needs at least 32: an agent JVM does not start with less");
                        }
                        java = java.withHeapMegabytes(mb);
                    }
                    case "--java-cpu-seconds" -> java = java.withCpuSeconds(Integer.parseInt(args.get(++i)));
                    case "--submission-seconds" ->
                        budget = budget.withWall(Duration.ofSeconds(Integer.parseInt(args.get(++i))));
                    case "--max-cells" -> budget = budget.withMaxCells(Integer.parseInt(args.get(++i)));
                    default -> {
                        if (a.startsWith("--")) {
                            return usage("unknown option " + a);
                        }
                        submissions.add(Path.of(a));
                    }
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return usage("an option of grade needs a value");
        }
        if (lesson == null || submissions.isEmpty()) {
            return usage("grade needs --lesson ID and at least one SUBMISSION");
        }
        GradeReport report;
        try {
            report = Grader.grade(
                    Grader.Options.of(lesson)
                            .withCellTimeout(timeout)
                            .withLessonFolders(folders)
                            .withJava(java)
                            .withBudget(budget),
                    submissions);
        } catch (LessonException e) {
            System.err.println("ec2-tutor grade: " + e.getMessage());
            return 3;
        }
        String text = format.write(report);
        if (out == null) {
            System.out.print(text);
        } else {
            Files.writeString(out, text);
            System.err.println("ec2-tutor grade: " + report.submissions().size() + " submission(s), report in " + out);
        }
        return 0;
    }

    private static int lessons(List<String> args) {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--lessons") && i + 1 < args.size()) {
                folders.add(Path.of(args.get(++i)));
            } else {
                return usage("unknown option " + args.get(i));
            }
        }
        try {
            System.out.print(LessonListing.text(LessonLibrary.standard(folders)));
        } catch (LessonException e) {
            System.err.println("ec2-tutor lessons: " + e.getMessage());
            return 1;
        }
        // Every lesson listed is also checked, so a teacher sees a broken one before a learner does.
        List<LessonValidation.Result> results = LessonValidation.validate(folders);
        long broken = results.stream().filter(r -> r.problem().isPresent()).count();
        for (LessonValidation.Result r : results) {
            r.problem().ifPresent(p -> System.err.println("ec2-tutor lessons: " + r.lessonId() + " is broken: " + p));
        }
        if (broken > 0) {
            System.err.println("ec2-tutor lessons: " + broken + " of " + results.size() + " lessons have problems.");
            return 1;
        }
        System.out.println("Checked " + results.size() + " lessons: each renders and starts on its seed; those with "
                + "reference solutions (solution-cli.cells, solution-java.cells) pass every step with each.");
        return 0;
    }

    private static int lesson(List<String> args) throws IOException {
        if (args.size() < 2 || !args.get(0).equals("export")) {
            return usage("lesson needs: export ID [--with-solutions] --out FILE.ipynb");
        }
        String id = args.get(1);
        boolean solutions = false;
        Path out = null;
        List<Path> folders = new ArrayList<>();
        for (int i = 2; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--with-solutions" -> solutions = true;
                case "--out" -> {
                    if (i + 1 >= args.size()) {
                        return usage("--out needs a FILE");
                    }
                    out = Path.of(args.get(++i));
                }
                case "--lessons" -> {
                    if (i + 1 >= args.size()) {
                        return usage("--lessons needs a DIR");
                    }
                    folders.add(Path.of(args.get(++i)));
                }
                default -> {
                    return usage("unknown option " + args.get(i));
                }
            }
        }
        if (out == null) {
            return usage("lesson export needs --out FILE.ipynb");
        }
        try {
            Files.writeString(out, LessonNotebook.export(id, solutions, folders));
        } catch (LessonException e) {
            System.err.println("ec2-tutor lesson export: " + e.getMessage());
            return 1;
        }
        System.out.println("Wrote " + out + " (lesson " + id + (solutions ? ", with solutions" : "") + ")");
        return 0;
    }

    /** {@code ec2-tutor sessions}: the saved sessions under the home, newest first. */
    private static int sessions(List<String> args) {
        if (!args.isEmpty()) {
            return usage("sessions takes no arguments");
        }
        System.out.print(SessionStore.describe(SessionHome.standard().sessions(), Optional.empty()));
        return 0;
    }

    private static int repl(List<String> args) throws IOException {
        List<Path> folders = new ArrayList<>();
        boolean fresh = false;
        Optional<String> resume = Optional.empty();
        double scale = 1.0;
        long seed = 1;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--new" -> fresh = true;
                    case "--resume" -> {
                        // --resume alone continues the last session, as a plain start does.
                        if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                            resume = Optional.of(args.get(++i));
                        }
                    }
                    case "--time-scale" -> scale = Double.parseDouble(args.get(++i));
                    case "--seed" -> seed = Long.parseLong(args.get(++i));
                    case "--lessons" -> folders.add(Path.of(args.get(++i)));
                    default -> {
                        return usage("unknown option " + args.get(i));
                    }
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return usage("bad option value");
        }
        if (fresh && resume.isPresent()) {
            return usage("--new and --resume NAME exclude each other");
        }
        return Repl.run(new Repl.Options(fresh, resume, scale, seed, folders));
    }

    private static int runFiles(List<String> args) {
        List<Path> folders = new ArrayList<>();
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
                } else if (a.equals("--lessons")) {
                    folders.add(Path.of(args.get(++i)));
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
        return ScriptRunner.run(seed, keepGoing, files, Path.of("").toAbsolutePath(), folders, System.out, System.err);
    }

    private static int usage(String why) {
        System.err.print("ec2-tutor: " + why + "\n" + USAGE);
        return 2;
    }
}
