package org.ec2tutor.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ec2tutor.cli.CliResult;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.ec2.SshAccess;

/**
 * {@code %ssh INSTANCE_ID [--key FILE] [--user USER] [COMMAND...]}: the notebook's way to {@code ssh -i KEY.pem
 * USER@PUBLIC_IP}. It finds the instance's public address, its key pair's {@code NAME.pem} and its image's user, shows
 * the ssh line it stands for, and runs it: without a command the following cells run in the instance until
 * {@code exit}; with one, that command runs there and the connection closes.
 */
final class SshCommand {

    private SshCommand() {}

    static boolean run(SessionContext s, String args, Consumer<CellEvent> emit) throws Command.Usage {
        List<String> words = new ArrayList<>(CommandArgs.words(args));
        if (words.isEmpty() || words.get(0).startsWith("-")) {
            throw new Command.Usage("");
        }
        String instanceId = words.remove(0);
        Optional<String> key = option(words, "--key");
        Optional<String> user = option(words, "--user");
        SessionState state = s.state();
        if (state.connection().isPresent()) {
            throw new Command.Usage(
                    "You are logged in to " + state.connection().get().instanceId() + " already: type exit first.");
        }
        Cloud cloud = state.cloud();
        Optional<SshAccess.Target> target = cloud.transact(
                () -> cloud.ec2World().ssh().target(state.account().id(), state.cloudRegion(), instanceId));
        if (target.isEmpty()) {
            throw new Command.Usage(
                    "No instance " + instanceId + " in account " + state.accountId() + " in " + state.region() + ".");
        }
        SshAccess.Target t = target.get();
        if (t.windows()) {
            throw new Command.Usage(instanceId + " runs Windows: you connect to it with RDP, not ssh.");
        }
        if (t.publicAddress().isEmpty()) {
            throw new Command.Usage(instanceId + " has no public IPv4 address, so ssh cannot reach it from your "
                    + "computer (launch it where it gets one, or associate an Elastic IP).");
        }
        Optional<String> identity = key.or(() -> t.keyName().map(n -> n + ".pem"));
        if (identity.isEmpty()) {
            throw new Command.Usage(instanceId + " was launched without a key pair: name your key with --key FILE "
                    + "(without one, ssh is refused).");
        }
        String login = user.orElse(t.user());
        String host = t.publicAddress().get();
        emit.accept(CellEvent.err("$ " + SshClient.line(login, host, identity, words) + "\n"));
        CliResult r = new SshClient(state).connect(host, 22, login, identity, words);
        if (!r.stdout().isEmpty()) {
            emit.accept(CellEvent.out(r.stdout()));
        }
        if (r.succeeded()) {
            if (!r.stderr().isEmpty()) {
                emit.accept(CellEvent.err(r.stderr()));
            }
            return true;
        }
        List<String> lines = r.stderr().strip().lines().toList();
        String last = lines.isEmpty() ? "exit status " + r.exitCode() : lines.get(lines.size() - 1);
        emit.accept(new CellEvent.Failure(
                ErrorKind.COMMAND, "CommandFailed", last, lines.isEmpty() ? List.of(last) : lines));
        return false;
    }

    /** Takes {@code --name VALUE} out of {@code words}. */
    private static Optional<String> option(List<String> words, String name) throws Command.Usage {
        int i = words.indexOf(name);
        if (i < 0) {
            return Optional.empty();
        }
        if (i + 1 >= words.size()) {
            throw new Command.Usage(name + " needs a value.");
        }
        String value = words.get(i + 1);
        words.subList(i, i + 2).clear();
        return Optional.of(value);
    }
}
