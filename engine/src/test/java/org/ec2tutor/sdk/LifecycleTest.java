package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

class LifecycleTest {

    private final TestCloud t = TestCloud.seeded(7);

    private static void change(InstanceStateChange c, String previous, String current) {
        assertThat(c.previousState().nameAsString()).isEqualTo(previous);
        assertThat(c.currentState().nameAsString()).isEqualTo(current);
    }

    @Nested
    class Stop {

        @Test
        void stoppingARunningInstanceGoesThroughStopping() {
            String id = t.launchRunning();
            var r = t.ec2.stopInstances(b -> b.instanceIds(id));
            change(r.stoppingInstances().get(0), "running", "stopping");
            assertThat(r.stoppingInstances().get(0).currentState().code()).isEqualTo(64);
            assertThat(t.state(id)).isEqualTo(InstanceStateName.STOPPING);
            t.advance(Duration.ofSeconds(60));
            assertThat(t.state(id)).isEqualTo(InstanceStateName.STOPPED);
        }

        @Test
        void aStoppedInstanceHasNoPublicIpButKeepsItsPrivateIp() {
            String id = t.launchRunning();
            Instance before = t.describe(id);
            t.ec2.stopInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            Instance after = t.describe(id);
            assertThat(after.publicIpAddress()).isNull();
            assertThat(after.publicDnsName()).isEmpty();
            assertThat(after.privateIpAddress()).isEqualTo(before.privateIpAddress());
            assertThat(after.privateDnsName()).isEqualTo(before.privateDnsName());
        }

        @Test
        void theReasonSaysUserInitiatedInGmt() {
            String id = t.launchRunning();
            t.ec2.stopInstances(b -> b.instanceIds(id));
            Instance i = t.describe(id);
            assertThat(i.stateTransitionReason()).isEqualTo("User initiated (2026-01-01 00:00:30 GMT)");
            assertThat(i.stateReason().code()).isEqualTo("Client.UserInitiatedShutdown");
            assertThat(i.stateReason().message()).isEqualTo("Client.UserInitiatedShutdown: User initiated shutdown");
        }

        @Test
        void stoppingAStoppedInstanceSucceedsAndChangesNothing() {
            String id = t.launchRunning();
            t.ec2.stopInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            change(
                    t.ec2.stopInstances(b -> b.instanceIds(id))
                            .stoppingInstances()
                            .get(0),
                    "stopped",
                    "stopped");
        }

        @Test
        void aPendingInstanceThatNeverRanCannotBeStopped() {
            String id = t.launch("t3.micro");
            var e = awsError("IncorrectInstanceState", () -> t.ec2.stopInstances(b -> b.instanceIds(id)));
            assertThat(message(e))
                    .isEqualTo("Instance '" + id + "' cannot be stopped as it has never reached the 'running' state.");
        }

        @Test
        void aTerminatedInstanceCannotBeStopped() {
            String id = t.launchRunning();
            t.ec2.terminateInstances(b -> b.instanceIds(id));
            var e = awsError("IncorrectInstanceState", () -> t.ec2.stopInstances(b -> b.instanceIds(id)));
            assertThat(message(e))
                    .isEqualTo("This instance '" + id + "' is not in a state from which it can be stopped.");
        }

        @Test
        void theRootVolumeStaysAttached() {
            String id = t.launchRunning();
            String volume = t.describe(id).blockDeviceMappings().get(0).ebs().volumeId();
            t.ec2.stopInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            assertThat(t.ec2.describeVolumes(b -> b.volumeIds(volume))
                            .volumes()
                            .get(0)
                            .stateAsString())
                    .isEqualTo("in-use");
        }
    }

    @Nested
    class Start {

        @Test
        void startingAStoppedInstanceGivesItANewPublicIpAndLaunchTime() {
            String id = t.launchRunning();
            String firstIp = t.describe(id).publicIpAddress();
            t.ec2.stopInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            var r = t.ec2.startInstances(b -> b.instanceIds(id));
            change(r.startingInstances().get(0), "stopped", "pending");
            t.advance(Duration.ofSeconds(30));
            Instance i = t.describe(id);
            assertThat(i.state().name()).isEqualTo(InstanceStateName.RUNNING);
            assertThat(i.publicIpAddress()).isNotNull().isNotEqualTo(firstIp);
            assertThat(i.launchTime()).isEqualTo(Instant.parse("2026-01-01T00:01:30Z"));
            assertThat(i.stateTransitionReason()).isEmpty();
            assertThat(i.stateReason()).isNull();
        }

        @Test
        void startingARunningInstanceSucceedsAndChangesNothing() {
            String id = t.launchRunning();
            change(
                    t.ec2.startInstances(b -> b.instanceIds(id))
                            .startingInstances()
                            .get(0),
                    "running",
                    "running");
        }

        @Test
        void aStoppingInstanceCannotBeStarted() {
            String id = t.launchRunning();
            t.ec2.stopInstances(b -> b.instanceIds(id));
            var e = awsError("IncorrectInstanceState", () -> t.ec2.startInstances(b -> b.instanceIds(id)));
            assertThat(message(e))
                    .isEqualTo("The instance '" + id + "' is not in a state from which it can be started.");
        }

        @Test
        void aTerminatedInstanceCannotBeStarted() {
            String id = t.launchRunning();
            t.ec2.terminateInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            awsError("IncorrectInstanceState", () -> t.ec2.startInstances(b -> b.instanceIds(id)));
        }
    }

    @Nested
    class Terminate {

        @Test
        void terminatingGoesThroughShuttingDown() {
            String id = t.launchRunning();
            change(
                    t.ec2.terminateInstances(b -> b.instanceIds(id))
                            .terminatingInstances()
                            .get(0),
                    "running",
                    "shutting-down");
            t.advance(Duration.ofSeconds(30));
            Instance i = t.describe(id);
            assertThat(i.state().name()).isEqualTo(InstanceStateName.TERMINATED);
            assertThat(i.state().code()).isEqualTo(48);
            assertThat(i.publicIpAddress()).isNull();
        }

        @Test
        void terminatingAStoppedInstanceReportsStoppedAsPrevious() {
            String id = t.launchRunning();
            t.ec2.stopInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            InstanceStateChange c = t.ec2.terminateInstances(b -> b.instanceIds(id))
                    .terminatingInstances()
                    .get(0);
            assertThat(c.previousState().nameAsString()).isEqualTo("stopped");
            assertThat(c.currentState().nameAsString()).isIn("shutting-down", "terminated");
        }

        @Test
        void terminatingATerminatedInstanceSucceeds() {
            String id = t.launchRunning();
            t.ec2.terminateInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            change(
                    t.ec2.terminateInstances(b -> b.instanceIds(id))
                            .terminatingInstances()
                            .get(0),
                    "terminated",
                    "terminated");
        }

        @Test
        void aTerminatedInstanceIsVisibleForAnHourThenNotFound() {
            String id = t.launchRunning();
            t.ec2.terminateInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofSeconds(30));
            t.advance(Duration.ofMinutes(59));
            assertThat(t.state(id)).isEqualTo(InstanceStateName.TERMINATED);
            t.advance(Duration.ofMinutes(1));
            var e = awsError("InvalidInstanceID.NotFound", () -> t.describe(id));
            assertThat(message(e)).isEqualTo("The instance ID '" + id + "' does not exist");
            assertThat(t.ec2.describeInstances(b -> {}).reservations()).isEmpty();
        }

        @Test
        void volumesWithDeleteOnTerminationGoVolumesWithoutStay() {
            String id = t.launch(
                    t.ec2,
                    b -> b.imageId(TestCloud.AL2023)
                            .instanceType("t3.micro")
                            .blockDeviceMappings(BlockDeviceMapping.builder()
                                    .deviceName("/dev/sdf")
                                    .ebs(x -> x.volumeSize(20).deleteOnTermination(false))
                                    .build()));
            t.advance(Duration.ofSeconds(30));
            t.ec2.terminateInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofSeconds(30));
            var volumes = t.ec2.describeVolumes(b -> {}).volumes();
            assertThat(volumes).singleElement().satisfies(v -> {
                assertThat(v.size()).isEqualTo(20);
                assertThat(v.stateAsString()).isEqualTo("available");
                assertThat(v.attachments()).isEmpty();
            });
        }
    }

    @Nested
    class Reboot {

        @Test
        void rebootingKeepsTheInstanceRunningWithTheSamePublicIp() {
            String id = t.launchRunning();
            String ip = t.describe(id).publicIpAddress();
            t.ec2.rebootInstances(b -> b.instanceIds(id));
            assertThat(t.state(id)).isEqualTo(InstanceStateName.RUNNING);
            assertThat(t.describe(id).publicIpAddress()).isEqualTo(ip);
        }

        @Test
        void rebootingAStoppedInstanceIsRefused() {
            String id = t.launchRunning();
            t.ec2.stopInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            awsError("IncorrectInstanceState", () -> t.ec2.rebootInstances(b -> b.instanceIds(id)));
        }

        @Test
        void rebootingATerminatedInstanceIsIgnored() {
            String id = t.launchRunning();
            t.ec2.terminateInstances(b -> b.instanceIds(id));
            t.advance(Duration.ofMinutes(1));
            t.ec2.rebootInstances(b -> b.instanceIds(id));
            assertThat(t.state(id)).isEqualTo(InstanceStateName.TERMINATED);
        }
    }

    @Nested
    class Batches {

        @Test
        void oneUnknownIdFailsTheWholeCallAndNothingChanges() {
            String id = t.launchRunning();
            var e = awsError(
                    "InvalidInstanceID.NotFound",
                    () -> t.ec2.stopInstances(b -> b.instanceIds(id, "i-0123456789abcdef0")));
            assertThat(message(e)).isEqualTo("The instance ID 'i-0123456789abcdef0' does not exist");
            assertThat(t.state(id)).isEqualTo(InstanceStateName.RUNNING);
        }

        @Test
        void severalUnknownIdsAreListedTogether() {
            var e = awsError(
                    "InvalidInstanceID.NotFound",
                    () -> t.ec2.terminateInstances(b -> b.instanceIds("i-0123456789abcdef0", "i-0123456789abcdef1")));
            assertThat(message(e))
                    .isEqualTo("The instance IDs 'i-0123456789abcdef0, i-0123456789abcdef1' do not exist");
        }

        @Test
        void aMalformedIdIsReportedAsMalformed() {
            var e = awsError("InvalidInstanceID.Malformed", () -> t.ec2.stopInstances(b -> b.instanceIds("i-123")));
            assertThat(message(e)).isEqualTo("Invalid id: \"i-123\"");
        }

        @Test
        void oneInstanceInTheWrongStateFailsTheWholeCall() {
            String running = t.launchRunning();
            String pending = t.launch("t3.micro");
            awsError("IncorrectInstanceState", () -> t.ec2.stopInstances(b -> b.instanceIds(running, pending)));
            assertThat(t.state(running)).isEqualTo(InstanceStateName.RUNNING);
        }

        @Test
        void anotherAccountsInstanceDoesNotExistForYou() {
            String id = t.launchRunning();
            awsError("InvalidInstanceID.NotFound", () -> t.teammate.terminateInstances(b -> b.instanceIds(id)));
            awsError(
                    "InvalidInstanceID.NotFound",
                    () -> t.in("default", "eu-west-1").describeInstances(b -> b.instanceIds(id)));
        }
    }

    @Test
    void transitionsOverlapCorrectlyWhenTerminatedWhileStopping() {
        String id = t.launchRunning();
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofSeconds(10));
        change(
                t.ec2.terminateInstances(b -> b.instanceIds(id))
                        .terminatingInstances()
                        .get(0),
                "stopping",
                "shutting-down");
        t.advance(Duration.ofMinutes(5));
        assertThat(t.state(id)).isEqualTo(InstanceStateName.TERMINATED);
    }
}
