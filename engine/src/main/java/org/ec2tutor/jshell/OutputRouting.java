package org.ec2tutor.jshell;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Snippets run in this JVM and print to {@code System.out}; several sessions may run at once (a grader). The JVM's
 * streams are replaced once by routers that send what a thread prints to the sink its session set, inherited by the
 * threads the snippet starts; anything else goes to the original stream.
 */
public final class OutputRouting {

    /** Where a session's printed text goes, per stream. */
    public interface Sink {
        void out(String text);

        void err(String text);
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
        System.setOut(router(out, Sink::out));
        System.setErr(router(err, Sink::err));
        installed = true;
    }

    /** Routes this thread's (and its children's) printing to {@code sink} until {@link #clear()}. */
    public static void route(Sink sink) {
        SINK.set(sink);
    }

    public static void clear() {
        SINK.remove();
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
