package org.ec2tutor.kernel;

import java.io.PrintStream;
import java.lang.reflect.Proxy;

/**
 * SIGINT interrupts the running cell, as an {@code interrupt_request} does: {@code jupyter console} and some other
 * clients send the signal whatever the kernelspec's interrupt mode says, and the JVM's own answer to it is to exit,
 * which would lose the session. The JDK's signal API is reached by reflection: it lives in {@code jdk.unsupported},
 * which javac would otherwise warn about on every build.
 */
final class InterruptSignal {

    private InterruptSignal() {}

    /** Runs {@code onSignal} on each SIGINT from now on; where signals cannot be handled, says so on {@code log}. */
    static void install(Runnable onSignal, PrintStream log) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object interrupt = signal.getConstructor(String.class).newInstance("INT");
            Object handle = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler}, (p, m, a) -> {
                if (m.getName().equals("handle")) {
                    onSignal.run();
                    return null;
                }
                return m.getName().equals("toString") ? "ec2-tutor SIGINT handler" : null;
            });
            signal.getMethod("handle", signal, handler).invoke(null, interrupt, handle);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.println("ec2-tutor kernel: SIGINT cannot be handled here (" + e + "); interrupt_request still works");
        }
    }
}
