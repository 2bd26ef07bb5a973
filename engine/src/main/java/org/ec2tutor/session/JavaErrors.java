package org.ec2tutor.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cli.AwsErrorLine;
import org.ec2tutor.jshell.JavaOutcome;

/** Java failures as the learner should read them: compiler diagnostics with a caret, AWS errors as the CLI words them. */
final class JavaErrors {

    private JavaErrors() {}

    static CellEvent.Failure toEvent(JavaOutcome outcome, Optional<BoundEc2Client.LastError> awsError) {
        if (outcome instanceof JavaOutcome.CompileError c) {
            List<String> lines = new ArrayList<>();
            for (JavaOutcome.Diagnostic d : c.diagnostics()) {
                lines.add("|  Error (line " + d.line() + ", column " + d.column() + "):");
                d.message().lines().forEach(l -> lines.add("|  " + l));
                lines.add("|  " + d.sourceLine());
                lines.add("|  " + caret(d));
            }
            return new CellEvent.Failure(
                    ErrorKind.COMPILE,
                    "CompileError",
                    c.diagnostics().get(0).message().lines().findFirst().orElse(""),
                    lines);
        }
        if (outcome instanceof JavaOutcome.Thrown t) {
            if (t.exceptionClass().endsWith(".Ec2Exception") && awsError.isPresent()) {
                var e = awsError.get();
                String line = AwsErrorLine.of(
                        e.error().awsErrorDetails().errorCode(),
                        e.error().awsErrorDetails().errorMessage(),
                        e.operation());
                List<String> lines = new ArrayList<>(List.of(line));
                t.frames().forEach(f -> lines.add("    " + f));
                return new CellEvent.Failure(
                        ErrorKind.AWS, e.error().awsErrorDetails().errorCode(), line, lines);
            }
            String simple = t.exceptionClass().substring(t.exceptionClass().lastIndexOf('.') + 1);
            String head = t.exceptionClass() + (t.message() == null ? "" : ": " + t.message());
            List<String> lines = new ArrayList<>(List.of(head));
            t.frames().forEach(f -> lines.add("    " + f));
            if (simple.equals("OutOfMemoryError") || simple.equals("StackOverflowError")) {
                lines.add("The cell was stopped; the session goes on.");
            }
            return new CellEvent.Failure(
                    ErrorKind.EXCEPTION, simple, t.message() == null ? simple : t.message(), lines);
        }
        if (outcome instanceof JavaOutcome.Lost l) {
            return CellEvent.Failure.of(ErrorKind.EXCEPTION, "AgentLost", l.message());
        }
        if (outcome instanceof JavaOutcome.Refused r) {
            return CellEvent.Failure.of(ErrorKind.REFUSED, "Refused", r.message());
        }
        return new CellEvent.Failure(
                ErrorKind.INTERRUPTED,
                "Interrupted",
                "The cell was interrupted.",
                List.of("The cell was interrupted; the account keeps what it did before."));
    }

    private static String caret(JavaOutcome.Diagnostic d) {
        int col = Math.max(1, d.column());
        long width = Math.max(1, Math.min(d.end() - d.start(), d.sourceLine().length() - col + 1));
        return " ".repeat(col - 1) + "^" + (width > 1 ? "-".repeat((int) width - 2) + "^" : "");
    }
}
