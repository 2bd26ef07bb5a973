package org.ec2tutor.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ec2tutor.cell.ShellSyntax;

/**
 * Runs shell-style lines the way AWS documentation writes them: {@code aws ...} commands, {@code NAME=value} and
 * {@code NAME=$(aws ...)} assignments (also with {@code export}), {@code echo}, {@code cat},
 * {@code ls}, {@code pwd}, {@code chmod}, any command's output into a file ({@code > f}, {@code >> f}), commands the
 * session adds ({@link #add}: {@code ssh}, {@code curl}), comments and {@code \} line continuations. Files live in the session's {@link Workspace}. Variables live in {@link ShellVariables}, shared with Java. Anything else is refused as bash refuses
 * an unknown command; nothing here touches the real machine.
 */
public final class AwsShell {

    private static final Pattern ASSIGNMENT =
            Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$", Pattern.DOTALL);

    /**
     * How deep {@code $(...)} may nest. bash forks a subshell per level and has no fixed limit; here each level is a
     * stack frame, and a script never needs more than a few.
     */
    static final int MAX_SUBSTITUTION_DEPTH = 32;

    /**
     * Linux refuses to start a command whose arguments together exceed ARG_MAX (2 MiB) or any one of which exceeds
     * MAX_ARG_STRLEN (128 KiB): bash then reports "Argument list too long" with status 126.
     */
    static final int MAX_ARGUMENTS_BYTES = 2 * 1024 * 1024;

    static final int MAX_ARGUMENT_BYTES = 128 * 1024;

    /**
     * A command the session adds to this prompt (ssh, curl): it reaches the simulated cloud, which this package may
     * not. It gets the words after its name; redirection has been taken off already.
     */
    @FunctionalInterface
    public interface Command {
        CliResult run(List<String> args);
    }

    private final AwsCli cli;
    private final ShellVariables variables;
    private final ShellFiles files;
    private final Map<String, Command> added = new HashMap<>();
    private int substitutionDepth;

    public AwsShell(AwsCli cli, ShellVariables variables) {
        this.cli = cli;
        this.variables = variables;
        this.files = new ShellFiles(cli.workspace());
    }

    public ShellVariables variables() {
        return variables;
    }

    /** Lets this prompt run {@code name} (before the file commands and the "runs in an instance" advice). */
    public void add(String name, Command command) {
        added.put(name, command);
    }

    /**
     * Runs every command of {@code text} in order; stops at the first failing one, as {@code set -e} would. The result
     * carries the outcome of the last command run.
     */
    public CliResult run(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        CliResult last = CliResult.ok("");
        for (String command : joinContinuations(text)) {
            if (command.isBlank() || command.strip().startsWith("#")) {
                continue;
            }
            try {
                Interrupted.check();
                last = runCommand(command);
            } catch (Interrupted e) {
                last = Interrupted.result();
            }
            variables.setStatus(last.exitCode());
            out.append(last.stdout());
            err.append(last.stderr());
            if (!last.succeeded()) {
                break;
            }
        }
        return last.withText(last.exitCode(), out.toString(), err.toString());
    }

    private CliResult runCommand(String command) {
        StringBuilder substitutionErrors = new StringBuilder();
        // $(...) runs first; an assignment's status and outcome are its last substitution's, as in bash.
        CliResult[] substitution = {CliResult.ok("")};
        Function<String, String> substitute = inner -> {
            if (substitutionDepth >= MAX_SUBSTITUTION_DEPTH) {
                throw new NestedTooDeep();
            }
            Interrupted.check();
            substitutionDepth++;
            CliResult r;
            try {
                r = runCommand(inner);
            } finally {
                substitutionDepth--;
            }
            substitutionErrors.append(r.stderr());
            substitution[0] = r;
            return r.stdout();
        };
        try {
            String trimmed = command.strip();
            Matcher m = ASSIGNMENT.matcher(trimmed);
            if (m.matches()) {
                List<String> value =
                        ShellWords.assignmentValue(m.group(2).isEmpty() ? "''" : m.group(2), variables, substitute);
                // NAME=value with a command after it would set the variable for that command only; not supported.
                if (value.size() > 1 && !m.group(2).startsWith("$(")) {
                    return CliResult.error(127, "bash: " + value.get(1) + ": command not found\n");
                }
                variables.set(m.group(1), String.join(" ", value));
                return assigned(substitution[0], substitutionErrors.toString());
            }
            List<String> words = ShellWords.split(trimmed, variables, substitute);
            if (words.isEmpty()) {
                return substitution[0].withText(substitution[0].exitCode(), "", substitutionErrors.toString());
            }
            if (tooLong(words)) {
                return CliResult.error(126, "bash: /usr/bin/" + words.get(0) + ": Argument list too long\n");
            }
            List<String> run = new ArrayList<>(words);
            Optional<ShellFiles.Redirect> redirect = ShellFiles.Redirect.take(run);
            if (redirect.isPresent() && redirect.get().target().isEmpty()) {
                return CliResult.error(2, "bash: syntax error near unexpected token `newline'\n");
            }
            if (run.isEmpty()) { // "> f" alone creates (empties) the file, as in bash
                run.add(":");
            }
            CliResult r = dispatch(run);
            if (redirect.isPresent()) {
                r = files.redirect(redirect.get(), r);
            }
            return r.withText(r.exitCode(), r.stdout(), substitutionErrors + r.stderr());
        } catch (ShellWords.SyntaxError e) {
            if (e instanceof NestedTooDeep && substitutionDepth > 0) {
                throw e; // the whole line fails once, at the outermost command
            }
            return CliResult.error(2, "bash: " + e.getMessage() + "\n");
        }
    }

    private CliResult dispatch(List<String> words) {
        String name = words.get(0);
        List<String> args = words.subList(1, words.size());
        Command extra = added.get(name);
        if (extra != null) {
            return extra.run(args);
        }
        return switch (name) {
            case "aws" -> cli.run(args);
            case "echo" -> echo(args);
            case ":", "true" -> CliResult.ok("");
            default -> files.run(words).orElseGet(() -> notHere(name));
        };
    }

    /** {@code $(...)} nested beyond {@link #MAX_SUBSTITUTION_DEPTH}. */
    private static final class NestedTooDeep extends ShellWords.SyntaxError {
        private static final long serialVersionUID = 1L;

        NestedTooDeep() {
            super("$(...): command substitution nested more than " + MAX_SUBSTITUTION_DEPTH + " levels deep");
        }
    }

    private static boolean tooLong(List<String> words) {
        long total = 0;
        for (String w : words) {
            int bytes = w.length() * 3 > MAX_ARGUMENT_BYTES ? utf8Length(w) : w.length();
            if (bytes > MAX_ARGUMENT_BYTES) {
                return true;
            }
            total += bytes + 1;
        }
        return total > MAX_ARGUMENTS_BYTES;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** An assignment's result: its substitution's status and error, but no response of its own (it printed none). */
    private static CliResult assigned(CliResult substitution, String stderr) {
        return substitution.serviceError().isPresent()
                ? substitution.withText(substitution.exitCode(), "", stderr)
                : new CliResult(substitution.exitCode(), "", stderr, new CliResult.Printed());
    }

    /** A command bash would run but this prompt does not: where it runs instead, or bash's own words. */
    private static CliResult notHere(String command) {
        if (ShellSyntax.runsInInstance(command)) {
            return CliResult.error(
                    127,
                    command + " runs in an instance's shell, not at this prompt (it runs aws lines, cat, ls, pwd, "
                            + "echo and Java). To run it on an instance: aws ssm send-command --document-name "
                            + "AWS-RunShellScript --instance-ids $ID --parameters 'commands=[\"" + command
                            + " ...\"]'\n");
        }
        return CliResult.error(127, "bash: " + command + ": command not found\n");
    }

    private CliResult echo(List<String> args) {
        boolean newline = true;
        List<String> words = new ArrayList<>(args);
        // echo ... >&2, as scripts report on stderr.
        boolean toStderr = !words.isEmpty() && List.of(">&2", "1>&2").contains(words.get(words.size() - 1));
        if (toStderr) {
            words.remove(words.size() - 1);
        }
        if (!words.isEmpty() && words.get(0).equals("-n")) {
            newline = false;
            words.remove(0);
        }
        String text = String.join(" ", words) + (newline ? "\n" : "");
        return toStderr ? new CliResult(0, "", text, new CliResult.Printed()) : CliResult.ok(text);
    }

    /** Lines with a trailing backslash join the next one, as in a shell script. */
    static List<String> joinContinuations(String text) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.endsWith("\\") && !l.endsWith("\\\\")) {
                current.append(l, 0, l.length() - 1).append(' ');
            } else {
                current.append(l);
                commands.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            commands.add(current.toString());
        }
        return commands;
    }
}
