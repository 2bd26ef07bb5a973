package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.billing.Bill;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/**
 * A simulated cloud for tests, with the learner's, teammate's and outsider's clients and helpers named after what a
 * learner does. Realistic quotas, manual clock at 2026-01-01T00:00:00Z.
 */
final class TestCloud {

    /** The latest Amazon Linux 2023 x86_64 image in us-east-1 (what the public SSM parameter resolves to). */
    static final String AL2023 = "ami-0fa3fe0fa7920f68e";

    static final String AL2023_ARM = "ami-08b5b3a93ed654d19";
    static final String WINDOWS = "ami-0c798d4b81e585f36";

    final Cloud cloud;
    final Ec2Client ec2;
    final Ec2Client teammate;
    final Ec2Client outsider;
    /** When the cloud was made: the start of {@link #bill()}. */
    final Instant created;

    private TestCloud(Cloud cloud) {
        this.cloud = cloud;
        this.created = cloud.now();
        SimulatedAws aws = SimulatedAws.on(cloud);
        this.ec2 = aws.ec2();
        this.teammate = aws.ec2("teammate", "us-east-1");
        this.outsider = aws.ec2("outsider", "us-east-1");
    }

    static TestCloud seeded(long seed) {
        return new TestCloud(Cloud.create(seed));
    }

    Ec2Client in(String profile, String region) {
        return SimulatedAws.on(cloud).ec2(profile, region);
    }

    void advance(Duration d) {
        cloud.advance(d);
    }

    /**
     * The learner's bill from the cloud's creation: everything billed so far (usage is billed up to now, whatever
     * the end of the window; it reaches past any reservation's term so fees due on purchase are all in).
     */
    Bill bill() {
        return cloud.transact(() -> cloud.ec2World()
                .bill(cloud.accounts().learner().id(), created, cloud.now().plus(Duration.ofDays(4000))));
    }

    /** Launches one instance and returns its id; it is {@code pending}. */
    String launch(String type) {
        return launch(ec2, b -> b.imageId(AL2023).instanceType(type));
    }

    String launch(Ec2Client client, Consumer<RunInstancesRequest.Builder> request) {
        return client.runInstances(b -> {
                    b.minCount(1).maxCount(1);
                    request.accept(b);
                })
                .instances()
                .get(0)
                .instanceId();
    }

    /** Launches a t3.micro from AL2023 and waits until it runs. */
    String launchRunning() {
        String id = launch("t3.micro");
        advance(Duration.ofSeconds(30));
        return id;
    }

    /** An m5.large configured for hibernation with an encrypted 30 GiB root, running for five minutes. */
    String launchHibernatable() {
        String id = launch(
                ec2,
                b -> b.imageId(AL2023)
                        .instanceType("m5.large")
                        .hibernationOptions(h -> h.configured(true))
                        .blockDeviceMappings(BlockDeviceMapping.builder()
                                .deviceName("/dev/xvda")
                                .ebs(e -> e.encrypted(true).volumeSize(30))
                                .build()));
        advance(Duration.ofMinutes(5));
        return id;
    }

    Instance describe(String id) {
        return describe(ec2, id);
    }

    static Instance describe(Ec2Client client, String id) {
        return client.describeInstances(b -> b.instanceIds(id))
                .reservations()
                .get(0)
                .instances()
                .get(0);
    }

    InstanceStateName state(String id) {
        return describe(id).state().name();
    }

    Image image(String imageId) {
        return image(ec2, imageId);
    }

    static Image image(Ec2Client client, String imageId) {
        List<Image> images = client.describeImages(b -> b.imageIds(imageId)).images();
        assertThat(images).hasSize(1);
        return images.get(0);
    }

    /** An available image created from a running builder instance, without reboot. */
    String availableImage(String name) {
        String builder = launchRunning();
        String imageId = ec2.createImage(b -> b.instanceId(builder).name(name).noReboot(true))
                .imageId();
        advance(Duration.ofMinutes(10));
        return imageId;
    }

    /** Runs {@code call}, which must fail with {@code code}, and returns the exception. */
    static Ec2Exception awsError(String code, ThrowingCallable call) {
        Ec2Exception e = catchThrowableOfType(Ec2Exception.class, call);
        assertThat(e).as("expected an Ec2Exception with code " + code).isNotNull();
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        return e;
    }

    static String message(Ec2Exception e) {
        return e.awsErrorDetails().errorMessage();
    }
}
