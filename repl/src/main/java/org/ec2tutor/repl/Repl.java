package org.ec2tutor.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.jshell.ExitGuard;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.ec2tutor.session.SessionStore;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The terminal REPL: read a cell, run it on the session, print its events. Ctrl-C interrupts a running cell (or
 * clears the line), Ctrl-D leaves; the session autosaves after every cell, so leaving loses nothing.
 */
public final class Repl {

    /**
     * How the REPL starts.
     *
     * @param fresh {@code --new}: a new session even if there is a last one to continue
     * @param resume {@code --resume NAME}: continue that saved session
     */
    public record Options(
            boolean fresh, Optional<String> resume, double timeScale, long seed, List<Path> lessonFolders) {

        public Options {
            lessonFolders = List.copyOf(lessonFolders);
        }

        public Options(boolean fresh, double timeScale, long seed) {
            this(fresh, Optional.empty(), timeScale, seed, List.of());
        }

        public static Options defaults() {
            return new Options(false, 1.0, 1);
        }
    }

    static final String BANNER = """
            ec2-tutor: learn Amazon EC2 by doing, against a simulated account.
            Type aws commands or Java. %help intro gives a short tour, %help the commands; Ctrl-D leaves.
            """;

    private Repl() {}

    /**
     * Runs on the process's terminal until Ctrl-D. Learner Java runs in this process unless isolated, so first an
     * exit it reaches through reflection is refused as in the kernel (the session, its account and clock go on). JDK
     * 17 prints its deprecation warning for that to the process's first stderr, whatever System.err is by then; the
     * launcher filters those four lines out of the terminal.
     */
    public static int run(Options options) throws IOException {
        ExitGuard.install(); // where the JDK allows none, the direct-call check (ExitCallScanner) remains
        try (Terminal terminal =
                TerminalBuilder.builder().system(true).dumb(true).build()) {
            return run(options, terminal, Path.of("").toAbsolutePath());
        }
    }

    /** Runs on the given streams (tests drive it with piped keystrokes). */
    public static int run(Options options, InputStream in, OutputStream out) throws IOException {
        try (Terminal terminal = new DumbTerminal("ec2-tutor", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8)) {
            terminal.echo(false);
            return run(options, terminal, Path.of("").toAbsolutePath());
        }
    }

    static int run(Options options, Terminal terminal, Path workingDirectory) throws IOException {
        PrintWriter out = terminal.writer();
        boolean color = System.getenv("NO_COLOR") == null
                && !Terminal.TYPE_DUMB.equals(terminal.getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        SessionHome home = SessionHome.standard();
        out.print(BANNER);
        boolean writable = true;
        try {
            home.prepare();
        } catch (IOException e) {
            writable = false;
            out.println("Cannot write to " + home.root() + " (" + describe(e) + "): this session works in memory "
                    + "and is not saved.");
        }
        if (options.resume().isPresent()
                && !Files.isRegularFile(home.file(options.resume().get()))) {
            out.println("No saved session named " + options.resume().get() + ". " + sessionsHint(home));
            out.flush();
            return 1;
        }
        Optional<String> continuing = options.resume().or(() -> options.fresh() ? Optional.empty() : home.last());
        if (continuing.isPresent()) {
            Optional<Long> pid = home.lockedBy(continuing.get());
            if (pid.isPresent()) {
                out.println("Session " + continuing.get() + " is open in another ec2-tutor (pid " + pid.get()
                        + "), so this one is a new session; ec2-tutor --resume " + continuing.get()
                        + " continues that one once it has ended.");
                continuing = Optional.empty();
            }
        }
        SessionOptions base = new SessionOptions(
                        options.seed(), options.timeScale(), Optional.empty(), workingDirectory, true)
                .withLessonFolders(options.lessonFolders())
                .withProgressFile(home.progress());
        String name = continuing.orElseGet(home::freeName);
        Session session = Session.start(writable || continuing.isPresent() ? base.withSaveFile(home.file(name)) : base);
        if (continuing.isPresent()) {
            try {
                out.println("Continuing session " + name + ": " + session.resume(home.file(name))
                        + ". %reset or ec2-tutor --new starts fresh.");
            } catch (NoSuchFileException e) {
                out.println("Session " + name + " is gone; starting a new one.");
            } catch (SessionStore.UnreadableSaveFile e) {
                session.close();
                String kept = keepAside(home.file(name));
                name = home.freeName();
                out.println(e.getMessage().replace(" The file was left as it is.", "") + " " + kept
                        + " This is a new session, " + name + ".");
                session = Session.start(writable ? base.withSaveFile(home.file(name)) : base);
            }
        }
        if (writable) {
            home.lock(name);
            home.rememberLast(name);
        }
        out.flush();
        try (Session s = session) {
            loop(s, terminal, color, writable ? Optional.of(home.history()) : Optional.empty());
        } finally {
            home.unlock(name);
        }
        out.println(session.saveProblem()
                .map(p -> "Not saved (" + p + ").")
                .orElse(
                        writable
                                ? "Saved as session " + name
                                        + "; ec2-tutor continues it, ec2-tutor sessions lists them all."
                                : "Not saved: the home could not be written."));
        out.flush();
        return 0;
    }

    private static String sessionsHint(SessionHome home) {
        return SessionStore.describe(home.sessions(), Optional.empty()).strip();
    }

    /** Moves an unreadable save aside (never deletes it) and says where it went. */
    private static String keepAside(Path file) {
        try {
            return "It was kept as " + SessionStore.keepAside(file) + ".";
        } catch (IOException e) {
            return "It was left where it is (" + describe(e) + ").";
        }
    }

    private static String describe(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    private static void loop(Session session, Terminal terminal, boolean color, Optional<Path> history) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("ec2-tutor")
                .parser(new CellParser(session))
                .completer(new SessionCompleter(session))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "...> ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false);
        history.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        if (color) {
            builder.highlighter(new SessionHighlighter());
        }
        LineReader reader = builder.build();
        EventPrinter printer = new EventPrinter(terminal.writer(), color);
        while (true) {
            String line;
            try {
                line = reader.readLine(PromptFormatter.prompt(session));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            String cell = translateCommand(session, line);
            if (cell.isBlank()) {
                continue;
            }
            if (cell.equals("%exit") || cell.equals("%quit")) {
                return;
            }
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> session.interrupt());
            try {
                session.execute(cell, printer::print, (prompt, password) -> readInput(reader, prompt, password));
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
            }
        }
    }

    /**
     * A line a running Java cell reads from {@code System.in}, typed at the terminal (masked for a password); Ctrl-D
     * ends the input, Ctrl-C too (the cell then sees the end of input and the interrupt stops it).
     */
    private static java.util.Optional<String> readInput(LineReader reader, String prompt, boolean password) {
        // What a program reads is not a cell: keep it out of the prompt's history.
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            return java.util.Optional.of(password ? reader.readLine(prompt, '*') : reader.readLine(prompt));
        } catch (UserInterruptException | EndOfFileException e) {
            return java.util.Optional.empty();
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    /** {@code /adv 5m} → {@code %advance 5m}; jshell users type {@code /exit}. Anything else is left alone. */
    static String translateCommand(Session session, String line) {
        String t = line.strip();
        if (!t.startsWith("/") || t.length() < 2 || !Character.isLetter(t.charAt(1))) {
            return line;
        }
        int space = t.indexOf(' ');
        String word = space < 0 ? t.substring(1) : t.substring(1, space);
        String rest = space < 0 ? "" : t.substring(space);
        if (word.equals("exit") || word.equals("quit")) {
            return "%exit";
        }
        return "%" + session.resolveCommand(word).orElse(word) + rest;
    }
}
