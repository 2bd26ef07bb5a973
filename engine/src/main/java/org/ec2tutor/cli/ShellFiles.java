package org.ec2tutor.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;

/**
 * The few file commands a beginner types at the prompt ({@code cat}, {@code ls}, {@code pwd}, {@code echo x > f}),
 * on the session's {@link Workspace}: reads see the working directory, writes stay in the session, never on disk.
 */
final class ShellFiles {

    /** {@code > FILE} or {@code >> FILE} at the end of a command. */
    record Redirect(String target, boolean append) {

        /** Removes a trailing redirection from {@code words} ({@code > f}, {@code >f}, {@code >> f}), if any. */
        static Optional<Redirect> take(List<String> words) {
            for (int i = words.size() - 1; i >= 0 && i >= words.size() - 2; i--) {
                String w = words.get(i);
                if (!w.startsWith(">") || w.startsWith(">&")) {
                    continue;
                }
                boolean append = w.startsWith(">>");
                String rest = w.substring(append ? 2 : 1);
                if (rest.isEmpty() && i == words.size() - 2) {
                    rest = words.get(i + 1);
                } else if (!rest.isEmpty() && i != words.size() - 1) {
                    continue;
                }
                words.subList(i, words.size()).clear();
                return Optional.of(new Redirect(rest, append));
            }
            return Optional.empty();
        }
    }

    private final Workspace workspace;

    ShellFiles(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Runs {@code words} if it is a file command; empty when it is not one. */
    Optional<CliResult> run(List<String> words) {
        List<String> args = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "cat" -> Optional.of(cat(args));
            case "ls" -> Optional.of(ls());
            case "pwd" -> Optional.of(CliResult.ok(workspace.directory() + "\n"));
            case "chmod" -> Optional.of(chmod(args));
            default -> Optional.empty();
        };
    }

    private CliResult ls() {
        List<String> names = workspace.list();
        return CliResult.ok(names.isEmpty() ? "" : String.join("\n", names) + "\n");
    }

    private CliResult cat(List<String> names) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        for (String name : names) {
            try {
                out.append(workspace.read(name));
            } catch (NoSuchFileException e) {
                err.append("cat: ").append(name).append(": No such file or directory\n");
            } catch (IOException e) {
                err.append("cat: ")
                        .append(name)
                        .append(": ")
                        .append(e.getMessage())
                        .append('\n');
            }
        }
        if (names.isEmpty()) {
            err.append("cat: reading what you type is not supported here; name a file: cat FILE\n");
        }
        return err.length() == 0
                ? CliResult.ok(out.toString())
                : new CliResult(1, out.toString(), err.toString(), new CliResult.Printed());
    }

    /**
     * {@code COMMAND > FILE}: what the command printed goes into the workspace (bash opens the file even when the
     * command then fails), and the learner is told, the first time, that it is not on disk. The command's outcome is
     * kept, so a lesson still sees the call; a describe response is no longer shown as a table.
     */
    CliResult redirect(Redirect to, CliResult r) {
        boolean first = !workspace.wrote(to.target());
        workspace.write(to.target(), r.stdout(), to.append());
        String note = first
                ? "(" + to.target() + " is kept in this session, not on your disk: file://" + to.target()
                        + ", cat and ssh -i read it)\n"
                : "";
        CliResult.Outcome outcome = r.outcome() instanceof CliResult.Response resp
                ? new CliResult.Response(resp.service(), resp.operation(), resp.response(), false)
                : r.outcome();
        return new CliResult(r.exitCode(), note, r.stderr(), outcome);
    }

    /**
     * {@code chmod MODE FILE...}: octal ({@code 400}) or symbolic ({@code go-rwx}, {@code u+x}) modes, kept in the
     * workspace (ssh refuses a key others may read); the disk is never touched.
     */
    private CliResult chmod(List<String> args) {
        List<String> operands = args.stream().filter(a -> !a.equals("-v")).toList();
        if (operands.isEmpty()) {
            return CliResult.error(1, "chmod: missing operand\nTry 'chmod --help' for more information.\n");
        }
        if (operands.size() == 1) {
            return CliResult.error(
                    1,
                    "chmod: missing operand after '" + operands.get(0)
                            + "'\nTry 'chmod --help' for more information.\n");
        }
        String mode = operands.get(0);
        StringBuilder err = new StringBuilder();
        for (String name : operands.subList(1, operands.size())) {
            if (!workspace.isFile(name)) {
                err.append("chmod: cannot access '").append(name).append("': No such file or directory\n");
                continue;
            }
            Optional<Integer> changed = FileMode.apply(mode, workspace.mode(name));
            if (changed.isEmpty()) {
                return CliResult.error(
                        1, "chmod: invalid mode: '" + mode + "'\nTry 'chmod --help' for more information.\n");
            }
            workspace.chmod(name, changed.get());
        }
        return err.length() == 0 ? CliResult.ok("") : CliResult.error(1, err.toString());
    }
}
