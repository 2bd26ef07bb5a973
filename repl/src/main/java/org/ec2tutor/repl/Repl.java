package org.ec2tutor.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    /** How the REPL starts. */
    public record Options(boolean resume, double timeScale, long seed, List<Path> lessonFolders) {

        public Options(boolean resume, double timeScale, long seed) {
            this(resume, timeScale, seed, List.of());
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

    /** Runs on the process's terminal until Ctrl-D. */
    public static int run(Options options) throws IOException {
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
        Path save = SaveFiles.current();
        Optional<String> note = Optional.empty();
        if (!options.resume()) {
            Optional<Path> kept = SaveFiles.keepPrevious();
            if (kept.isPresent()) {
                note = Optional.of("Your last session was kept as " + kept.get() + " (ec2-tutor --resume restores "
                        + "the session you leave now).");
            }
        }
        SessionOptions sessionOptions = new SessionOptions(
                        options.seed(), options.timeScale(), Optional.of(save), workingDirectory, true)
                .withLessonFolders(options.lessonFolders());
        out.print(BANNER);
        note.ifPresent(out::println);
        Session session;
        if (options.resume()) {
            session = Session.start(sessionOptions.withSaveFile(save));
            try {
                out.println(session.resume(save));
            } catch (NoSuchFileException e) {
                out.println("No saved session at " + save + "; starting a new one.");
            } catch (SessionStore.UnreadableSaveFile e) {
                Path elsewhere = SaveFiles.fresh("session-new");
                out.println(e.getMessage() + " This session saves to " + elsewhere + " instead.");
                session.close();
                session = Session.start(sessionOptions.withSaveFile(elsewhere));
            }
        } else {
            session = Session.start(sessionOptions);
        }
        out.flush();
        try (Session s = session) {
            loop(s, terminal, color);
        }
        out.println("Saved. ec2-tutor --resume continues where you left off.");
        out.flush();
        return 0;
    }

    private static void loop(Session session, Terminal terminal, boolean color) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("ec2-tutor")
                .parser(new CellParser(session))
                .completer(new SessionCompleter(session))
                .variable(LineReader.HISTORY_FILE, SaveFiles.home().resolve("history"))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "...> ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false);
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
                session.execute(cell, printer::print);
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
            }
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
