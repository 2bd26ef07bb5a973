package org.ec2tutor.jshell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Snippets run in this JVM and print to {@code System.out}; several sessions may run at once (a grader). The JVM's
 * streams are replaced once by routers that send what a thread prints to the sink its session set, inherited by the
 * threads the snippet starts; anything else goes to the original stream. {@code System.in} is routed the same way:
 * a snippet reads its session's input (a notebook's input box, the terminal), never the process's own stdin.
 */
public final class OutputRouting {

    /** Where a session's printed text goes, per stream. */
    public interface Sink {
        void out(String text);

        void err(String text);

        /** What the cell reads from {@code System.in}; by default nothing (end of input at once). */
        default InputStream in() {
            return InputStream.nullInputStream();
        }

        /** Shows {@code value} as rich output; returns the display's id for {@link #updateDisplay}. */
        default String display(Object value) {
            out(value + "\n");
            return "";
        }

        /** Replaces what the display {@code displayId} shows, where the front end can (a terminal shows it again). */
        default void updateDisplay(String displayId, Object value) {
            out(value + "\n");
        }

        /** Reads a line without echo (a password); empty at the end of input. */
        default java.util.Optional<String> readPassword(String prompt) {
            return java.util.Optional.empty();
        }
    }

    /** The sink the current thread's session set, if any (the learner-facing helpers in {@link Displays} use it). */
    static java.util.Optional<Sink> current() {
        return java.util.Optional.ofNullable(SINK.get());
    }

    private static final InheritableThreadLocal<Sink> SINK = new InheritableThreadLocal<>();
    private static boolean installed;

    private OutputRouting() {}

    public static synchronized void install() {
        if (installed) {
            return;
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        System.setOut(router(out, Sink::out));
        System.setErr(router(err, Sink::err));
        System.setIn(inputRouter(in));
        installed = true;
    }

    /** Routes this thread's (and its children's) printing to {@code sink} until {@link #clear()}. */
    public static void route(Sink sink) {
        SINK.set(sink);
    }

    public static void clear() {
        SINK.remove();
    }

    private static InputStream inputRouter(InputStream original) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                Sink sink = SINK.get();
                return sink == null ? original.read() : sink.in().read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                Sink sink = SINK.get();
                return sink == null ? original.read(b, off, len) : sink.in().read(b, off, len);
            }

            @Override
            public int available() throws IOException {
                Sink sink = SINK.get();
                return sink == null ? original.available() : sink.in().available();
            }
        };
    }

    private static PrintStream router(PrintStream original, BiConsumer<Sink, String> write) {
        OutputStream stream = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                Sink sink = SINK.get();
                if (sink == null) {
                    original.write(b, off, len);
                } else {
                    write.accept(sink, new String(b, off, len, StandardCharsets.UTF_8));
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        };
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
