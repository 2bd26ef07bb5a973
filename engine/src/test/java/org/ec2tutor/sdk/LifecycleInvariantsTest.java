package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.ec2tutor.cloud.ec2.InstanceState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;

/**
 * Property test: random sequences of what learners do (launch, stop, hibernate, start, reboot, terminate, image,
 * share, unshare, deregister, launch as the teammate, wait) never break the invariants. Each case is a seed; a
 * failure message names the seed and the steps, so it can be replayed.
 *
 * <p>Written on plain JUnit with a seeded generator: jqwik, the usual tool, asks AI agents not to use it.
 */
class LifecycleInvariantsTest {

    private static final int STEPS = 60;

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 150; s++) {
            seeds.add(s);
        }
        return seeds;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomOperationSequencesKeepTheInvariants(long seed) {
        new Run(seed).go();
    }

    private static final class Run {
        private final SplittableRandom random;
        private final TestCloud t;
        private final long seed;
        private final List<String> steps = new ArrayList<>();
        private final List<String> instances = new ArrayList<>();
        private final Map<String, Ec2Client> ownerOf = new HashMap<>();
        private final Set<String> seenTerminated = new HashSet<>();
        private final List<String> images = new ArrayList<>();
        private final Set<String> sharedWithTeammate = new HashSet<>();
        private final Set<String> deregistered = new HashSet<>();
        private Instant lastNow;

        Run(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            this.t = TestCloud.seeded(seed);
            this.lastNow = t.cloud.now();
        }

        void go() {
            for (int i = 0; i < STEPS; i++) {
                step();
                checkInvariants();
            }
        }

        private String pick(List<String> from) {
            return from.get(random.nextInt(from.size()));
        }

        private void step() {
            int op = random.nextInt(11);
            if (instances.isEmpty() && op > 0 && op < 6) {
                op = 0;
            }
            switch (op) {
                case 0 -> {
                    String type = pick(List.of("t3.micro", "t3.small", "m5.large", "c5.large"));
                    boolean hib = random.nextBoolean();
                    steps.add("launch " + type + (hib ? " hibernation" : ""));
                    attempt(() -> {
                        String id = t.launch(t.ec2, b -> {
                            b.imageId(TestCloud.AL2023).instanceType(type);
                            if (hib) {
                                b.hibernationOptions(h -> h.configured(true))
                                        .blockDeviceMappings(BlockDeviceMapping.builder()
                                                .deviceName("/dev/xvda")
                                                .ebs(e -> e.encrypted(true).volumeSize(30))
                                                .build());
                            }
                        });
                        instances.add(id);
                        ownerOf.put(id, t.ec2);
                    });
                }
                case 1 -> lifecycle("stop", id -> ownerOf.get(id).stopInstances(b -> b.instanceIds(id)));
                case 2 -> {
                    lifecycle(
                            "hibernate",
                            id -> ownerOf.get(id)
                                    .stopInstances(b -> b.instanceIds(id).hibernate(true)));
                }
                case 3 -> lifecycle("start", id -> ownerOf.get(id).startInstances(b -> b.instanceIds(id)));
                case 4 -> lifecycle("reboot", id -> ownerOf.get(id).rebootInstances(b -> b.instanceIds(id)));
                case 5 -> lifecycle("terminate", id -> ownerOf.get(id).terminateInstances(b -> b.instanceIds(id)));
                case 6 -> {
                    Duration d = Duration.ofSeconds(random.nextInt(1, 400));
                    steps.add("advance " + d);
                    t.advance(d);
                }
                case 7 -> {
                    List<String> mine = instances.stream()
                            .filter(id -> ownerOf.get(id) == t.ec2)
                            .toList();
                    if (mine.isEmpty()) {
                        break;
                    }
                    String id = pick(mine);
                    String name = "img-" + steps.size();
                    steps.add("create-image " + id);
                    attempt(() -> images.add(
                            t.ec2.createImage(b -> b.instanceId(id).name(name).noReboot(random.nextBoolean()))
                                    .imageId()));
                }
                case 8 -> {
                    if (images.isEmpty()) {
                        break;
                    }
                    String image = pick(images);
                    boolean share = random.nextBoolean();
                    steps.add((share ? "share " : "unshare ") + image);
                    LaunchPermission teammate =
                            LaunchPermission.builder().userId("444455556666").build();
                    attempt(() -> {
                        t.ec2.modifyImageAttribute(b -> b.imageId(image).launchPermission(l -> {
                            if (share) {
                                l.add(teammate);
                            } else {
                                l.remove(teammate);
                            }
                        }));
                        if (share) {
                            sharedWithTeammate.add(image);
                        } else {
                            sharedWithTeammate.remove(image);
                        }
                    });
                }
                case 9 -> {
                    if (images.isEmpty()) {
                        break;
                    }
                    String image = pick(images);
                    steps.add("teammate launches " + image);
                    boolean allowed = sharedWithTeammate.contains(image) && !deregistered.contains(image);
                    try {
                        String id = t.launch(t.teammate, b -> b.imageId(image).instanceType("t3.micro"));
                        assertThat(allowed)
                                .as(context("launched without permission"))
                                .isTrue();
                        instances.add(id);
                        ownerOf.put(id, t.teammate);
                    } catch (Ec2Exception e) {
                        String code = e.awsErrorDetails().errorCode();
                        if (code.equals("AuthFailure")) {
                            assertThat(allowed)
                                    .as(context("refused although shared"))
                                    .isFalse();
                        } else {
                            assertThat(code).as(context("unexpected refusal")).startsWith("InvalidAMIID.");
                        }
                    }
                }
                default -> {
                    if (images.isEmpty()) {
                        break;
                    }
                    String image = pick(images);
                    steps.add("deregister " + image);
                    attempt(() -> {
                        t.ec2.deregisterImage(b -> b.imageId(image));
                        deregistered.add(image);
                    });
                }
            }
        }

        private void lifecycle(String name, Consumer<String> call) {
            String id = pick(instances);
            steps.add(name + " " + id);
            attempt(() -> call.accept(id));
        }

        /** Runs a call that may be refused; a refused call must leave both accounts exactly as they were. */
        private void attempt(Runnable call) {
            String before = snapshot();
            try {
                call.run();
            } catch (Ec2Exception e) {
                assertThat(snapshot())
                        .as(context("refused call changed the account: " + e.getMessage()))
                        .isEqualTo(before);
            }
        }

        private String snapshot() {
            return t.ec2.describeInstances(b -> {}) + "|" + t.teammate.describeInstances(b -> {}) + "|"
                    + t.ec2.describeImages(b -> b.owners("self").includeDisabled(true)) + "|"
                    + t.ec2.describeVolumes(b -> {});
        }

        private void checkInvariants() {
            Instant now = t.cloud.now();
            assertThat(now).as(context("clock went backwards")).isAfterOrEqualTo(lastNow);
            lastNow = now;
            for (Ec2Client client : List.of(t.ec2, t.teammate)) {
                for (var r : client.describeInstances(b -> {}).reservations()) {
                    for (Instance i : r.instances()) {
                        InstanceState state = InstanceState.fromAwsName(
                                        i.state().nameAsString())
                                .orElseThrow();
                        assertThat(i.state().code())
                                .as(context("code of " + state))
                                .isEqualTo(state.code());
                        assertThat(i.launchTime())
                                .as(context("launch time in the future"))
                                .isBeforeOrEqualTo(now);
                        if (seenTerminated.contains(i.instanceId())) {
                            assertThat(state)
                                    .as(context(i.instanceId() + " left terminated"))
                                    .isEqualTo(InstanceState.TERMINATED);
                        }
                        if (state == InstanceState.TERMINATED) {
                            seenTerminated.add(i.instanceId());
                        }
                        // A public IP exists only from running until stopped/terminated, and always while running.
                        if (state == InstanceState.RUNNING) {
                            assertThat(i.publicIpAddress())
                                    .as(context("running without public IP"))
                                    .isNotNull();
                        }
                        if (state == InstanceState.PENDING
                                || state == InstanceState.STOPPED
                                || state == InstanceState.TERMINATED) {
                            assertThat(i.publicIpAddress())
                                    .as(context(state + " with a public IP"))
                                    .isNull();
                        }
                    }
                }
            }
        }

        private String context(String what) {
            return what + " (seed " + seed + ", steps " + steps + ")";
        }
    }
}
