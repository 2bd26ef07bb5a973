package org.ec2tutor.cloud.ec2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.ec2tutor.cloud.guest.Curl;
import org.ec2tutor.cloud.guest.Guest;

/**
 * What an OpenSSH client on the learner's computer ({@link InternetNetwork#LEARNER_ADDRESS}) meets when it connects to
 * an instance (docs/ec2-behaviour.md, "SSH from the learner's computer"): the TCP connection (name, public address,
 * state, security group), sshd (up once the instance has booted; none on Windows), then public-key authentication
 * against the user's {@code ~/.ssh/authorized_keys}, which cloud-init filled from the launch's key pair. Messages are
 * OpenSSH's; every failure exits 255.
 */
public final class SshAccess {

    /** The private key file given with {@code -i}: its name, text and permission bits (e.g. 0400). */
    public record KeyFile(String name, String text, int mode) {}

    /** What a login attempt came to. */
    public sealed interface Login permits Opened, Refused {}

    /**
     * A shell is open on {@code guest} as {@code user}: {@code warnings} is what ssh printed on stderr, {@code motd}
     * the server's message of the day.
     */
    public record Opened(String instanceId, Guest guest, String user, String host, String warnings, String motd)
            implements Login {}

    /** What {@code %ssh INSTANCE_ID} needs to write the ssh line: the address, the key's name and the login. */
    public record Target(Optional<String> publicAddress, Optional<String> keyName, String user, boolean windows) {}

    /** ssh gave up: what it printed on stderr, its exit status and how long it waited. */
    public record Refused(String stderr, int exitCode, Duration waited) implements Login {}

    private static final int EXIT = 255;

    private final Ec2World world;
    private final InternetNetwork internet;

    SshAccess(Ec2World world) {
        this.world = world;
        this.internet = new InternetNetwork(world, InternetNetwork.LEARNER_ADDRESS);
    }

    /** The default login of an image's OS: {@code ec2-user} on Amazon Linux, {@code ubuntu} on Ubuntu. */
    public static String defaultUser(Guest.Family family) {
        return family == Guest.Family.UBUNTU ? "ubuntu" : "ec2-user";
    }

    /**
     * {@code ssh -p PORT [-i KEY] USER@HOST}. {@code identity} is the {@code -i} file when it could be read, and
     * {@code missingIdentity} its name when it could not (ssh warns and goes on without it).
     */
    public Login login(
            String host, int port, String user, Optional<KeyFile> identity, Optional<String> missingIdentity) {
        StringBuilder err = new StringBuilder();
        missingIdentity.ifPresent(name -> err.append("Warning: Identity file ")
                .append(name)
                .append(" not accessible: No such file or directory.\n"));
        Optional<Instance> target = internet.instanceAt(host);
        if (target.isEmpty()) {
            return host.matches("[0-9.]+")
                    ? timedOut(err, host, port)
                    : new Refused(
                            err + "ssh: Could not resolve hostname " + host + ": Name or service not known\n",
                            EXIT,
                            Duration.ZERO);
        }
        Instance instance = target.get();
        if (!internet.admits(instance, port)) {
            return timedOut(err, host, port);
        }
        Guest guest = instance.guest();
        Instant now = world.clock.now();
        if (port != 22 || guest.family() == Guest.Family.WINDOWS || !sshdUp(guest, now)) {
            return new Refused(
                    err + "ssh: connect to host " + host + " port " + port + ": Connection refused\n",
                    EXIT,
                    Duration.ZERO);
        }
        String denied = err + user + "@" + host + ": Permission denied (publickey).\n";
        Optional<String> usable = identity.flatMap(k -> loadable(k, err));
        if (usable.isEmpty()) {
            return new Refused(err + user + "@" + host + ": Permission denied (publickey).\n", EXIT, Duration.ZERO);
        }
        String loginUser = user.equals("root") ? defaultUser(guest.family()) : user;
        if (!loginUser.equals(defaultUser(guest.family())) || !authorized(guest, loginUser, usable.get())) {
            return new Refused(denied, EXIT, Duration.ZERO);
        }
        String known = "Warning: Permanently added '" + host + "' (ED25519) to the list of known hosts.\n";
        if (user.equals("root")) {
            // cloud-init's disable_root: the key logs in, runs only this message, and the connection closes.
            return new Refused(
                    err + known + "Please login as the user \"" + loginUser + "\" rather than the user \"root\".\n\n"
                            + "Connection to " + host + " closed.\n",
                    142,
                    Duration.ZERO);
        }
        return new Opened(instance.id(), guest, user, host, err + known, motd(guest));
    }

    /** The instance {@code instanceId} of {@code owner} in {@code region}, as {@code %ssh} connects to it. */
    public Optional<Target> target(
            org.ec2tutor.cloud.AccountId owner, org.ec2tutor.cloud.Region region, String instanceId) {
        return Optional.ofNullable(world.region(region).instances.get(instanceId))
                .filter(i -> i.owner().equals(owner) && i.state() != InstanceState.TERMINATED)
                .map(i -> new Target(
                        i.publicIp(),
                        i.keyName(),
                        defaultUser(i.guest().family()),
                        i.guest().family() == Guest.Family.WINDOWS));
    }

    /** Whether the shell of an open connection is still there: the instance runs (a stop or reboot ends it). */
    public boolean stillOpen(String instanceId, Guest guest) {
        return java.util.Arrays.stream(org.ec2tutor.cloud.Region.values())
                .map(r -> world.region(r).instances.get(instanceId))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(i -> i.state() == InstanceState.RUNNING && i.guest() == guest)
                .orElse(false);
    }

    /** sshd starts with the other services at boot, ten seconds in. */
    private static boolean sshdUp(Guest guest, Instant now) {
        return guest.bootedAt() != null && !guest.bootedAt().plusSeconds(10).isAfter(now);
    }

    private Refused timedOut(StringBuilder err, String host, int port) {
        return new Refused(
                err + "ssh: connect to host " + host + " port " + port + ": Connection timed out\n",
                EXIT,
                Curl.SYN_TIMEOUT);
    }

    /**
     * The key's text when ssh would load it: a file others can read is ignored (OpenSSH's "UNPROTECTED PRIVATE KEY
     * FILE"), and one that is not a PEM/OpenSSH private key (a PuTTY .ppk) is an invalid format.
     */
    private static Optional<String> loadable(KeyFile key, StringBuilder err) {
        if ((key.mode() & 0077) != 0) {
            err.append("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n")
                    .append("@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @\n")
                    .append("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n")
                    .append(String.format("Permissions 0%o for '%s' are too open.%n", key.mode(), key.name()))
                    .append("It is required that your private key files are NOT accessible by others.\n")
                    .append("This private key will be ignored.\n")
                    .append("Load key \"")
                    .append(key.name())
                    .append("\": bad permissions\n");
            return Optional.empty();
        }
        if (!key.text().strip().startsWith("-----BEGIN ") || !key.text().contains("PRIVATE KEY-----")) {
            err.append("Load key \"").append(key.name()).append("\": invalid format\n");
            return Optional.empty();
        }
        return Optional.of(key.text());
    }

    /** Whether one of the user's authorized keys is the public half of {@code privateKey}. */
    private static boolean authorized(Guest guest, String user, String privateKey) {
        byte[] privateBytes = pemBody(privateKey);
        for (String line : guest.authorizedKeys(user)) {
            String[] parts = line.strip().split("\\s+", -1);
            if (parts.length >= 2
                    && publicHalf(privateBytes, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A key created by this simulator has as public blob the SHA-256 of its private bytes (KeyPairOperations); a real
     * OpenSSH private key ({@code openssh-key-v1}) carries its public blob in clear, which is compared instead, and a
     * real PKCS#1 or PKCS#8 RSA key ({@code ssh-keygen -m PEM}) gives its modulus and exponent (RsaPrivateKey).
     */
    private static boolean publicHalf(byte[] privateBytes, byte[] publicBlob) {
        byte[] magic = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
        if (privateBytes.length > magic.length && Arrays.equals(Arrays.copyOf(privateBytes, magic.length), magic)) {
            return OpenSshKey.publicBlob(privateBytes, magic.length)
                    .map(b -> Arrays.equals(b, publicBlob))
                    .orElse(false);
        }
        Optional<byte[]> rsa = RsaPrivateKey.sshPublicBlob(privateBytes);
        if (rsa.isPresent()) {
            return Arrays.equals(rsa.get(), publicBlob);
        }
        return Arrays.equals(sha256(privateBytes), publicBlob);
    }

    private static byte[] pemBody(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The message of the day the image's OS shows at login. */
    private static String motd(Guest guest) {
        if (guest.family() == Guest.Family.UBUNTU) {
            return "Welcome to Ubuntu 24.04.3 LTS (GNU/Linux 6.14.0-1011-aws x86_64)\n\n";
        }
        return """
                   ,     #_
                   ~\\_  ####_        Amazon Linux 2023
                  ~~  \\_#####\\
                  ~~     \\###|
                  ~~       \\#/ ___   https://aws.amazon.com/linux/amazon-linux-2023
                   ~~       V~' '->
                    ~~~         /
                      ~~._.   _/
                         _/ _/
                       _/m/'
                """;
    }
}
