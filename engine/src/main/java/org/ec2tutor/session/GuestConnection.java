package org.ec2tutor.session;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.guest.Guest;
import org.ec2tutor.cloud.guest.GuestShell;
import org.ec2tutor.cloud.guest.ShellRun;

/**
 * An open ssh session to an instance: every line the learner types runs in its guest as {@code user} until
 * {@code exit} (or the instance stops), with the shell's variables kept from line to line. Simulated time moves on by
 * what each line took (an install takes its time).
 */
final class GuestConnection {

    /** What one line did: its output, its errors and status, and whether the connection is over. */
    record Ran(String stdout, String stderr, int exitCode, boolean closed) {}

    private final Cloud cloud;
    private final String instanceId;
    private final Guest guest;
    private final String user;
    private final String host;
    private final Map<String, String> variables = new HashMap<>();

    GuestConnection(Cloud cloud, String instanceId, Guest guest, String user, String host) {
        this.cloud = cloud;
        this.instanceId = instanceId;
        this.guest = guest;
        this.user = user;
        this.host = host;
    }

    String instanceId() {
        return instanceId;
    }

    /** The shell's prompt, as the image's OS shows it: {@code [ec2-user@ip-172-31-5-9 ~]$ }, Ubuntu's {@code u@h:~$ }. */
    String prompt() {
        return guest.family() == Guest.Family.UBUNTU
                ? user + "@" + guest.hostname() + ":~$ "
                : "[" + user + "@" + guest.hostname() + " ~]$ ";
    }

    /** Runs one line of the learner's in the guest. */
    Ran run(String line) {
        String command = line.strip();
        if (command.equals("logout") || command.equals("exit") || command.startsWith("exit ")) {
            int status = 0;
            if (command.startsWith("exit ")) {
                try {
                    status = Integer.parseInt(command.substring(5).strip()) & 0xff;
                } catch (NumberFormatException e) {
                    status = 2; // bash: exit: x: numeric argument required
                }
            }
            return new Ran("logout\n", "Connection to " + host + " closed.\n", status, true);
        }
        ShellRun[] run = new ShellRun[1];
        boolean open = cloud.transact(() -> {
            if (!cloud.ec2World().ssh().stillOpen(instanceId, guest)) {
                return false;
            }
            run[0] = new GuestShell(guest, user, variables).run(command, cloud.now());
            return true;
        });
        if (!open) {
            return new Ran(
                    "",
                    "Connection to " + host + " closed by remote host.\nConnection to " + host + " closed.\n",
                    255,
                    true);
        }
        if (run[0].duration().compareTo(Duration.ZERO) > 0) {
            cloud.advance(run[0].duration());
        }
        return new Ran(run[0].output(), run[0].errorOutput(), run[0].exitCode(), false);
    }
}
