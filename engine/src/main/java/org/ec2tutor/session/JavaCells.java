package org.ec2tutor.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ec2tutor.agent.Forwarding;
import org.ec2tutor.cli.ShellVariables;
import org.ec2tutor.endpoint.Endpoint;
import org.ec2tutor.jshell.AgentLaunch;
import org.ec2tutor.jshell.JavaEvaluator;
import org.ec2tutor.jshell.JavaOutcome;
import org.ec2tutor.jshell.OutputRouting;
import org.ec2tutor.jshell.SessionBindings;
import org.ec2tutor.sdk.UnsimulatedOperations;

/**
 * A session's Java cells: JShell started when the options say (at once, after a delay, or on the first Java cell),
 * with the AWS clients of {@link JavaClient} ({@code ec2}, {@code ssm}, ...), {@code vars} and {@code tutor} bound to
 * the session's state; a cell's snippets
 * become events. {@link #interrupt()} may be called from any thread.
 */
final class JavaCells implements AutoCloseable {

    /** Unguessable, so a Java cell cannot name another session's bindings (sessions share one JVM when grading). */
    private static final SecureRandom IDS = new SecureRandom();

    private final String id = "session-" + Long.toHexString(IDS.nextLong()) + Long.toHexString(IDS.nextLong());
    private final SessionOptions options;
    private final SessionState state;
    private final BoundEc2Client boundEc2;
    private volatile JavaEvaluator java;
    /** Where the running cell's {@code System.in} reads from (the front end's, for one input). */
    private volatile CellInput input = CellInput.NONE;
    /** Names this session's displays, so an update never reaches another session's output on the same page. */
    private final String displayPrefix = "display-" + Long.toHexString(IDS.nextLong()) + "-";

    private final java.util.concurrent.atomic.AtomicInteger displays = new java.util.concurrent.atomic.AtomicInteger();
    /** Where learner Java runs: null in this JVM, else in an agent JVM started so (see {@link #isolate}). */
    private volatile AgentLaunch isolation = fromEnvironment();
    /** The session's local AWS endpoint, which the agent's SDK clients call; started with the first agent. */
    private Endpoint endpoint;

    /** {@code EC2_TUTOR_ISOLATED_JAVA=1}: the kernel and REPL run learner Java in an agent (see README). */
    static final String ISOLATION_ENV = "EC2_TUTOR_ISOLATED_JAVA";

    /** A cell may print this much in an agent; beyond, its output is dropped (an output flood). */
    static final long AGENT_OUTPUT_LIMIT = 1 << 20;

    /** A lost agent's imports, methods and classes, declared again in the next agent as it starts. */
    private volatile List<JavaEvaluator.Declaration> toReplay = List.of();

    /** Whether an agent of this session ended at its CPU-time limit (the grader's CPU budget ran out). */
    private volatile boolean cpuLimitHit;

    /** What running a Java cell amounted to. */
    record Ran(boolean ok, boolean stopped) {}

    JavaCells(SessionOptions options, SessionState state) {
        this.options = options;
        this.state = state;
        this.boundEc2 = new BoundEc2Client(state::ec2);
        if (!options.java()) {
            return;
        }
        if (options.javaStartDelayMillis() <= 0) {
            start();
        } else if (options.javaStartDelayMillis() != Long.MAX_VALUE) {
            Thread t = new Thread(
                    () -> {
                        try {
                            Thread.sleep(options.javaStartDelayMillis());
                        } catch (InterruptedException e) {
                            return;
                        }
                        UnsimulatedOperations.warmUp();
                        ensureStarted();
                    },
                    "jshell-deferred-start");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Starts JShell now if it was deferred and has not started yet. */
    private synchronized void ensureStarted() {
        if (java == null && options.java()) {
            start();
        }
    }

    private static AgentLaunch fromEnvironment() {
        String v = System.getenv(ISOLATION_ENV);
        return v != null && !v.isEmpty() && !v.equals("0") ? AgentLaunch.interactive() : null;
    }

    /** Learner Java runs in agent JVMs started as {@code launch} says; before the first Java cell only. */
    synchronized void isolate(AgentLaunch launch) {
        if (java != null) {
            throw new IllegalStateException("Java cells already started in this JVM");
        }
        isolation = launch;
    }

    private void start() {
        AgentLaunch launch = isolation;
        if (launch != null) {
            startAgent(launch);
            return;
        }
        Map<String, SessionBindings.Client> clients = new HashMap<>();
        for (JavaClient c : JavaClient.values()) {
            Class<?> type = c.service().clientInterface();
            clients.put(
                    c.variable(),
                    new SessionBindings.Client(
                            type,
                            // EC2's client also remembers its last error, for the AWS error line (JavaErrors).
                            c == JavaClient.EC2
                                    ? boundEc2::client
                                    : () -> current(type, () -> state.client(c.service()))));
        }
        SessionBindings.bind(
                id,
                new SessionBindings.Binding(
                        Map.copyOf(clients), new VariablesMap(state.variables()), new SessionTutor(state)));
        String bindings = "org.ec2tutor.jshell.SessionBindings";
        String modelImport = "import software.amazon.awssdk.services.ec2.model.*;";
        List<String> startup = new ArrayList<>(List.of(
                "import software.amazon.awssdk.services.ec2.*;",
                "import software.amazon.awssdk.core.SdkBytes;",
                "import java.time.*;",
                "import java.util.*;",
                "import static org.ec2tutor.jshell.Displays.*;",
                JavaClient.EC2.inProcessDeclaration(id)));
        // The other bindings are declared when a cell first names them (JShell's start compiles each declaration).
        // Graded sessions declare them all at start: after it, the grading guard checks every snippet.
        Map<String, String> later = new LinkedHashMap<>();
        later.put("vars", "Map<String, String> vars = " + bindings + ".vars(\"" + id + "\");");
        later.put("tutor", "org.ec2tutor.jshell.Tutor tutor = " + bindings + ".tutor(\"" + id + "\");");
        for (JavaClient c : JavaClient.values()) {
            if (c != JavaClient.EC2) {
                later.put(c.variable(), c.inProcessDeclaration(id));
            }
        }
        if (options.grading()) {
            startup.add(1, modelImport);
            startup.addAll(later.values());
            later.clear();
        }
        JavaEvaluator j = new JavaEvaluator(startup, options.grading());
        if (!options.grading()) {
            // The EC2 model package is ~11,000 classes: importing it is a fifth of JShell's start. It is imported
            // before the first cell, completion or inspection that may name a class; `1 + 1` or
            // `ec2.describeInstances()` do not need it.
            j.declareWhenNeeded(JavaEvaluator::mayNameAClass, modelImport);
        }
        later.forEach(j::declareOnFirstUse);
        java = j;
    }

    /**
     * Learner Java in an agent JVM: its AWS clients are the SDK's own clients calling this session's endpoint (those
     * of {@link JavaClient} the endpoint serves to it), its {@code vars} and {@code tutor} ask this session over the
     * agent's tutor wire.
     */
    private void startAgent(AgentLaunch launch) {
        if (endpoint == null) {
            try {
                endpoint = Endpoint.start(state.aws(), 0, options.timeScale() == 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        AgentSessionHost host =
                new AgentSessionHost(state, new SessionTutor(state), new VariablesMap(state.variables()));
        String bindings = "org.ec2tutor.agent.Bindings";
        List<String> startup = new ArrayList<>(List.of(
                "import software.amazon.awssdk.services.ec2.*;",
                "import software.amazon.awssdk.services.ec2.model.*;",
                "import software.amazon.awssdk.core.SdkBytes;",
                "import java.time.*;",
                "import java.util.*;",
                "Map<String, String> vars = " + bindings + ".vars();",
                "org.ec2tutor.agent.Tutor tutor = " + bindings + ".tutor();"));
        for (JavaClient c : JavaClient.values()) {
            startup.add(c.agentDeclaration());
        }
        java = new JavaEvaluator(
                startup,
                options.grading(),
                Optional.of(new JavaEvaluator.Agent(launch, host, endpoint.url(), AGENT_OUTPUT_LIMIT)),
                toReplay);
        toReplay = List.of();
    }

    /** Starts JShell if it has not and waits until it is ready (the grader, before timing a Java cell). */
    void prepare() {
        ensureStarted();
        awaitReady();
    }

    /** Waits until JShell is ready, if it has started. */
    void awaitReady() {
        JavaEvaluator j = java;
        if (j != null) {
            try {
                j.awaitReady();
            } catch (CompletionException e) {
                // An agent that did not start: the next Java cell says so.
            }
        }
    }

    /** JShell, once it is up (never blocks). */
    Optional<JavaEvaluator> ready() {
        JavaEvaluator j = java;
        return j != null && j.isReady() ? Optional.of(j) : Optional.empty();
    }

    /** Where the next cells' {@code System.in} reads from, until set again. */
    void setInput(CellInput input) {
        this.input = input;
    }

    /** Runs one Java cell, its printed text and values becoming events; stops at its first failing snippet. */
    Ran run(String code, Consumer<CellEvent> emit) {
        ensureStarted();
        JavaEvaluator j = java;
        if (j == null) {
            emit.accept(CellEvent.Failure.of(
                    ErrorKind.UNAVAILABLE, "JavaUnavailable", "Java cells are off in this session."));
            return new Ran(false, false);
        }
        CellInput from = input;
        LineInput stdin = new LineInput(from);
        OutputRouting.Sink sink = new OutputRouting.Sink() {
            @Override
            public void out(String text) {
                emit.accept(CellEvent.out(text));
            }

            @Override
            public void err(String text) {
                emit.accept(CellEvent.err(text));
            }

            @Override
            public java.io.InputStream in() {
                return stdin;
            }

            @Override
            public String display(Object value) {
                String displayId = displayPrefix + displays.incrementAndGet();
                emit.accept(new CellEvent.Display(JavaDisplays.bundle(value), Optional.of(displayId), false));
                return displayId;
            }

            @Override
            public void updateDisplay(String displayId, Object value) {
                emit.accept(new CellEvent.Display(JavaDisplays.bundle(value), Optional.of(displayId), true));
            }

            @Override
            public Optional<String> readPassword(String prompt) {
                return from.readLine(prompt, true);
            }
        };
        OutputRouting.route(sink);
        j.routeAgentOutput(sink);
        List<JavaOutcome> outcomes;
        try {
            outcomes = j.eval(code);
        } catch (CompletionException e) {
            // Only an agent fails to start this way (a missing sandbox, a broken JDK); the session goes on.
            emit.accept(CellEvent.Failure.of(
                    ErrorKind.UNAVAILABLE, "JavaUnavailable", "The Java agent could not start: " + rootMessage(e)));
            cpuLimitHit |= j.hitCpuLimit();
            replaceLostAgent(j);
            return new Ran(false, false);
        } finally {
            OutputRouting.clear();
            j.routeAgentOutput(null);
        }
        String restored = "";
        if (j.isolated() && j.isLost()) {
            cpuLimitHit |= j.hitCpuLimit();
            restored = replaceLostAgent(j);
        }
        for (JavaOutcome o : outcomes) {
            if (o instanceof JavaOutcome.Lost l && !restored.isEmpty()) {
                o = new JavaOutcome.Lost(l.message() + "\n" + restored);
            }
            if (o instanceof JavaOutcome.Ok ok) {
                if (!ok.display().isEmpty()) {
                    emit.accept(CellEvent.result(ok.display().stripTrailing()));
                }
            } else {
                emit.accept(JavaErrors.toEvent(o, boundEc2.takeLastError()));
                return new Ran(false, o instanceof JavaOutcome.Stopped);
            }
        }
        return new Ran(true, false);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /**
     * The next Java cell gets a fresh agent. Outside grading it declares the lost one's imports, methods and classes
     * again (declaring runs none of the learner's code, so it cannot be what killed the agent); variables are not
     * replayed, since their initialisers could be. Returns the line that tells the learner so, or "" when none.
     */
    private synchronized String replaceLostAgent(JavaEvaluator lost) {
        if (java != lost) {
            return "";
        }
        lost.close();
        java = null;
        if (options.grading()) {
            return "";
        }
        List<JavaEvaluator.Declaration> kept = lost.declarations();
        toReplay = kept;
        // In the background, so the learner's next cell finds it up.
        start();
        return kept.isEmpty() ? "" : restoredLine(kept);
    }

    /** "Declared again in the fresh agent: 2 imports, method greet(String), class Box; variables are not." */
    static String restoredLine(List<JavaEvaluator.Declaration> kept) {
        long imports = kept.stream().filter(d -> d.kind().equals("import")).count();
        List<String> named = kept.stream()
                .filter(d -> !d.kind().equals("import"))
                .map(d -> d.kind() + " " + d.name())
                .toList();
        List<String> parts = new java.util.ArrayList<>();
        if (imports > 0) {
            parts.add(imports + (imports == 1 ? " import" : " imports"));
        }
        parts.addAll(named);
        return "Declared again in the fresh agent: " + String.join(", ", parts)
                + "; variables are not restored (run their cells again).";
    }

    boolean cpuLimitHit() {
        return cpuLimitHit;
    }

    /** Ends the agent now, if Java runs in one (the grader, when a submission's budget runs out). */
    void killAgent() {
        JavaEvaluator j = java;
        if (j != null && j.isolated()) {
            j.kill();
        }
    }

    /** Java's variables as JShell lists them; none before JShell started. */
    List<String> variables() {
        JavaEvaluator j = java;
        return j == null ? List.of() : j.variables();
    }

    /** Stops the running Java cell, if any. */
    void interrupt() {
        JavaEvaluator j = java;
        if (j != null) {
            j.stop();
        }
    }

    /** Forgets every snippet: a fresh JShell if one was running. */
    synchronized void restart() {
        if (endpoint != null) {
            // The account may be a new one (a reset): the endpoint serves the current one.
            endpoint.close();
            endpoint = null;
        }
        if (java != null) {
            java.close();
            start();
        }
    }

    @Override
    public void close() {
        if (java != null) {
            java.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
        SessionBindings.unbind(id);
    }

    /** A client of {@code service} that always calls as the current account in the current Region. */
    private static Object current(Class<?> service, Supplier<Object> client) {
        return Forwarding.create(service, new Forwarding.Handler() {
            @Override
            public Object target() {
                return client.get();
            }

            @Override
            public RuntimeException failed(RuntimeException e, String method, boolean operation) {
                return e;
            }

            @Override
            public String describe() {
                return client.get().toString();
            }
        });
    }

    /** {@code vars} in Java: a live map view of the shell variables. */
    private static final class VariablesMap extends AbstractMap<String, String> {
        private final ShellVariables variables;

        VariablesMap(ShellVariables variables) {
            this.variables = variables;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return variables.asMap().entrySet();
        }

        @Override
        public String get(Object key) {
            return key instanceof String k ? variables.get(k).orElse(null) : null;
        }

        @Override
        public String put(String key, String value) {
            String old = variables.get(key).orElse(null);
            variables.set(key, String.valueOf(value));
            return old;
        }

        @Override
        public String remove(Object key) {
            String old = get(key);
            if (key instanceof String k) {
                variables.unset(k);
            }
            return old;
        }
    }
}
