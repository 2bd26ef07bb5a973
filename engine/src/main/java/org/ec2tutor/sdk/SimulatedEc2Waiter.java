package org.ec2tutor.sdk;

import java.util.Optional;
import java.util.function.Supplier;
import org.ec2tutor.cloud.Cloud;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.internal.waiters.ResponseOrException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.waiters.Ec2Waiter;

/**
 * {@code Ec2Client.waiter()} of the simulated client: the real waiters' delays, attempts and acceptors, with the
 * virtual clock advanced instead of sleeping. Failures throw the {@link SdkClientException}s the SDK throws.
 * Waiters not listed here fail with the SDK's default {@code UnsupportedOperationException}.
 */
final class SimulatedEc2Waiter implements Ec2Waiter {

    private final Ec2Client client;
    private final Cloud cloud;

    SimulatedEc2Waiter(Ec2Client client, Cloud cloud) {
        this.client = client;
        this.cloud = cloud;
    }

    private <R> WaiterResponse<R> await(WaiterSpec<R> spec, WaiterOverrideConfiguration override, Supplier<R> poll) {
        Optional<Integer> max = override == null ? Optional.empty() : override.maxAttempts();
        WaiterRun.Result<R> result = WaiterRun.run(cloud::advance, spec, max, poll);
        if (result instanceof WaiterRun.Succeeded<R> s) {
            return new SimulatedWaiterResponse<>(ResponseOrException.response(s.response()), s.attempts());
        }
        if (result instanceof WaiterRun.MatchedFailure<R>) {
            throw SdkClientException.create(
                    "A waiter acceptor was matched and transitioned the waiter to failure state");
        }
        if (result instanceof WaiterRun.UnexpectedError<R> e) {
            throw SdkClientException.create(
                    "An exception was thrown and did not match any waiter acceptors", e.error());
        }
        throw SdkClientException.create(
                "The waiter has exceeded the max retry attempts: " + max.orElse(spec.maxAttempts()));
    }

    private record SimulatedWaiterResponse<R>(ResponseOrException<R> matched, int attemptsExecuted)
            implements WaiterResponse<R> {}

    @Override
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceExists(DescribeInstancesRequest r) {
        return waitUntilInstanceExists(r, null);
    }

    @Override
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceExists(
            DescribeInstancesRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.INSTANCE_EXISTS, o, () -> client.describeInstances(r));
    }

    @Override
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceRunning(DescribeInstancesRequest r) {
        return waitUntilInstanceRunning(r, null);
    }

    @Override
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceRunning(
            DescribeInstancesRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.INSTANCE_RUNNING, o, () -> client.describeInstances(r));
    }

    @Override
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceStopped(DescribeInstancesRequest r) {
        return waitUntilInstanceStopped(r, null);
    }

    @Override
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceStopped(
            DescribeInstancesRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.INSTANCE_STOPPED, o, () -> client.describeInstances(r));
    }

    @Override
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceTerminated(DescribeInstancesRequest r) {
        return waitUntilInstanceTerminated(r, null);
    }

    @Override
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceTerminated(
            DescribeInstancesRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.INSTANCE_TERMINATED, o, () -> client.describeInstances(r));
    }

    @Override
    public WaiterResponse<DescribeInstanceStatusResponse> waitUntilInstanceStatusOk(DescribeInstanceStatusRequest r) {
        return waitUntilInstanceStatusOk(r, null);
    }

    @Override
    public WaiterResponse<DescribeInstanceStatusResponse> waitUntilInstanceStatusOk(
            DescribeInstanceStatusRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.INSTANCE_STATUS_OK, o, () -> client.describeInstanceStatus(r));
    }

    @Override
    public WaiterResponse<DescribeInstanceStatusResponse> waitUntilSystemStatusOk(DescribeInstanceStatusRequest r) {
        return waitUntilSystemStatusOk(r, null);
    }

    @Override
    public WaiterResponse<DescribeInstanceStatusResponse> waitUntilSystemStatusOk(
            DescribeInstanceStatusRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.SYSTEM_STATUS_OK, o, () -> client.describeInstanceStatus(r));
    }

    @Override
    public WaiterResponse<DescribeImagesResponse> waitUntilImageAvailable(DescribeImagesRequest r) {
        return waitUntilImageAvailable(r, null);
    }

    @Override
    public WaiterResponse<DescribeImagesResponse> waitUntilImageAvailable(
            DescribeImagesRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.IMAGE_AVAILABLE, o, () -> client.describeImages(r));
    }

    @Override
    public WaiterResponse<DescribeImagesResponse> waitUntilImageExists(DescribeImagesRequest r) {
        return waitUntilImageExists(r, null);
    }

    @Override
    public WaiterResponse<DescribeImagesResponse> waitUntilImageExists(
            DescribeImagesRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.IMAGE_EXISTS, o, () -> client.describeImages(r));
    }

    @Override
    public WaiterResponse<DescribeSnapshotsResponse> waitUntilSnapshotCompleted(DescribeSnapshotsRequest r) {
        return waitUntilSnapshotCompleted(r, null);
    }

    @Override
    public WaiterResponse<DescribeSnapshotsResponse> waitUntilSnapshotCompleted(
            DescribeSnapshotsRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.SNAPSHOT_COMPLETED, o, () -> client.describeSnapshots(r));
    }

    @Override
    public WaiterResponse<DescribeVolumesResponse> waitUntilVolumeAvailable(DescribeVolumesRequest r) {
        return waitUntilVolumeAvailable(r, null);
    }

    @Override
    public WaiterResponse<DescribeVolumesResponse> waitUntilVolumeAvailable(
            DescribeVolumesRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.VOLUME_AVAILABLE, o, () -> client.describeVolumes(r));
    }

    @Override
    public WaiterResponse<DescribeVolumesResponse> waitUntilVolumeInUse(DescribeVolumesRequest r) {
        return waitUntilVolumeInUse(r, null);
    }

    @Override
    public WaiterResponse<DescribeVolumesResponse> waitUntilVolumeInUse(
            DescribeVolumesRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.VOLUME_IN_USE, o, () -> client.describeVolumes(r));
    }

    @Override
    public WaiterResponse<DescribeVolumesResponse> waitUntilVolumeDeleted(DescribeVolumesRequest r) {
        return waitUntilVolumeDeleted(r, null);
    }

    @Override
    public WaiterResponse<DescribeVolumesResponse> waitUntilVolumeDeleted(
            DescribeVolumesRequest r, WaiterOverrideConfiguration o) {
        return await(WaiterSpecs.VOLUME_DELETED, o, () -> client.describeVolumes(r));
    }

    @Override
    public void close() {
        // Nothing to release: the waiter owns no threads.
    }
}
