package org.ec2tutor.jshell;

import java.security.Permission;

/**
 * Keeps learner Java from ending the process it runs in. {@link ExitCallScanner} refuses a snippet that calls
 * {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} directly, but reflection or a method handle
 * reaches them at run time. On JDK 17 every one of those paths asks {@code SecurityManager.checkExit} first (halt
 * too), so this security manager refuses exit to learner code and allows everything else, to everyone.
 *
 * <p>Learner code is a snippet's class on the calling stack (JShell wraps snippets in package {@code REPL}) or a
 * thread in JShell's local execution thread group (the snippet's own thread and every thread it starts). The
 * process's own exits (the launcher's, the kernel's parent watch) come from neither and pass.
 *
 * <p>The JDK prints a deprecation warning on stderr when a security manager is installed, so only the kernel, whose
 * stderr is a log, installs it; JDK 18-23 need {@code -Djava.security.manager=allow} (the launcher passes it) and
 * JDK 24 refuses any: then {@link #install()} says so and only the scanner's check remains.
 */
@SuppressWarnings("removal") // SecurityManager is deprecated for removal (JEP 411) but is JDK 17's only hook on halt.
public final class ExitGuard extends SecurityManager {

    static final String REFUSED = String.format(
            GuardedExecutionControl.EXIT_REFUSED,
            "System.exit, Runtime.exit or Runtime.halt (also through reflection)");

    /** The thread group {@code jdk.jshell.execution.LocalExecutionControl} runs each snippet in. */
    private static final String JSHELL_THREAD_GROUP = "JShell process local execution";

    private ExitGuard() {}

    /**
     * Installs the guard for this process (once); false if the JDK refuses a security manager or another is in
     * place.
     */
    public static synchronized boolean install() {
        SecurityManager current = System.getSecurityManager();
        if (current != null) {
            return current instanceof ExitGuard;
        }
        try {
            System.setSecurityManager(new ExitGuard());
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Whether the guard is in place (for a test's check and the kernel's log). */
    public static boolean installed() {
        return System.getSecurityManager() instanceof ExitGuard;
    }

    @Override
    public void checkExit(int status) {
        if (fromLearnerCode()) {
            throw new SecurityException(REFUSED);
        }
    }

    @Override
    public void checkPermission(Permission perm) {
        // Only removing or replacing this guard is refused, and only to learner code; every other check passes.
        if (perm instanceof RuntimePermission && perm.getName().equals("setSecurityManager") && fromLearnerCode()) {
            throw new SecurityException(REFUSED);
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    private boolean fromLearnerCode() {
        for (ThreadGroup g = Thread.currentThread().getThreadGroup(); g != null; g = g.getParent()) {
            if (JSHELL_THREAD_GROUP.equals(g.getName())) {
                return true;
            }
        }
        for (Class<?> c : getClassContext()) {
            if (c.getName().startsWith("REPL.")) {
                return true;
            }
        }
        return false;
    }
}
