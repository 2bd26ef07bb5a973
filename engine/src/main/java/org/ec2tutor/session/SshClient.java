package org.ec2tutor.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cli.CliResult;
import org.ec2tutor.cli.Workspace;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.ec2.SshAccess;

/**
 * {@code ssh} at the session's prompt, as OpenSSH's client on the learner's computer: {@code ssh -i KEY.pem
 * USER@HOST [COMMAND]}, the key read from the session's workspace with the mode chmod gave it. Without a command a
 * successful login opens a {@link GuestConnection} that the session's next lines run in; with one, the command runs
 * and the connection closes.
 */
final class SshClient {

    /** The login name ssh uses when the destination names no user: the learner's on their own computer. */
    static final String LOCAL_USER = "learner";

    private static final String USAGE = """
            usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]
                       [-c cipher_spec] [-D [bind_address:]port] [-E log_file]
                       [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]
                       [-J destination] [-L address] [-l login_name] [-m mac_spec]
                       [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]
                       [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]
                       destination [command [argument ...]]
            """;
    private static final String FLAGS = "46AaCfGgKkMNnqsTtVvXxYy";
    private static final String WITH_VALUE = "BbcDEeFIiJLlmOoPpRSWw";

    private final SessionState state;

    SshClient(SessionState state) {
        this.state = state;
    }

    CliResult run(List<String> args) {
        Optional<String> identity = Optional.empty();
        Optional<String> login = Optional.empty();
        int port = 22;
        int i = 0;
        for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
            String a = args.get(i);
            char c = a.charAt(1);
            if (FLAGS.indexOf(c) >= 0) {
                continue;
            }
            if (WITH_VALUE.indexOf(c) < 0) {
                return failed(255, "ssh: illegal option -- " + c + "\n" + USAGE);
            }
            String value = a.length() > 2 ? a.substring(2) : i + 1 < args.size() ? args.get(++i) : null;
            if (value == null) {
                return failed(255, "ssh: option requires an argument -- " + c + "\n" + USAGE);
            }
            switch (c) {
                case 'i' -> identity = Optional.of(value);
                case 'l' -> login = Optional.of(value);
                case 'p' -> {
                    try {
                        port = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        return failed(255, "Bad port '" + value + "'\n");
                    }
                }
                default -> {} // -o options and the rest change nothing here
            }
        }
        if (i >= args.size()) {
            return failed(255, USAGE);
        }
        String destination = args.get(i).replaceFirst("^ssh://", "");
        List<String> command = args.subList(i + 1, args.size());
        int at = destination.lastIndexOf('@');
        String user = at >= 0 ? destination.substring(0, at) : login.orElse(LOCAL_USER);
        String host = at >= 0 ? destination.substring(at + 1) : destination;
        return connect(host, port, user, identity, command);
    }

    /** {@code %ssh}: the same client, with the line it stands for shown first. */
    CliResult connect(String host, int port, String user, Optional<String> identity, List<String> command) {
        Workspace files = state.workspace();
        Optional<SshAccess.KeyFile> key = Optional.empty();
        Optional<String> missing = Optional.empty();
        if (identity.isPresent()) {
            try {
                String name = identity.get();
                key = Optional.of(new SshAccess.KeyFile(name, files.read(name), files.mode(name)));
            } catch (IOException e) {
                missing = identity;
            }
        }
        Optional<SshAccess.KeyFile> k = key;
        Optional<String> m = missing;
        Cloud cloud = state.cloud();
        SshAccess.Login result = cloud.transact(() -> cloud.ec2World().ssh().login(host, port, user, k, m));
        if (result instanceof SshAccess.Refused refused) {
            if (!refused.waited().isZero()) {
                state.advance(refused.waited()); // the learner waited for the timeout
            }
            return new CliResult(refused.exitCode(), "", refused.stderr(), new CliResult.Printed());
        }
        SshAccess.Opened opened = (SshAccess.Opened) result;
        GuestConnection connection = new GuestConnection(cloud, opened.instanceId(), opened.guest(), user, host);
        if (!command.isEmpty()) {
            GuestConnection.Ran ran = connection.run(String.join(" ", command));
            return new CliResult(
                    ran.exitCode(), ran.stdout(), opened.warnings() + ran.stderr(), new CliResult.Printed());
        }
        state.open(connection);
        return new CliResult(0, opened.motd(), opened.warnings(), new CliResult.Printed());
    }

    private static CliResult failed(int status, String stderr) {
        return new CliResult(status, "", stderr, new CliResult.Printed());
    }

    /** The words of {@code %ssh}'s line as ssh would take them, for showing. */
    static String line(String user, String host, Optional<String> identity, List<String> command) {
        List<String> words = new ArrayList<>(List.of("ssh"));
        identity.ifPresent(k -> words.addAll(List.of("-i", k)));
        words.add(user + "@" + host);
        words.addAll(command);
        return String.join(" ", words);
    }
}
