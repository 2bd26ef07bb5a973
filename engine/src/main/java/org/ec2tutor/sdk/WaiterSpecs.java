package org.ec2tutor.sdk;

import static org.ec2tutor.sdk.WaiterSpec.Outcome.FAILURE;
import static org.ec2tutor.sdk.WaiterSpec.Outcome.RETRY;
import static org.ec2tutor.sdk.WaiterSpec.Outcome.SUCCESS;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;

/**
 * The waiters the simulator supports, transcribed from botocore's {@code ec2/2016-11-15/waiters-2.json} and
 * {@code ssm/2014-11-06/waiters-2.json}.
 */
public final class WaiterSpecs {

    private WaiterSpecs() {}

    private static final Duration FIVE = Duration.ofSeconds(5);
    private static final Duration FIFTEEN = Duration.ofSeconds(15);

    private static final String STATES = "Reservations[].Instances[].State.Name";

    private static List<String> instanceStates(DescribeInstancesResponse r) {
        return r.reservations().stream()
                .flatMap(res -> res.instances().stream())
                .map(i -> i.state().nameAsString())
                .toList();
    }

    public static final WaiterSpec<DescribeInstancesResponse> INSTANCE_EXISTS = new WaiterSpec<>(
            "InstanceExists",
            "instance-exists",
            "DescribeInstances",
            FIVE,
            40,
            List.of(
                    WaiterSpec.path(
                            SUCCESS,
                            "length(Reservations[]) > `0`",
                            r -> List.of(String.valueOf(!r.reservations().isEmpty())),
                            "true"),
                    WaiterSpec.error(RETRY, "InvalidInstanceID.NotFound")));

    public static final WaiterSpec<DescribeInstancesResponse> INSTANCE_RUNNING = new WaiterSpec<>(
            "InstanceRunning",
            "instance-running",
            "DescribeInstances",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.all(SUCCESS, STATES, WaiterSpecs::instanceStates, "running"),
                    WaiterSpec.any(FAILURE, STATES, WaiterSpecs::instanceStates, "shutting-down"),
                    WaiterSpec.any(FAILURE, STATES, WaiterSpecs::instanceStates, "terminated"),
                    WaiterSpec.any(FAILURE, STATES, WaiterSpecs::instanceStates, "stopping"),
                    WaiterSpec.error(RETRY, "InvalidInstanceID.NotFound")));

    public static final WaiterSpec<DescribeInstancesResponse> INSTANCE_STOPPED = new WaiterSpec<>(
            "InstanceStopped",
            "instance-stopped",
            "DescribeInstances",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.all(SUCCESS, STATES, WaiterSpecs::instanceStates, "stopped"),
                    WaiterSpec.any(FAILURE, STATES, WaiterSpecs::instanceStates, "pending"),
                    WaiterSpec.any(FAILURE, STATES, WaiterSpecs::instanceStates, "terminated")));

    public static final WaiterSpec<DescribeInstancesResponse> INSTANCE_TERMINATED = new WaiterSpec<>(
            "InstanceTerminated",
            "instance-terminated",
            "DescribeInstances",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.all(SUCCESS, STATES, WaiterSpecs::instanceStates, "terminated"),
                    WaiterSpec.any(FAILURE, STATES, WaiterSpecs::instanceStates, "pending"),
                    WaiterSpec.any(FAILURE, STATES, WaiterSpecs::instanceStates, "stopping")));

    public static final WaiterSpec<DescribeInstanceStatusResponse> INSTANCE_STATUS_OK = new WaiterSpec<>(
            "InstanceStatusOk",
            "instance-status-ok",
            "DescribeInstanceStatus",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.all(
                            SUCCESS,
                            "InstanceStatuses[].InstanceStatus.Status",
                            r -> r.instanceStatuses().stream()
                                    .map(s -> s.instanceStatus().statusAsString())
                                    .toList(),
                            "ok"),
                    WaiterSpec.error(RETRY, "InvalidInstanceID.NotFound")));

    public static final WaiterSpec<DescribeInstanceStatusResponse> SYSTEM_STATUS_OK = new WaiterSpec<>(
            "SystemStatusOk",
            "system-status-ok",
            "DescribeInstanceStatus",
            FIFTEEN,
            40,
            List.of(WaiterSpec.all(
                    SUCCESS,
                    "InstanceStatuses[].SystemStatus.Status",
                    r -> r.instanceStatuses().stream()
                            .map(s -> s.systemStatus().statusAsString())
                            .toList(),
                    "ok")));

    private static List<String> imageStates(DescribeImagesResponse r) {
        return r.images().stream().map(i -> i.stateAsString()).toList();
    }

    public static final WaiterSpec<DescribeImagesResponse> IMAGE_AVAILABLE = new WaiterSpec<>(
            "ImageAvailable",
            "image-available",
            "DescribeImages",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.all(SUCCESS, "Images[].State", WaiterSpecs::imageStates, "available"),
                    WaiterSpec.any(FAILURE, "Images[].State", WaiterSpecs::imageStates, "failed")));

    public static final WaiterSpec<DescribeImagesResponse> IMAGE_EXISTS = new WaiterSpec<>(
            "ImageExists",
            "image-exists",
            "DescribeImages",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.path(
                            SUCCESS,
                            "length(Images[]) > `0`",
                            r -> List.of(String.valueOf(!r.images().isEmpty())),
                            "true"),
                    WaiterSpec.error(RETRY, "InvalidAMIID.NotFound")));

    private static List<String> snapshotStates(DescribeSnapshotsResponse r) {
        return r.snapshots().stream().map(s -> s.stateAsString()).toList();
    }

    private static List<String> commandStatus(GetCommandInvocationResponse r) {
        return List.of(r.statusAsString());
    }

    private static WaiterSpec.Acceptor<GetCommandInvocationResponse> status(WaiterSpec.Outcome s, String expected) {
        return WaiterSpec.path(s, "Status", WaiterSpecs::commandStatus, expected);
    }

    /** SSM's one waiter: a Run Command invocation that has finished, polled every 5 seconds, 20 times. */
    public static final WaiterSpec<GetCommandInvocationResponse> COMMAND_EXECUTED = new WaiterSpec<>(
            "CommandExecuted",
            "command-executed",
            "GetCommandInvocation",
            FIVE,
            20,
            List.of(
                    status(RETRY, "Pending"),
                    status(RETRY, "InProgress"),
                    status(RETRY, "Delayed"),
                    status(SUCCESS, "Success"),
                    status(FAILURE, "Cancelled"),
                    status(FAILURE, "TimedOut"),
                    status(FAILURE, "Failed"),
                    status(FAILURE, "Cancelling"),
                    WaiterSpec.error(RETRY, "InvocationDoesNotExist")));

    /** The waiters of a service by its CLI name ({@code ec2}, {@code ssm}), in the order its wait help lists them. */
    public static List<WaiterSpec<?>> forService(String service) {
        return switch (service) {
            case "ec2" -> all();
            case "ssm" -> List.of(COMMAND_EXECUTED);
            default -> List.of();
        };
    }

    /** Every EC2 waiter, in the order {@code aws ec2 wait help} lists them. */
    public static List<WaiterSpec<?>> all() {
        return List.of(
                IMAGE_AVAILABLE,
                IMAGE_EXISTS,
                INSTANCE_EXISTS,
                INSTANCE_RUNNING,
                INSTANCE_STATUS_OK,
                INSTANCE_STOPPED,
                INSTANCE_TERMINATED,
                SNAPSHOT_COMPLETED,
                SYSTEM_STATUS_OK,
                VOLUME_AVAILABLE,
                VOLUME_DELETED,
                VOLUME_IN_USE);
    }

    private static List<String> volumeStates(DescribeVolumesResponse r) {
        return r.volumes().stream().map(v -> v.stateAsString()).toList();
    }

    // The volume waiters as botocore's ec2 waiters-2.json defines them.

    public static final WaiterSpec<DescribeVolumesResponse> VOLUME_AVAILABLE = new WaiterSpec<>(
            "VolumeAvailable",
            "volume-available",
            "DescribeVolumes",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.all(SUCCESS, "Volumes[].State", WaiterSpecs::volumeStates, "available"),
                    WaiterSpec.any(FAILURE, "Volumes[].State", WaiterSpecs::volumeStates, "deleted")));

    public static final WaiterSpec<DescribeVolumesResponse> VOLUME_IN_USE = new WaiterSpec<>(
            "VolumeInUse",
            "volume-in-use",
            "DescribeVolumes",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.all(SUCCESS, "Volumes[].State", WaiterSpecs::volumeStates, "in-use"),
                    WaiterSpec.any(FAILURE, "Volumes[].State", WaiterSpecs::volumeStates, "deleted")));

    public static final WaiterSpec<DescribeVolumesResponse> VOLUME_DELETED = new WaiterSpec<>(
            "VolumeDeleted",
            "volume-deleted",
            "DescribeVolumes",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.all(SUCCESS, "Volumes[].State", WaiterSpecs::volumeStates, "deleted"),
                    WaiterSpec.error(SUCCESS, "InvalidVolume.NotFound")));

    public static final WaiterSpec<DescribeSnapshotsResponse> SNAPSHOT_COMPLETED = new WaiterSpec<>(
            "SnapshotCompleted",
            "snapshot-completed",
            "DescribeSnapshots",
            FIFTEEN,
            40,
            List.of(
                    WaiterSpec.all(SUCCESS, "Snapshots[].State", WaiterSpecs::snapshotStates, "completed"),
                    WaiterSpec.any(FAILURE, "Snapshots[].State", WaiterSpecs::snapshotStates, "error")));
}
