package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;
import software.amazon.awssdk.services.ec2.model.VolumeType;

/** EBS over HTTP with the real SDK and its waiters: the endpoint binds and writes the storage model generically. */
class EndpointStorageTest {

    private final SimulatedAws aws = SimulatedAws.create(43);
    private final Endpoint endpoint = EndpointSdkTest.start(aws);
    private final Ec2Client ec2 = HttpClients.ec2(endpoint, "default", "us-east-1");

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    @Test
    void aVolumeModifiedSnapshottedAndSharedOverHttp() {
        ec2.enableEbsEncryptionByDefault(b -> {});
        var volume = ec2.createVolume(b -> b.availabilityZone("us-east-1a")
                .size(20)
                .volumeType(VolumeType.GP3)
                .throughput(250));
        assertThat(volume.encrypted()).isTrue();
        assertThat(volume.throughput()).isEqualTo(250);
        ec2.waiter().waitUntilVolumeAvailable(b -> b.volumeIds(volume.volumeId()));
        var modification =
                ec2.modifyVolume(b -> b.volumeId(volume.volumeId()).size(40)).volumeModification();
        assertThat(modification.targetSize()).isEqualTo(40);
        String snap = ec2.createSnapshot(b -> b.volumeId(volume.volumeId())).snapshotId();
        ec2.waiter().waitUntilSnapshotCompleted(b -> b.snapshotIds(snap));
        Ec2Exception e = catchThrowableOfType(
                Ec2Exception.class,
                () -> ec2.modifySnapshotAttribute(b -> b.snapshotId(snap)
                        .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                        .createVolumePermission(p -> p.add(
                                CreateVolumePermission.builder().group("all").build()))));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("OperationNotPermitted");
        assertThat(e.statusCode()).isEqualTo(400);
        ec2.deleteVolume(b -> b.volumeId(volume.volumeId()));
        ec2.waiter().waitUntilVolumeDeleted(b -> b.volumeIds(volume.volumeId()));
    }
}
