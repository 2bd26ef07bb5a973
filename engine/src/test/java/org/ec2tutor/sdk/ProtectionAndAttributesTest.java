package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMappingSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

class ProtectionAndAttributesTest {

    private final TestCloud t = TestCloud.seeded(3);

    private String stopped() {
        String id = t.launchRunning();
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        return id;
    }

    @Test
    void terminationProtectionRefusesTerminate() {
        String id =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").disableApiTermination(true));
        t.advance(Duration.ofSeconds(30));
        var e = awsError("OperationNotPermitted", () -> t.ec2.terminateInstances(b -> b.instanceIds(id)));
        assertThat(message(e))
                .isEqualTo("The instance '" + id + "' may not be terminated. Modify its "
                        + "'disableApiTermination' instance attribute and try again.");
        assertThat(t.state(id)).isEqualTo(InstanceStateName.RUNNING);
    }

    @Test
    void oneProtectedInstanceProtectsTheWholeBatch() {
        String free = t.launchRunning();
        String guarded = t.launchRunning();
        t.ec2.modifyInstanceAttribute(b -> b.instanceId(guarded).disableApiTermination(v -> v.value(true)));
        awsError("OperationNotPermitted", () -> t.ec2.terminateInstances(b -> b.instanceIds(free, guarded)));
        assertThat(t.state(free)).isEqualTo(InstanceStateName.RUNNING);
    }

    @Test
    void turningProtectionOffAllowsTerminate() {
        String id = t.launchRunning();
        t.ec2.modifyInstanceAttribute(b -> b.instanceId(id).disableApiTermination(v -> v.value(true)));
        assertThat(t.ec2.describeInstanceAttribute(b -> b.instanceId(id).attribute("disableApiTermination"))
                        .disableApiTermination()
                        .value())
                .isTrue();
        t.ec2.modifyInstanceAttribute(b -> b.instanceId(id).disableApiTermination(v -> v.value(false)));
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        assertThat(t.state(id)).isEqualTo(InstanceStateName.SHUTTING_DOWN);
    }

    @Test
    void stopProtectionRefusesStopAndTerminate() {
        String id =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").disableApiStop(true));
        t.advance(Duration.ofSeconds(30));
        var e = awsError(
                "OperationNotPermitted",
                () -> t.ec2.stopInstances(b -> b.instanceIds(id).force(true)));
        assertThat(message(e))
                .isEqualTo("The instance '" + id + "' may not be stopped. Modify its 'disableApiStop' "
                        + "instance attribute and try again.");
        awsError("OperationNotPermitted", () -> t.ec2.terminateInstances(b -> b.instanceIds(id)));
    }

    @Test
    void theTypeChangesOnlyWhileStopped() {
        String id = t.launchRunning();
        var e = awsError(
                "IncorrectInstanceState",
                () -> t.ec2.modifyInstanceAttribute(b -> b.instanceId(id).instanceType(v -> v.value("t3.small"))));
        assertThat(message(e)).isEqualTo("The instance '" + id + "' is not in the 'stopped' state.");
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        t.ec2.modifyInstanceAttribute(b -> b.instanceId(id).instanceType(v -> v.value("t3.small")));
        assertThat(t.describe(id).instanceTypeAsString()).isEqualTo("t3.small");
        assertThat(t.ec2.describeInstanceAttribute(b -> b.instanceId(id).attribute("instanceType"))
                        .instanceType()
                        .value())
                .isEqualTo("t3.small");
    }

    @Test
    void anArmTypeDoesNotFitAnX86Instance() {
        String id = stopped();
        awsError(
                "InvalidParameterValue",
                () -> t.ec2.modifyInstanceAttribute(b -> b.instanceId(id).instanceType(v -> v.value("t4g.micro"))));
        assertThat(t.describe(id).instanceTypeAsString()).isEqualTo("t3.micro");
    }

    @Test
    void userDataChangesOnlyWhileStopped() {
        String id = t.launchRunning();
        awsError(
                "IncorrectInstanceState",
                () -> t.ec2.modifyInstanceAttribute(
                        b -> b.instanceId(id).userData(v -> v.value(SdkBytes.fromUtf8String("echo hi")))));
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        t.ec2.modifyInstanceAttribute(b -> b.instanceId(id).userData(v -> v.value(SdkBytes.fromUtf8String("echo hi"))));
        assertThat(t.ec2.describeInstanceAttribute(b -> b.instanceId(id).attribute("userData"))
                        .userData()
                        .value())
                .isEqualTo("ZWNobyBoaQ==");
    }

    @Test
    void onlyOneAttributePerCall() {
        String id = stopped();
        awsError(
                "InvalidParameterCombination",
                () -> t.ec2.modifyInstanceAttribute(b -> b.instanceId(id)
                        .instanceType(v -> v.value("t3.small"))
                        .disableApiTermination(v -> v.value(true))));
        assertThat(t.describe(id).instanceTypeAsString()).isEqualTo("t3.micro");
    }

    @Test
    void shutdownBehaviourDefaultsToStop() {
        String id = t.launchRunning();
        assertThat(t.ec2.describeInstanceAttribute(b -> b.instanceId(id).attribute("instanceInitiatedShutdownBehavior"))
                        .instanceInitiatedShutdownBehavior()
                        .value())
                .isEqualTo("stop");
        t.ec2.modifyInstanceAttribute(
                b -> b.instanceId(id).instanceInitiatedShutdownBehavior(v -> v.value("terminate")));
        assertThat(t.ec2.describeInstanceAttribute(b -> b.instanceId(id).attribute("instanceInitiatedShutdownBehavior"))
                        .instanceInitiatedShutdownBehavior()
                        .value())
                .isEqualTo("terminate");
    }

    @Test
    void deleteOnTerminationCanBeTurnedOffToKeepTheRootVolume() {
        String id = t.launchRunning();
        t.ec2.modifyInstanceAttribute(b -> b.instanceId(id)
                .blockDeviceMappings(InstanceBlockDeviceMappingSpecification.builder()
                        .deviceName("/dev/xvda")
                        .ebs(e -> e.deleteOnTermination(false))
                        .build()));
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        assertThat(t.ec2.describeVolumes(b -> {}).volumes())
                .singleElement()
                .satisfies(v -> assertThat(v.stateAsString()).isEqualTo("available"));
    }
}
