package org.ec2tutor.session;

import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Consumer;
import org.ec2tutor.endpoint.Endpoint;

/** {@code %endpoint}: serves the session's account over HTTP and says how the real CLI, boto3 or an SDK reach it. */
final class EndpointCommand {

    private EndpointCommand() {}

    static boolean endpoint(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        CommandArgs a = CommandArgs.parse(args, Set.of("--port"), Set.of());
        a.positional(0, 0);
        int port = a.option("--port", 0, EndpointCommand::port);
        boolean running = s.state().runningEndpoint().isPresent();
        if (running
                && a.has("--port")
                && s.state().runningEndpoint().get().url().getPort() != port) {
            throw new Command.Usage("The endpoint already serves on port "
                    + s.state().runningEndpoint().get().url().getPort()
                    + "; it keeps that port until ec2-tutor stops.");
        }
        Endpoint e;
        try {
            e = s.state().endpoint(port);
        } catch (UncheckedIOException ex) {
            emit.accept(CellEvent.Failure.of(ErrorKind.COMMAND, "EndpointError", ex.getMessage()));
            return false;
        }
        String profile = s.state().profile();
        StringBuilder b = new StringBuilder()
                .append("This session's account is served at ")
                .append(e.url())
                .append(" (EC2, Systems Manager and STS; requests signed with these keys).\n")
                .append("In a shell, as profile ")
                .append(profile)
                .append(":\n  ")
                .append(e.shellExports(profile))
                .append("\n(aws CLI versions before 2.13 also need --endpoint-url ")
                .append(e.url())
                .append(")\nOr as profiles in ~/.aws/config and ~/.aws/credentials:\n");
        for (String line : (e.configFile() + e.credentialsFile()).lines().toList()) {
            b.append(line.isEmpty() ? "" : "  " + line).append('\n');
        }
        b.append("Calls made there act on this session's account: %state shows them and lesson checks see them (a")
                .append(" step passed that way is announced at your next cell or %check).\n");
        emit.accept(CellEvent.out(b.toString()));
        return true;
    }

    private static int port(String value) throws Command.Usage {
        try {
            int p = Integer.parseInt(value);
            if (p >= 1 && p <= 65_535) {
                return p;
            }
        } catch (NumberFormatException ex) {
            // falls through to the usage message
        }
        throw new Command.Usage("--port takes a port number from 1 to 65535, not " + value);
    }
}
