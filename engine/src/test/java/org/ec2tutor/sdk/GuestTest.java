package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ec2tutor.cli.AwsCli;
import org.ec2tutor.cli.SimulatedAwsEnvironment;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.Instance;
import org.ec2tutor.cloud.guest.GuestShell;
import org.ec2tutor.cloud.guest.ShellRun;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;

/** What happens inside an instance across its lifecycle (issue 6), through the SDK. */
class GuestTest {

    private static final String NGINX = """
            #!/bin/bash
            dnf install -y nginx
            systemctl enable --now nginx
            echo '<h1>hello from ec2-tutor</h1>' > /usr/share/nginx/html/index.html
            """;

    private final TestCloud t = TestCloud.seeded(31);

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private Instance domain(String id) {
        return t.cloud.transact(() -> t.cloud
                .ec2(t.cloud.accounts().learner(), Region.US_EAST_1)
                .instances()
                .describeOne(id));
    }

    /** Runs a command inside the instance now, as Run Command would. */
    private ShellRun sh(String id, String script) {
        return t.cloud.transact(() -> new GuestShell(domain(id).guest()).run(script, t.cloud.now()));
    }

    private String console(String id) {
        return new String(
                Base64.getDecoder()
                        .decode(t.ec2.getConsoleOutput(b -> b.instanceId(id)).output()),
                StandardCharsets.UTF_8);
    }

    private String launchWithUserData(String type, String script) {
        String id = t.launch(t.ec2, b -> b.imageId(AL2023).instanceType(type).userData(b64(script)));
        t.advance(Duration.ofMinutes(2));
        return id;
    }

    @Test
    void userDataRunsAtFirstBootAndItsOutputIsInTheConsoleLog() {
        String id = launchWithUserData("t3.micro", NGINX);
        String log = console(id);
        assertThat(log)
                .contains("cloud-init[1]: running user data")
                .contains("Installed:")
                .contains("nginx")
                .contains("Cloud-init v. 22.2.2 finished at");
        assertThat(sh(id, "curl localhost").output()).contains("hello from ec2-tutor");
        assertThat(sh(id, "systemctl is-active nginx").output()).isEqualTo("active\n");
    }

    @Test
    void userDataDoesNotRunAgainOnLaterBoots() {
        String id = launchWithUserData("t3.micro", "echo booted >> /root/boots.txt\n");
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(2));
        t.ec2.startInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        assertThat(sh(id, "cat /root/boots.txt").output()).isEqualTo("booted\n");
    }

    @Test
    void stopLosesRamAndInstanceStoreButKeepsEbs() {
        String id = launchWithUserData("i3.large", """
                echo data > /media/ephemeral0/cache.txt
                echo scratch > /dev/shm/tmp.txt
                echo kept > /root/ebs.txt
                """);
        assertThat(sh(id, "cat /media/ephemeral0/cache.txt").output()).isEqualTo("data\n");
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(2));
        t.ec2.startInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        ShellRun store = sh(id, "cat /media/ephemeral0/cache.txt");
        assertThat(store.exitCode()).isEqualTo(1);
        assertThat(store.output()).contains("No such file or directory");
        assertThat(sh(id, "cat /dev/shm/tmp.txt").exitCode()).isEqualTo(1);
        assertThat(sh(id, "cat /root/ebs.txt").output()).isEqualTo("kept\n");
    }

    @Test
    void aServiceStartedByHandRunsAfterHibernateButNotAfterStop() {
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType("m5.large")
                        .hibernationOptions(h -> h.configured(true))
                        .blockDeviceMappings(BlockDeviceMapping.builder()
                                .deviceName("/dev/xvda")
                                .ebs(e -> e.encrypted(true).volumeSize(30))
                                .build()));
        t.advance(Duration.ofMinutes(5));
        assertThat(sh(id, "dnf install -y nginx && systemctl start nginx").exitCode())
                .isZero();
        t.advance(Duration.ofMinutes(1));
        t.ec2.stopInstances(b -> b.instanceIds(id).hibernate(true));
        t.advance(Duration.ofMinutes(2));
        t.ec2.startInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        assertThat(sh(id, "systemctl is-active nginx").output())
                .as("hibernation keeps RAM")
                .isEqualTo("active\n");
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(2));
        t.ec2.startInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        assertThat(sh(id, "systemctl is-active nginx").output())
                .as("stop loses RAM")
                .isEqualTo("inactive\n");
        assertThat(sh(id, "curl localhost").exitCode()).isEqualTo(7);
    }

    @Test
    void rebootKeepsDisksAndRestartsEnabledServices() {
        String id = launchWithUserData("t3.micro", """
                dnf install -y nginx
                systemctl enable nginx
                systemctl start nginx
                echo x > /dev/shm/x
                """);
        t.ec2.rebootInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofSeconds(30));
        assertThat(sh(id, "cat /dev/shm/x").exitCode()).isEqualTo(1);
        assertThat(sh(id, "systemctl is-active nginx").output()).isEqualTo("active\n");
        assertThat(console(id)).contains("reboot: Restarting system");
    }

    @Test
    void anImageCarriesItsSoftwareSoInstancesFromItAreReadySooner() {
        String builder = launchWithUserData("t3.micro", NGINX);
        String imageId = t.ec2.createImage(
                        b -> b.instanceId(builder).name("web-server-v1").noReboot(true))
                .imageId();
        t.advance(Duration.ofMinutes(5));
        String baked = t.launch(t.ec2, b -> b.imageId(imageId).instanceType("t3.micro"));
        String bootstrapped =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").userData(b64(NGINX)));
        Instant launched = t.cloud.now();
        t.advance(Duration.ofMinutes(2));
        assertThat(sh(baked, "curl localhost").output()).contains("hello from ec2-tutor");
        Duration bakedReady =
                Duration.between(launched, domain(baked).guest().readyAt().orElseThrow());
        Duration bootstrapReady = Duration.between(
                launched, domain(bootstrapped).guest().readyAt().orElseThrow());
        assertThat(bakedReady).isLessThan(bootstrapReady);
        assertThat(bootstrapReady.minus(bakedReady)).isGreaterThanOrEqualTo(Duration.ofSeconds(25));
        // cloud-init's last line says how long after boot the instance was ready, as on a real console.
        assertThat(console(baked)).contains("Up 10.00 seconds");
        Matcher up = Pattern.compile("Up (\\d+)\\.00 seconds").matcher(console(bootstrapped));
        assertThat(up.find()).isTrue();
        assertThat(Integer.parseInt(up.group(1))).isGreaterThanOrEqualTo(35);
    }

    @Test
    void aRebootDuringCreateImageIsVisibleInTheGuest() {
        String id = launchWithUserData("t3.micro", "echo x > /dev/shm/x\n");
        Instant bootedBefore = domain(id).guest().bootedAt();
        t.ec2.createImage(b -> b.instanceId(id).name("with-reboot"));
        assertThat(domain(id).guest().bootedAt()).isAfter(bootedBefore);
        assertThat(sh(id, "cat /dev/shm/x").exitCode()).isEqualTo(1);
        String other = launchWithUserData("t3.micro", "echo y > /dev/shm/y\n");
        t.ec2.createImage(b -> b.instanceId(other).name("without-reboot").noReboot(true));
        assertThat(sh(other, "cat /dev/shm/y").output()).isEqualTo("y\n");
    }

    @Test
    void theShellFailsAsBashDoes() {
        String id = launchWithUserData("t3.micro", "echo hi\n");
        ShellRun r = sh(id, "frobnicate --now");
        assertThat(r.exitCode()).isEqualTo(127);
        assertThat(r.output()).isEqualTo("bash: frobnicate: command not found\n");
        assertThat(sh(id, "apt-get install -y nginx").exitCode())
                .as("Amazon Linux has no apt")
                .isEqualTo(127);
        assertThat(sh(id, "dnf install -y not-a-package").output())
                .isEqualTo("Error: Unable to find a match: " + "not-a-package\n");
        assertThat(sh(id, "systemctl start nginx").output())
                .isEqualTo("Failed to start nginx.service: Unit " + "nginx.service not found.\n");
        assertThat(sh(id, "hostname").output()).startsWith("ip-172-31-");
        assertThat(sh(id, "df -h").output()).contains("Mounted on").contains(" /\n");
        assertThat(sh(id, "free -m").output()).startsWith("               total");
        assertThat(sh(id, "mkdir -p /opt/app && echo v1 > /opt/app/version && cat /opt/app/version")
                        .output())
                .isEqualTo("v1\n");
    }

    @Test
    void userDataReadsQuotesBeforeSeparatorsAndComments() {
        String id = launchWithUserData("t3.micro", """
                #!/bin/bash
                echo "a;b" > /root/notes.txt; echo 'c && d' >> /root/notes.txt # the second line
                echo "# not a comment
                but a second line" >> /root/notes.txt && echo a\\;b >> /root/notes.txt
                echo one \\
                  two >> /root/notes.txt
                """);
        assertThat(sh(id, "cat /root/notes.txt").output())
                .isEqualTo("a;b\nc && d\n# not a comment\nbut a second line\na;b\none two\n");
        assertThat(console(id)).contains("cloud-init[1]: running user data").doesNotContain("command not found");
    }

    @Test
    void terminateDeletesVolumesMarkedDeleteOnTerminationAndKeepsTheirFilesOtherwise() {
        String id = t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType("t3.micro")
                        .blockDeviceMappings(BlockDeviceMapping.builder()
                                .deviceName("/dev/sdf")
                                .ebs(e -> e.volumeSize(10).deleteOnTermination(false))
                                .build()));
        t.advance(Duration.ofMinutes(1));
        sh(id, "echo keep-me > /mnt/sdf/data.txt");
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        var volume = t.cloud.transact(() -> t.cloud
                .ec2(t.cloud.accounts().learner(), Region.US_EAST_1)
                .storage()
                .volumesById()
                .values()
                .iterator()
                .next());
        assertThat(volume.disk().files()).containsEntry("/mnt/sdf/data.txt", "keep-me\n");
    }

    @Test
    void theCliDecodesTheConsoleOutput() {
        String id = launchWithUserData("t3.micro", "echo from-user-data\n");
        var env = new SimulatedAwsEnvironment(SimulatedAws.on(t.cloud), Path.of("."));
        var r = new AwsCli(env)
                .run(List.of(
                        "ec2", "get-console-output", "--instance-id", id, "--query", "Output", "--output", "text"));
        assertThat(r.stdout()).contains("cloud-init[1]: from-user-data");
    }
}
