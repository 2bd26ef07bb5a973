package org.ec2tutor.jshell;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.ec2tutor.cell.JavaSyntax;

/**
 * Java cells through the JShell API, with local execution or, given an {@link Agent}, remote execution in an agent
 * JVM (the compiler stays here). JShell starts on a background thread so the first prompt
 * does not wait for it; the first eval waits if it must. Not thread-safe except {@link #stop()}, which another
 * thread calls to interrupt a running cell.
 */
public final class JavaEvaluator implements AutoCloseable {

    private final CompletableFuture<JShell> shell;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicReference<String> refusal = new AtomicReference<>();
    private volatile boolean running;
    private final Optional<Agent> agent;
    private volatile AgentLink link;
    private volatile OutputRouting.Sink agentSink;
    /**
     * The learner's imports, methods and classes as last declared (by kind and name), in order: what a fresh agent
     * gets again when this one is lost. Variables are not kept: their values died with the agent.
     */
    private final java.util.LinkedHashMap<String, Declaration> declarations = new java.util.LinkedHashMap<>();

    /** A declaration to replay: its kind ({@code import}, {@code method}, a class kind), name and source. */
    public record Declaration(String kind, String name, String source) {}

    /** What the agent may still print in the running cell; beyond, its output is dropped. */
    private final java.util.concurrent.atomic.AtomicLong outputLeft = new java.util.concurrent.atomic.AtomicLong();
    /** The compiler's file manager, which keeps JShell's class index empty until the first completion. */
    private volatile DeferredIndexFileManager files;
    /** A class path entry re-added to make JShell index (see {@link #complete}). */
    private volatile String indexTrigger = "";
    /** Declarations not made yet, in the order given (see {@link #declareOnFirstUse}). */
    private final List<Pending> onFirstUse = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A declaration made just before the first code {@code neededBy} accepts. */
    private record Pending(Predicate<String> neededBy, String source) {}

    /**
     * Snippets run in an agent JVM started as {@code launch} says, its {@code ec2}/{@code ssm} calling
     * {@code endpoint} and its {@code vars}/{@code tutor} calling {@code host}; {@code outputLimit} bytes per cell.
     */
    public record Agent(AgentLaunch launch, AgentHost host, URI endpoint, long outputLimit) {}

    /** Starts JShell in the background and runs {@code startup} (imports, bindings) in it. */
    public JavaEvaluator(List<String> startup) {
        this(startup, false);
    }

    public JavaEvaluator(List<String> startup, boolean grading) {
        this(startup, grading, Optional.empty());
    }

    /**
     * As {@link #JavaEvaluator(List)}; with {@code grading}, snippets after the startup may only use what
     * {@code GradingGuard} allows (checked on their bytecode).
     */
    public JavaEvaluator(List<String> startup, boolean grading, Optional<Agent> agent) {
        this(startup, grading, agent, List.of());
    }

    /**
     * As {@link #JavaEvaluator(List, boolean, Optional)}, then declares {@code replay} again (a lost agent's
     * declarations); one that no longer compiles is left out.
     */
    public JavaEvaluator(List<String> startup, boolean grading, Optional<Agent> agent, List<Declaration> replay) {
        OutputRouting.install();
        this.agent = agent;
        AtomicBoolean strict = new AtomicBoolean();
        // Its own thread, not the common pool: JShell sets the starting thread's context class loader, which a
        // common-pool thread refuses once ExitGuard (a security manager) is installed.
        shell = CompletableFuture.supplyAsync(
                () -> {
                    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
                    JShell.Builder builder = JShell.builder()
                            .out(quiet)
                            .err(quiet)
                            .fileManager(std -> {
                                DeferredIndexFileManager f = new DeferredIndexFileManager(std);
                                files = f;
                                return f;
                            });
                    String classPath;
                    if (agent.isPresent()) {
                        AgentLink l = startAgent(agent.get());
                        link = l;
                        // The agent's System.in asks JShell's input, which is the running cell's (the sink's) input.
                        builder.in(agentInput());
                        builder.executionEngine(
                                new AgentExecutionControl.Provider(
                                        l,
                                        Map.of("out", agentOutput(false), "err", agentOutput(true)),
                                        refusal,
                                        strict),
                                Map.of());
                        classPath = String.join(File.pathSeparator, AgentLaunch.classPath());
                    } else {
                        builder.executionEngine(new GuardedExecutionControl.Provider(refusal, strict), Map.of());
                        classPath = System.getProperty("java.class.path");
                    }
                    JShell js = builder.build();
                    // The compiler's class path; the agent's own was fixed at its start (AgentExecutionControl ignores
                    // this).
                    js.addToClasspath(classPath);
                    indexTrigger = classPath.split(File.pathSeparator, 2)[0];
                    for (String s : startup) {
                        for (SnippetEvent e : js.eval(s)) {
                            if (e.status() == Snippet.Status.REJECTED) {
                                throw new IllegalStateException("startup snippet rejected: " + s);
                            }
                        }
                    }
                    for (Declaration d : replay) {
                        boolean kept = js.eval(d.source()).stream()
                                .noneMatch(e -> e.causeSnippet() == null && e.status() == Snippet.Status.REJECTED);
                        if (kept) {
                            synchronized (declarations) {
                                declarations.put(d.kind() + " " + d.name(), d);
                            }
                        }
                    }
                    // Every cell is split into snippets by JShell's code analysis: set it up here, not in the first
                    // cell.
                    var unused = js.sourceCodeAnalysis().analyzeCompletion("1 + 1");
                    strict.set(grading);
                    return js;
                },
                JavaEvaluator::startThread);
    }

    private static void startThread(Runnable start) {
        Thread t = new Thread(start, "jshell-start");
        t.setDaemon(true);
        t.start();
    }

    private static AgentLink startAgent(Agent a) {
        try {
            return AgentLink.start(a.launch(), a.host(), a.endpoint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The agent's printing, to the running cell's sink, up to the cell's output limit. */
    private OutputStream agentOutput(boolean err) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                OutputRouting.Sink sink = agentSink;
                long left = outputLeft.getAndAdd(-len);
                if (sink == null || left <= 0) {
                    return;
                }
                String text = new String(b, off, (int) Math.min(len, left), StandardCharsets.UTF_8);
                if (err) {
                    sink.err(text);
                } else {
                    sink.out(text);
                }
                if (left <= len) {
                    sink.err("\n[output cut: a cell may print "
                            + agent.orElseThrow().outputLimit() + " bytes]\n");
                }
            }
        };
    }

    /**
     * The agent's {@code System.in}: the running cell's input. JShell's remote input closes for good at the first end
     * of input it forwards (also when forwarded as an error), so in an agent a cell that reads to the end of its input
     * leaves {@code System.in} ended for the cells after it; README says so.
     */
    @SuppressWarnings("InputStreamSlowMultibyteRead") // JShell forwards remote input one byte per request
    private java.io.InputStream agentInput() {
        return new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                OutputRouting.Sink sink = agentSink;
                return sink == null ? -1 : sink.in().read();
            }
        };
    }

    /** Where the agent's printing goes during the next cells (null: nowhere); resets the cell's output budget. */
    public void routeAgentOutput(OutputRouting.Sink sink) {
        agentSink = sink;
        outputLeft.set(agent.map(Agent::outputLimit).orElse(0L));
    }

    /** Whether snippets run in an agent JVM. */
    public boolean isolated() {
        return agent.isPresent();
    }

    /** Whether the agent JVM ended: this evaluator is of no further use (the session starts a fresh one). */
    public boolean isLost() {
        AgentLink l = link;
        return l != null && !l.isAlive();
    }

    /** Whether the agent ended at its CPU-time limit (a grader's CPU budget). */
    public boolean hitCpuLimit() {
        AgentLink l = link;
        return l != null && l.hitCpuLimit();
    }

    /** Whether JShell has finished starting (never blocks). */
    public boolean isReady() {
        return shell.isDone() && !shell.isCompletedExceptionally();
    }

    /** Blocks until JShell is up (about a second after construction). */
    public void awaitReady() {
        shell.join();
    }

    private JShell js() {
        return shell.join();
    }

    /**
     * Declares {@code source} just before the first cell, completion or inspection whose code names {@code name}, not
     * while JShell starts: each declaration is a snippet JShell compiles (25-70 ms of the wait for the first result),
     * and a session's rarely used bindings need not cost that. Call it before the first cell.
     */
    public void declareOnFirstUse(String name, String source) {
        declareWhenNeeded(code -> mentions(code, name), source);
    }

    /** As {@link #declareOnFirstUse(String, String)}, for the first code that {@code neededBy} accepts. */
    public void declareWhenNeeded(Predicate<String> neededBy, String source) {
        onFirstUse.add(new Pending(neededBy, source));
    }

    private void declareMentioned(JShell js, String code) {
        for (Pending p : List.copyOf(onFirstUse)) {
            if (p.neededBy().test(code) && onFirstUse.remove(p)) {
                var unused = js.eval(p.source());
            }
        }
    }

    /**
     * Whether {@code code} has a word that could name a class: one starting with an upper-case letter, in a string or
     * comment too (an import made once too early costs little).
     */
    public static boolean mayNameAClass(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (Character.isUpperCase(code.charAt(i))
                    && (i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code code} has {@code name} as a whole word (in a string or comment too: declaring costs little). */
    static boolean mentions(String code, String name) {
        for (int i = code.indexOf(name); i >= 0; i = code.indexOf(name, i + 1)) {
            int end = i + name.length();
            if ((i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)))
                    && (end == code.length() || !Character.isJavaIdentifierPart(code.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest cell handed to the compiler. javac holds a whole compilation unit and walks expressions recursively,
     * so a huge generated cell can exhaust the stack or the heap; no lesson cell comes near this.
     */
    public static final int MAX_SOURCE_CHARS = 64 * 1024;

    /** How deep brackets may nest in a cell: javac parses them recursively and gives up with a crash far deeper. */
    public static final int MAX_NESTING = 200;

    /** How many operators a cell may hold: javac walks a chain of them recursively, on the cell's thread's stack. */
    public static final int MAX_OPERATORS = 1_000;

    /** Evaluates a cell: every snippet in it in turn, stopping at the first that fails. */
    public List<JavaOutcome> eval(String code) {
        if (code.length() > MAX_SOURCE_CHARS) {
            return List.of(compilerRefusal(
                    code,
                    String.format(
                            "code too large: this cell has %,d characters; a cell may have at most %,d"
                                    + " (split it into several cells)",
                            code.length(), MAX_SOURCE_CHARS)));
        }
        long operators = JavaSyntax.withoutCommentsAndLiterals(code)
                .chars()
                .filter(c -> "+-*/%&|^".indexOf(c) >= 0)
                .count();
        if (operators > MAX_OPERATORS) {
            // javac attributes a chain of binary operators recursively and, deep enough, crashes with its own
            // report on stderr instead of an error we could catch (found by SessionFuzzTest).
            return List.of(compilerRefusal(
                    code,
                    String.format(
                            "expression too complex: %,d operators; a cell may have at most %,d",
                            operators, MAX_OPERATORS)));
        }
        int nesting = JavaSyntax.nesting(code);
        if (nesting > MAX_NESTING) {
            return List.of(compilerRefusal(
                    code,
                    "expression too complex: brackets nest " + nesting + " deep; a cell may nest at most "
                            + MAX_NESTING));
        }
        try {
            return evalCell(code);
        } catch (StackOverflowError | InternalError | IllegalStateException e) {
            // javac's recursive descent over a very long or deeply nested expression (JShell wraps the overflow in
            // its own errors): refused like a compile error. Anything else is not ours to hide.
            if (!causedByStackOverflow(e)) {
                throw e;
            }
            return List.of(compilerRefusal(
                    code,
                    "expression too complex: it nests too deeply for the compiler (split it into smaller parts)"));
        }
    }

    private static boolean causedByStackOverflow(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    private static JavaOutcome compilerRefusal(String code, String message) {
        int lineEnd = code.indexOf('\n');
        String first = lineEnd < 0 ? code : code.substring(0, lineEnd);
        return new JavaOutcome.CompileError(List.of(new JavaOutcome.Diagnostic(
                message, 0, 0, 1, 1, first.length() > 120 ? first.substring(0, 117) + "..." : first)));
    }

    private List<JavaOutcome> evalCell(String code) {
        JShell js = js();
        declareMentioned(js, code);
        SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
        List<JavaOutcome> outcomes = new ArrayList<>();
        String remaining = code;
        int offset = 0;
        stopping.set(false);
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String source;
            String rest;
            if (info.completeness().isComplete()) {
                source = info.source();
                rest = info.remaining();
            } else {
                source = remaining;
                rest = "";
            }
            int consumed = remaining.length() - rest.length();
            JavaOutcome outcome = evalSnippet(js, source, code, offset + leadingWhitespace(remaining));
            outcomes.add(outcome);
            if (!(outcome instanceof JavaOutcome.Ok)) {
                break;
            }
            offset += consumed;
            remaining = rest;
        }
        return outcomes;
    }

    private static int leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private JavaOutcome evalSnippet(JShell js, String source, String cell, int cellOffset) {
        running = true;
        refusal.set(null);
        List<SnippetEvent> events;
        try {
            events = js.eval(source);
        } catch (IllegalStateException e) {
            if (link != null) {
                return lost();
            }
            return new JavaOutcome.Thrown("java.lang.IllegalStateException", e.getMessage(), List.of());
        } finally {
            running = false;
        }
        if (isLost()) {
            return lost();
        }
        forgetExpressionValues(js, events);
        String refused = refusal.getAndSet(null);
        if (refused != null) {
            // Drop the refused snippet so a later cell cannot call what it defined.
            events.stream().filter(e -> e.causeSnippet() == null).forEach(e -> js.drop(e.snippet()));
            return new JavaOutcome.Refused(refused);
        }
        StringBuilder display = new StringBuilder();
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            if (e.status() == Snippet.Status.REJECTED) {
                List<JavaOutcome.Diagnostic> diags = new ArrayList<>();
                js.diagnostics(e.snippet()).forEach(d -> diags.add(diagnostic(d, cell, cellOffset)));
                if (diags.isEmpty()) {
                    diags.add(new JavaOutcome.Diagnostic("this snippet could not be compiled", 0, 0, 1, 1, ""));
                }
                return new JavaOutcome.CompileError(diags);
            }
            JShellException ex = e.exception();
            if (ex != null) {
                return thrown(ex);
            }
            if (stopping.get()) {
                return new JavaOutcome.Stopped();
            }
            display.append(display(e));
            remember(e.snippet());
        }
        return new JavaOutcome.Ok(display.toString());
    }

    /**
     * Drops the variable JShell makes of an expression's value ({@code $1}, {@code $2}...; shown here as the value
     * alone, so no learner refers to it). JShell keeps each active one imported into every later snippet's compilation
     * and its classes in the compiler's reused symbol tables, so after a few thousand expression cells each cell took
     * seconds and hundreds of MB stayed in use (3,000 cells: 694 MB retained, 1,000 active snippets; dropped, 37 MB).
     */
    private static void forgetExpressionValues(JShell js, List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null
                    && e.snippet() instanceof VarSnippet v
                    && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                    && js.status(v).isActive()) {
                js.drop(v);
            }
        }
    }

    private void remember(Snippet s) {
        Declaration d = null;
        if (s instanceof MethodSnippet m) {
            d = new Declaration("method", m.name() + "(" + m.parameterTypes() + ")", s.source());
        } else if (s instanceof TypeDeclSnippet t) {
            d = new Declaration(
                    t.subKind().toString().toLowerCase(Locale.ROOT).replace("_subkind", ""), t.name(), s.source());
        } else if (s instanceof jdk.jshell.ImportSnippet i) {
            d = new Declaration("import", i.fullname(), s.source());
        }
        if (d != null) {
            synchronized (declarations) {
                declarations.remove(d.kind() + " " + d.name());
                declarations.put(d.kind() + " " + d.name(), d);
            }
        }
    }

    /** The learner's imports, methods and classes, in the order last declared (see {@link Declaration}). */
    public List<Declaration> declarations() {
        synchronized (declarations) {
            return List.copyOf(declarations.values());
        }
    }

    private JavaOutcome lost() {
        AgentLink l = link;
        try {
            // Its exit status tells why; it is known a moment after the stream closed.
            l.awaitExit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.get()) {
            return new JavaOutcome.Lost("The cell was stopped by ending the Java agent it ran in: the Java "
                    + "variables, methods and classes of earlier cells are gone (the account, the clock, shell "
                    + "variables and lesson progress are not). The next Java cell starts a fresh agent.");
        }
        return new JavaOutcome.Lost("The Java agent this cell ran in ended: " + l.exitDescription() + ". The Java "
                + "variables, methods and classes of earlier cells are gone (the account, the clock, shell "
                + "variables and lesson progress are not). The next Java cell starts a fresh agent.");
    }

    private JavaOutcome thrown(JShellException ex) {
        if (ex instanceof UnresolvedReferenceException u) {
            return new JavaOutcome.Thrown(
                    "UnresolvedReference",
                    "this uses something not yet defined: "
                            + u.getSnippet().source().strip(),
                    List.of());
        }
        if (ex instanceof EvalException ev) {
            String cls = ev.getExceptionClassName();
            if (stopping.get() || cls.equals("java.lang.ThreadDeath")) {
                return new JavaOutcome.Stopped();
            }
            if (exitRefused(ev)) {
                return new JavaOutcome.Refused(ExitGuard.REFUSED);
            }
            List<String> frames = new ArrayList<>();
            for (StackTraceElement f : ev.getStackTrace()) {
                if (f.getClassName().startsWith("REPL.")) {
                    frames.add("at line " + f.getLineNumber() + " of your cell");
                }
            }
            return new JavaOutcome.Thrown(cls, ev.getMessage(), frames);
        }
        return new JavaOutcome.Thrown(ex.getClass().getName(), ex.getMessage(), List.of());
    }

    /** The exit guard's refusal, thrown where the cell reached an exit (through reflection, it arrives wrapped). */
    private static boolean exitRefused(EvalException ev) {
        for (Throwable t = ev; t != null; t = t.getCause()) {
            if (t instanceof EvalException e
                    && e.getExceptionClassName().equals("java.lang.SecurityException")
                    && ExitGuard.REFUSED.equals(e.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static String display(SnippetEvent e) {
        Snippet s = e.snippet();
        if (s instanceof VarSnippet v && e.value() != null) {
            // $1, $2...: an expression's value; shown alone, as a notebook shows a result.
            return (v.name().startsWith("$") ? "" : v.name() + " ==> ") + e.value() + "\n";
        }
        if (s instanceof ExpressionSnippet x && e.value() != null) {
            return x.name().startsWith("$") ? e.value() + "\n" : x.name() + " ==> " + e.value() + "\n";
        }
        if (s instanceof MethodSnippet m && e.previousStatus() == Snippet.Status.NONEXISTENT) {
            return "created method " + m.name() + "(" + m.parameterTypes() + ")\n";
        }
        if (s instanceof TypeDeclSnippet t && e.previousStatus() == Snippet.Status.NONEXISTENT) {
            return "created " + t.subKind().toString().toLowerCase(Locale.ROOT).replace("_subkind", "") + " " + t.name()
                    + "\n";
        }
        return "";
    }

    private static JavaOutcome.Diagnostic diagnostic(Diag d, String cell, int cellOffset) {
        long start = cellOffset + Math.max(0, d.getStartPosition());
        long end = cellOffset + Math.max(0, d.getEndPosition());
        long pos = cellOffset + Math.max(0, d.getPosition());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(pos, cell.length()); i++) {
            if (cell.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = cell.indexOf('\n', lineStart);
        String sourceLine = cell.substring(lineStart, lineEnd < 0 ? cell.length() : lineEnd);
        return new JavaOutcome.Diagnostic(
                d.getMessage(Locale.ROOT), start, end, line, (int) (pos - lineStart) + 1, sourceLine);
    }

    /** Whether {@code code} is a complete Java input (the REPL shows a continuation prompt if not). */
    public Completeness completeness(String code) {
        return js().sourceCodeAnalysis().analyzeCompletion(code).completeness();
    }

    /** Completion candidates at {@code cursor}, and where the completed word starts. */
    public record Completions(List<String> candidates, int anchor) {}

    public Completions complete(String code, int cursor) {
        JShell js = js();
        declareMentioned(js, code);
        DeferredIndexFileManager f = files;
        if (f != null && f.allowIndex() && !indexTrigger.isEmpty()) {
            // Package names complete from JShell's class index, built only now, in the background (JShell re-indexes
            // when its class path changes; the entry is already on it): until it is ready they are not offered.
            js.addToClasspath(indexTrigger);
        }
        int[] anchor = new int[1];
        List<String> out = new ArrayList<>();
        for (SourceCodeAnalysis.Suggestion s : js.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor)) {
            if (!out.contains(s.continuation())) {
                out.add(s.continuation());
            }
        }
        return new Completions(out, anchor[0]);
    }

    /**
     * Signatures of the symbol at {@code cursor}, from the compiler's model as completion uses it: a method's
     * overloads (with the cursor anywhere in its name or inside its argument list), a class, or a variable of the
     * session with its type. No javadoc: JShell would search source archives for it (hundreds of milliseconds) and
     * the SDK's jars carry none.
     */
    public List<String> documentation(String code, int cursor) {
        declareMentioned(js(), code);
        SourceCodeAnalysis analysis = js().sourceCodeAnalysis();
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        int start = cursor;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        List<String> found = signatures(analysis, code.substring(0, end), end);
        if (found.isEmpty() && end > start) {
            // A method's name without its parentheses: ask as if the argument list were open.
            found = signatures(analysis, code.substring(0, end) + "(", end + 1);
        }
        if (found.isEmpty() && end > start && (start == 0 || code.charAt(start - 1) != '.')) {
            String name = code.substring(start, end);
            JShell js = js();
            return js.variables()
                    .filter(v -> v.name().equals(name) && js.status(v) == Snippet.Status.VALID)
                    .map(v -> v.typeName() + " " + v.name())
                    .toList();
        }
        return found;
    }

    private static List<String> signatures(SourceCodeAnalysis analysis, String code, int cursor) {
        List<String> out = new ArrayList<>();
        for (SourceCodeAnalysis.Documentation d : analysis.documentation(code, cursor, false)) {
            if (!out.contains(d.signature())) {
                out.add(d.signature());
            }
        }
        return out;
    }

    /** Names and values of the variables Java cells declared. */
    public List<String> variables() {
        JShell js = js();
        List<String> out = new ArrayList<>();
        js.variables().filter(v -> js.status(v) == Snippet.Status.VALID).forEach(v -> {
            if (!v.name().equals("ec2") && !v.name().equals("vars")) {
                out.add(v.typeName() + " " + v.name() + " = " + js.varValue(v));
            }
        });
        return out;
    }

    /** Stops the running cell, if any (another thread calls this; the cell reports {@link JavaOutcome.Stopped}). */
    public void stop() {
        if (running) {
            stopping.set(true);
            shell.getNow(null).stop();
        }
    }

    /** Ends the agent at once, running or not (a submission's budget ran out). */
    public void kill() {
        AgentLink l = link;
        if (l != null) {
            stopping.set(true);
            l.kill();
        }
    }

    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        // A shell still starting is closed once it has started; one that failed to start has nothing to close.
        var unused = shell.thenAccept(js -> {
            js.close();
            AgentLink l = link;
            if (l != null) {
                l.close();
            }
        });
    }
}
