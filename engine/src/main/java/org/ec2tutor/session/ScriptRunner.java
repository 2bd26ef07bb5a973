package org.ec2tutor.session;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cell.ScriptReader;

/**
 * {@code ec2-tutor run [--seed N] [--keep-going] FILE...}: every cell of every file on one session with a manual
 * clock, printed as the REPL prints it but without prompts. Exit 0 if every cell succeeded, 1 at the first failed cell
 * (or at the end with --keep-going), 2 for usage errors.
 */
public final class ScriptRunner {

    private ScriptRunner() {}

    public static int run(
            long seed, boolean keepGoing, List<Path> files, Path workingDirectory, PrintStream out, PrintStream err) {
        return run(seed, keepGoing, files, workingDirectory, List.of(), out, err);
    }

    /** As {@link #run(long, boolean, List, Path, PrintStream, PrintStream)}, with teachers' lesson folders. */
    public static int run(
            long seed,
            boolean keepGoing,
            List<Path> files,
            Path workingDirectory,
            List<Path> lessonFolders,
            PrintStream out,
            PrintStream err) {
        boolean failed = false;
        SessionOptions options = new SessionOptions(seed, 0, Optional.empty(), workingDirectory, true)
                .withLessonFolders(lessonFolders)
                .withJavaOnDemand(); // an aws-only script never starts JShell
        try (Session session = Session.start(options)) {
            for (Path file : files) {
                List<String> cells;
                try {
                    cells = ScriptReader.cells(workingDirectory.resolve(file));
                } catch (ScriptReader.ScriptException e) {
                    err.println("ec2-tutor run: " + e.getMessage());
                    return 2;
                }
                for (String cell : cells) {
                    CellResult r = session.execute(cell);
                    for (CellEvent e : r.events()) {
                        print(e, out, err);
                    }
                    if (!r.succeeded()) {
                        failed = true;
                        if (!keepGoing) {
                            return 1;
                        }
                    }
                }
            }
        }
        return failed ? 1 : 0;
    }

    /** One event as the REPL prints it: streams as they are, results and displays as text, errors on stderr. */
    public static void print(CellEvent e, PrintStream out, PrintStream err) {
        if (e instanceof CellEvent.Stream s) {
            (s.name() == CellEvent.StreamName.STDOUT ? out : err).print(s.text());
        } else if (e instanceof CellEvent.Result r) {
            out.println(r.data().get("text/plain"));
        } else if (e instanceof CellEvent.Display d) {
            out.print(d.textLines());
        } else if (e instanceof CellEvent.Failure x) {
            x.traceback().forEach(err::println);
        }
        out.flush();
        err.flush();
    }
}
