package org.ec2tutor.grade;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.ec2tutor.cell.Cell;
import org.ec2tutor.cell.JavaSyntax;

/**
 * What a submission may do when graded. Its grade comes only from the state its cells reach: commands that steer
 * the tutor ({@code %lesson}, {@code %check}, {@code %solve}, {@code %next}, {@code %load}, {@code %open},
 * {@code %reset}, ...) are not run, and Java may not reach outside the SDK and the session's own variables
 * (no reflection, class loading, threads, processes, files, or ec2-tutor's classes), since snippets run in the
 * grader's JVM.
 */
final class GradingPolicy {

    /** Java that could reach the grader, the lesson or other submissions, with the reason shown to the learner. */
    private static final List<Rule> JAVA_RULES = List.of(
            new Rule("org\\s*\\.\\s*ec2tutor", "ec2-tutor's own classes"),
            new Rule(
                    "java\\s*\\.\\s*lang\\s*\\.\\s*reflect|\\bsetAccessible\\b|\\bgetDeclared\\w*|\\bgetMethods?\\b"
                            + "|\\bgetFields?\\b|\\bgetConstructors?\\b|\\bMethodHandles?\\b|\\bVarHandle\\b|\\bProxy\\b",
                    "reflection"),
            new Rule(
                    "\\bforName\\b|\\bClassLoader\\b|\\bloadClass\\b|\\bdefineClass\\b|\\bModuleLayer\\b"
                            + "|\\bgetModule\\b|\\bInstrumentation\\b",
                    "class loading"),
            new Rule(
                    "\\bUnsafe\\b|\\bsun\\s*\\.\\s*misc\\b|\\bjdk\\s*\\.\\s*internal\\b|\\bcom\\s*\\.\\s*sun\\b",
                    "JDK internals"),
            new Rule(
                    "\\bThread\\b|\\bExecutors?\\b|\\bExecutorService\\b|\\bForkJoinPool\\b|\\bCompletableFuture\\b"
                            + "|\\bTimer\\b|\\bparallelStream\\b|\\bStructuredTaskScope\\b",
                    "threads"),
            new Rule(
                    "\\bRuntime\\b|\\bProcessBuilder\\b|\\bProcessHandle\\b|\\bSystem\\s*\\.\\s*(exit|setOut|setErr"
                            + "|setIn|setProperty|setSecurityManager|load|loadLibrary|getenv)\\b",
                    "the JVM or processes"),
            new Rule(
                    "\\bjava\\s*\\.\\s*(io|nio)\\b|\\bFiles\\b|\\bPaths?\\b|\\bFile(Input|Output)?Stream\\b"
                            + "|\\bFile(Reader|Writer)\\b|\\bRandomAccessFile\\b|\\bnew\\s+File\\b|\\bSocket\\b|\\bURL\\b"
                            + "|\\bHttpClient\\b",
                    "files or the network"));

    private record Rule(Pattern pattern, String what) {
        Rule(String regex, String what) {
            this(Pattern.compile(regex), what);
        }
    }

    /** What to do with one cell. */
    sealed interface Decision {}

    record Run() implements Decision {}

    /** Not run: it steers the tutor. Not a failure of the submission. */
    record Ignore(String why) implements Decision {}

    /** Not run and counted as a failed cell: Java that reaches outside what a submission may use. */
    record Refuse(String why) implements Decision {}

    private GradingPolicy() {}

    /** What to do with one cell; {@code gradable} says whether a command may run when grading (its table says). */
    static Decision decide(Cell cell, Predicate<String> gradable) {
        if (cell instanceof Cell.Magic m) {
            return gradable.test(m.name())
                    ? new Run()
                    : new Ignore("%" + m.name() + " is not run when grading: the grade comes from the account");
        }
        if (cell instanceof Cell.Shell) {
            return new Run();
        }
        String code = JavaSyntax.withoutCommentsAndLiterals(cell.text());
        for (Rule r : JAVA_RULES) {
            var m = r.pattern().matcher(code);
            if (m.find()) {
                return new Refuse("not allowed when grading: Java cells may not use " + r.what() + " ('"
                        + m.group().strip() + "')");
            }
        }
        return new Run();
    }
}
