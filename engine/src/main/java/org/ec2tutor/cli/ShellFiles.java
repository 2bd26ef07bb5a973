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

    /** {@code echo ... > FILE}: the text goes into the workspace, and the learner is told it is not on disk. */
    CliResult write(Redirect to, String text) {
        boolean first = !workspace.wrote(to.target());
        workspace.write(to.target(), text, to.append());
        return new CliResult(
                0,
                first
                        ? "(" + to.target() + " is kept in this session, not on your disk: file://" + to.target()
                                + " and cat read it)\n"
                        : "",
                "",
                new CliResult.Printed());
    }
}
