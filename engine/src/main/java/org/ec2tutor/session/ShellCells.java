package org.ec2tutor.session;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ec2tutor.cli.CliResult;

/**
 * A session's shell-style cells ({@code aws ...}, variables, {@code echo}): what the command printed becomes events, a
 * {@code describe-*} response printed whole also a table, and a failure an error named by its AWS code when the
 * service refused.
 */
final class ShellCells {

    private final SessionState state;

    ShellCells(SessionState state) {
        this.state = state;
    }

    boolean run(String code, Consumer<CellEvent> emit) {
        CliResult r = state.shell().run(code);
        Optional<CellEvent.Display> table = r.succeeded() ? DescribeTables.of(r) : Optional.empty();
        if (table.isPresent()) {
            emit.accept(table.get());
        } else if (!r.stdout().isEmpty()) {
            emit.accept(CellEvent.out(r.stdout()));
        }
        if (r.succeeded()) {
            if (!r.stderr().isEmpty()) {
                emit.accept(CellEvent.err(r.stderr()));
            }
            return true;
        }
        List<String> lines = r.stderr().strip().lines().toList();
        Optional<CliResult.ServiceError> aws = r.serviceError();
        if (aws.isPresent()) {
            // Named by its code (InvalidAMIID.NotFound), so notebooks can expect it by name.
            emit.accept(new CellEvent.Failure(
                    ErrorKind.AWS, aws.get().code(), aws.get().line(), lines));
            return false;
        }
        String last =
                lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("command failed");
        emit.accept(new CellEvent.Failure(
                ErrorKind.COMMAND,
                r.exitCode() == 255 ? "CommandFailed" : "CommandError",
                last,
                lines)); // nothing printed when the CLI prints nothing (aws configure get of an unset name)
        return false;
    }
}
